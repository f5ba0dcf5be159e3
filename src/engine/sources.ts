/**
 * Income sources: one table. Every source has exactly one class of the NBS household survey
 * (wages, net business income, net property income, net transfers) and, separately, the flags
 * the model's own accounting reads: made by the household itself ("hematopoiesis") or from
 * outside ("transfusion"), discretionary (left out of income "before support"), means-tested
 * (paid less as other income rises). The outputs (yearly income.class.*, the hematopoiesis
 * share), the poverty measures, the virtual survey and the calibration targets all read this
 * table, and nothing else says which source is which. docs/results.md gives the reasons.
 *
 * Conventions (docs/model.md §7.19): a resident (tied) migrant's earnings are the household's
 * wages; what a settled, non-resident member sends home is a transfer, but the family's own
 * earnings (self-made); the poverty-alleviation fund's dividends are property income paid from
 * a public fund (transfusion); welfare-post pay is wages paid from public funds (transfusion);
 * the part of a cooperative's pay or payout, or of workshop pay, that its subsidy funded is
 * transfusion, in the class of the payment it is part of.
 */

/** The four income classes of the NBS household survey (disposable income). */
export const NBS_CLASSES = ['wages', 'business', 'property', 'transfers'] as const;
export type NbsClass = (typeof NBS_CLASSES)[number];

/**
 * The main income sources households of P village named (001 T4), in the respondents' words:
 * the category a household names a source under, or null when the survey had no such answer.
 */
export const NAMED_SOURCES = ['poverty-alleviation funds', 'planting', 'government living support', 'wages', 'breeding', 'business'] as const;
export type NamedSource = (typeof NAMED_SOURCES)[number];

interface SourceRow {
  name: string;
  nbs: NbsClass;
  /** What a surveyed household calls it (001 T4), or null. */
  named: NamedSource | null;
  /** From outside the household's own work and assets: a public fund, a subsidy, a transfer. */
  transfusion: boolean;
  /** One-off support left out of income "before support" (poverty.ts). */
  discretionary: boolean;
  /** Paid less as other income rises (the gain "before assistance" leaves it out). */
  meansTested: boolean;
}

const row = <N extends string>(name: N, nbs: NbsClass, named: NamedSource | null, transfusion: boolean, discretionary = false, meansTested = false): SourceRow & { name: N } =>
  ({ name, nbs, named, transfusion, discretionary, meansTested });
const FUNDS = 'poverty-alleviation funds', SUPPORT = 'government living support';

/** The table. Adding a source: one row here, with its class and flags. */
export const SOURCE_TABLE = [
  row('planting', 'business', 'planting', false),
  row('breeding', 'business', 'breeding', false),
  /** Pay for work in the cooperative's sheds, the part the herd earned. */
  row('cooperative', 'wages', 'breeding', false),
  /** The surplus paid on members' shares, the part the herd earned. */
  row('cooperativeSurplus', 'property', FUNDS, false),
  row('business', 'business', 'business', false),
  /** Enterprise jobs (full-time local work). */
  row('wages', 'wages', 'wages', false),
  /** Workshop pay (part-time local work), the part the orders earned. */
  row('workshop', 'wages', 'wages', false),
  row('casual', 'wages', 'wages', false),
  /** Earnings of resident (tied) migrants: away more than half the year, their economy tied to the household. */
  row('migrantWages', 'wages', 'wages', false),
  /** What settled, non-resident members send home: a transfer, from the family's own earnings. */
  row('remittances', 'transfers', null, false),
  row('rent', 'property', 'planting', false),
  row('dividends', 'property', FUNDS, true),
  row('welfarePosts', 'wages', 'wages', true),
  row('livingSupport', 'transfers', SUPPORT, true, false, true),
  /** Named as government living support with the guarantee: the state's monthly payment to the elderly (docs/model.md §7.18). */
  row('pension', 'transfers', SUPPORT, true),
  row('insurance', 'transfers', null, true),
  row('monitoring', 'transfers', SUPPORT, true, true, true),
  /** One-off cash grants (the start-up animals and the last push's animals are capital, not income: income.ts, protection.ts). */
  row('grants', 'transfers', FUNDS, true, true),
  /** The part of cooperative pay its subsidy funded (cooperative.ts). */
  row('cooperativePaySubsidy', 'wages', 'breeding', true),
  /** The part of the cooperative's payout its subsidy funded. */
  row('cooperativeSurplusSubsidy', 'property', FUNDS, true),
  /** The part of workshop pay the workshop subsidy funded (workshops.ts). */
  row('workshopSubsidy', 'wages', 'wages', true),
] as const satisfies readonly SourceRow[];

export const SOURCES = SOURCE_TABLE.map((r) => r.name) as readonly string[] as readonly Source[];
export type Source = (typeof SOURCE_TABLE)[number]['name'];
export const N_SOURCES = SOURCE_TABLE.length;
export const SRC = Object.fromEntries(SOURCES.map((s, i) => [s, i])) as Record<Source, number>;

/** Sources a surveyed household names under each category of 001 T4. */
export const namedSources = (category: NamedSource): Source[] => SOURCE_TABLE.filter((r) => r.named === category).map((r) => r.name);

/** The NBS class of each source, as an index into NBS_CLASSES. */
export const CLASS_OF = Uint8Array.from(SOURCE_TABLE, (r) => NBS_CLASSES.indexOf(r.nbs));
/** Sources of one NBS class. */
export const sourcesOfClass = (c: NbsClass): Source[] => SOURCE_TABLE.filter((r) => r.nbs === c).map((r) => r.name);

/** Income the household makes itself: its own work, production and assets. */
export const HEMATOPOIESIS: readonly Source[] = SOURCE_TABLE.filter((r) => !r.transfusion).map((r) => r.name);
/** Income from outside: public funds, subsidies, transfers. */
export const TRANSFUSION: readonly Source[] = SOURCE_TABLE.filter((r) => r.transfusion).map((r) => r.name);
export const IS_TRANSFUSION = Uint8Array.from(SOURCE_TABLE, (r) => (r.transfusion ? 1 : 0));
/** Discretionary transfers: monitoring support and one-off grants (poverty is also measured without them). */
export const DISCRETIONARY: readonly Source[] = SOURCE_TABLE.filter((r) => r.discretionary).map((r) => r.name);
export const IS_DISCRETIONARY = Uint8Array.from(SOURCE_TABLE, (r) => (r.discretionary ? 1 : 0));
/**
 * Means-tested assistance: living support (the minimum living guarantee) and monitoring
 * support. Each pays less as other income rises, so a mode's gain before it is what the mode
 * brings, and its gain on all income what is left after the floor has responded
 * (docs/results.md).
 */
export const MEANS_TESTED: readonly Source[] = SOURCE_TABLE.filter((r) => r.meansTested).map((r) => r.name);
export const MEANS_TESTED_INDEX: readonly number[] = MEANS_TESTED.map((s) => SOURCES.indexOf(s));

/** The eight measures of 001 Table 1, for awareness (Likert 1-5) and participation. */
export const MEASURES = ['dividends', 'cooperative', 'individual', 'employment', 'infrastructure', 'technical', 'financial', 'material'] as const;
export type Measure = (typeof MEASURES)[number];
export const N_MEASURES = MEASURES.length;
export const MEASURE = Object.fromEntries(MEASURES.map((m, i) => [m, i])) as Record<Measure, number>;

/** Number of measures set in an 8-bit participation mask (bit m = measure m). */
export function measureCount(mask: number): number {
  mask = mask - ((mask >> 1) & 0x55);
  mask = (mask & 0x33) + ((mask >> 2) & 0x33);
  return (mask + (mask >> 4)) & 0x0f;
}
