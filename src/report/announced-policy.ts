/**
 * Whether a run's post-2025 design lies outside the announced policy: its collective pays the
 * assets' income out as money to the shareholding households (a dividend rule: per-household,
 * per-person, conditional-on-work) from collective.afterTransition.from. The asset rules ask that
 * the income go to public-welfare posts, small public works and aid, with no simple handing out of
 * money (不搞简单发钱; Hebei 2018 "防止'简单发钱养懒汉'", data.md 11; docs/model.md §7.21), so such a
 * design is a counterfactual, and the compare and the "after 2025" section say so beside its name.
 */
import type { RunData } from '../charts/run-data.js';

const MONEY_RULES: readonly string[] = ['per-household', 'per-person', 'conditional-on-work'];

/** The run's post-2025 asset rule, read from its resolved scenario (undefined when the manifest does not hold one). */
function assetRule(d: RunData): string | undefined {
  const sc = d.manifest.resolvedScenario as { collective?: { afterTransition?: { rule?: string; from?: number } }; time?: { end?: number } } | undefined;
  const after = sc?.collective?.afterTransition;
  if (!after?.rule || (after.from !== undefined && sc?.time?.end !== undefined && after.from > sc.time.end)) return undefined;
  return after.rule;
}

/** True when the run pays its collective's asset income as dividends after the transition. */
export const paysAssetIncomeAsMoney = (d: RunData): boolean => MONEY_RULES.includes(assetRule(d) ?? '');
