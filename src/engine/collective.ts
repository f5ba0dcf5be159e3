/**
 * The village collective's assets and accounts (docs/model.md §7.21). The assets poverty-
 * alleviation funds built (the fund's stake in the enterprise, the photovoltaic station, the
 * workshop buildings) belong to the collective and keep earning by their contracts and fortunes
 * (enterprise.ts sets the year's fund income; the enterprise can fail, workshops close, the
 * station can break down). The collective distributes that income by its rule
 * (collective.rule, and from collective.afterTransition.from its own rule, 国办函〔2021〕51号):
 *
 *   paid     = fundIncome × min(1, distributedShare × amount_dividend)     (0 under public-goods)
 *   dividends: paid as shares to shareholding households                   (income.ts)
 *   public-welfare-labour: aid = aidShare × paid (from afterTransition.from), in equal parts to the
 *              households that cannot work among the shareholding and found low-income ones
 *              (income.ts, booked as dividends); the rest pays village public-welfare posts, at the
 *              posts' rate, for the households the posts are for: posts = floor((paid − aid) / rate)
 *              (places.ts, labor.ts)
 *   the posts public funds pay are filled first; the collective pays the posts worked beyond them
 *   retained = fundIncome − dividends − the pay of the collective's posts worked
 *   reserve  = min(repair cost, reserve + retained);  public goods = retained − what the reserve took
 *
 * The reserve repairs the photovoltaic station when it breaks down (enterprise.ts); what is kept
 * beyond it funds public goods, which reach no household's income in the model.
 */
import type { Scenario } from '../scenario/schema.js';
import { welfarePosts } from './places.js';
import { PUSH_POST } from './protection.js';
import { N_SOURCES, SRC } from './sources.js';
import type { State } from './state.js';
import type { VillageIndex } from './villageIndex.js';
import { welfarePostPay } from './wages.js';
import type { Village, World } from './world.js';
import type { YearContext } from './year.js';

/** The collective's accounts summed over villages each year (yuan, 2020 prices; stations a count): yearly.csv `collective.<item>`. */
export const COLLECTIVE_ITEMS = ['income', 'dividends', 'posts', 'publicGoods', 'repairs', 'reserve', 'stationsRunning'] as const;
export type CollectiveItem = (typeof COLLECTIVE_ITEMS)[number];

/** The collective's rule and the share of its income it pays out in `year`. */
export function distribution(sc: Scenario, year: number) {
  const c = sc.collective, after = year >= c.afterTransition.from;
  return after ? { rule: c.afterTransition.rule, share: c.afterTransition.distributedShare } : { rule: c.rule, share: c.distributedShare };
}

/** What the collective pays out of its asset income this year (before leakage): as dividends or as pay for public-welfare labour. */
export function paidOut(sc: Scenario, v: Village, y: YearContext): number {
  const { rule, share } = distribution(sc, y.year);
  return rule === 'public-goods' ? 0 : v.fundIncome * Math.min(1, share * y.amount.dividend);
}

/**
 * The part of what the collective pays out that goes as aid to households that cannot work: from
 * collective.afterTransition.from, aidShare of it under public-welfare-labour; none under the other
 * rules, nor under the campaign's rule (the aid share is the collective's own rule's).
 */
export function aidPaid(sc: Scenario, v: Village, y: YearContext): number {
  return paysAid(sc, y.year) ? paidOut(sc, v, y) * sc.collective.afterTransition.aidShare : 0;
}

/** Whether the collective's own public-welfare-labour rule, whose money payments are its aid, is in force in `year`. */
export function paysAid(sc: Scenario, year: number): boolean {
  return year >= sc.collective.afterTransition.from && distribution(sc, year).rule === 'public-welfare-labour';
}

/** The rate the collective pays a public-welfare post: the posts' rule (the minimum wage pro rata for the post's hours, wages.ts). */
export const collectivePostRate = (y: YearContext) => welfarePostPay(y.pay, 1);

/**
 * Step 3b, after the fund's income is known: each village's public-welfare posts this year, those
 * public funds pay (the welfarePosts instrument: per registered household, places.ts) and those the
 * collective's asset income pays under the public-welfare-labour rule.
 */
export function planCollective(s: State, sc: Scenario, world: World, idx: VillageIndex, y: YearContext): void {
  const labour = distribution(sc, y.year).rule === 'public-welfare-labour', rate = collectivePostRate(y);
  for (const v of world.villages) {
    let registered = 0;
    for (let i = idx.start[v.index]; i < idx.start[v.index + 1]; i++) registered += s.hRegistered[idx.order[i]];
    v.postsFiscal = welfarePosts(sc, registered, y.year, y.level.welfarePosts);
    v.collectiveBudget = labour ? paidOut(sc, v, y) - aidPaid(sc, v, y) : 0;
    v.postsCollective = labour && rate > 0 ? Math.floor(v.collectiveBudget / rate) : 0;
  }
}

/**
 * The pay of a public-welfare post in village v this year: the instrument's rate for the posts
 * public funds pay, the rule's rate for the collective's, as the village's mean (the posts are alike
 * and nobody knows which purse pays which).
 */
export function villageWelfarePay(v: Village, y: YearContext): number {
  const fiscal = welfarePostPay(y.pay, y.amount.welfarePosts);
  if (v.postsCollective === 0) return fiscal;
  return (v.postsFiscal * fiscal + v.postsCollective * collectivePostRate(y)) / (v.postsFiscal + v.postsCollective);
}

/**
 * Step 5b, after income: the collective pays for the welfare posts worked beyond those public
 * funds pay (the public posts are filled first; at most its budget; that pay leaves the fiscal
 * cost), keeps the rest of its income, fills the upkeep reserve and spends what is left on public
 * goods; the year's accounts go to y.collective. v.collectivePostPart keeps the share of each
 * post's pay the collective paid, for the means test (protection.ts).
 */
export function settleCollective(s: State, sc: Scenario, world: World, idx: VillageIndex, y: YearContext): void {
  const keep = 1 - sc.frictions.leakage, acc = y.collective;
  for (const v of world.villages) {
    let outlay = 0;
    v.collectivePostPart = 0;
    if (v.postsCollective > 0 && keep > 0) {
      const a = idx.start[v.index], b = idx.start[v.index + 1];
      let pay = 0, worked = 0;
      for (let i = a; i < b; i++) {
        const h = idx.order[i], p = s.hIncome[h * N_SOURCES + SRC.welfarePosts];
        if (p > 0 && !(s.hLastPush[h] & PUSH_POST)) { pay += p / keep; worked++; }
      }
      // The posts are alike (one rate, villageWelfarePay): the collective pays the share of the pay beyond the public posts.
      outlay = worked > v.postsFiscal ? Math.min(v.collectiveBudget, (pay * (worked - v.postsFiscal)) / worked) : 0;
      if (pay > 0 && outlay > 0) {
        const part = outlay / pay;
        v.collectivePostPart = part;
        for (let i = a; i < b; i++) {
          const h = idx.order[i];
          if (!(s.hLastPush[h] & PUSH_POST)) s.hFiscal[h] -= (part * s.hIncome[h * N_SOURCES + SRC.welfarePosts]) / keep;
        }
        y.fiscal.welfarePosts -= outlay;
      }
    }
    const retained = Math.max(0, v.fundIncome - v.fundPaid - outlay);
    const cap = sc.photovoltaic.repairCost * v.fundScale;
    const toReserve = Math.max(0, Math.min(retained, cap - v.collectiveReserve));
    v.collectiveReserve += toReserve;
    acc.income += v.fundIncome; acc.dividends += v.fundPaid; acc.posts += outlay;
    acc.publicGoods += retained - toReserve; acc.reserve += v.collectiveReserve;
    acc.stationsRunning += v.stationRunning && v.fundScale > 0 ? 1 : 0;
  }
}

/** A year's empty accounts. */
export function newCollectiveAccounts(): Record<CollectiveItem, number> {
  return Object.fromEntries(COLLECTIVE_ITEMS.map((k) => [k, 0])) as Record<CollectiveItem, number>;
}
