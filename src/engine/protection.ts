/**
 * Step 5c: the social floor and the campaign's help, each instrument by its own rule
 * (docs/model.md §7.13), after all other income:
 *
 * - the minimum living guarantee (dibao): a means test on income without it against its
 *   standard (standards.ts), a labour test (labor at home per resident member below
 *   policy.laborPoor), a tier rule (the key groups get the full gap to the standard, others
 *   policy.minimumLiving.gapShare of it) and take-up;
 * - extreme-poverty support (特困): a household with no member of working age, that cannot work,
 *   passes the means test and has no supporter able to support it receives the basic living
 *   standard (ratio x the guarantee's) in full, instead of the guarantee;
 * - return-to-poverty monitoring: households at risk last year (poverty.ts, under the
 *   monitoring threshold of the year) are watched, by help cadres if registered, by everyone's
 *   monitoring from policy.monitoring.everyoneFrom, and after the transition the low-income
 *   households its cadres follow (lowIncome.ts); they may get a one-off grant within the
 *   village's capacity, priority for welfare posts (places.ts), or inclusion in the guarantee
 *   although they can still work;
 * - the campaign's last push (2019-20, instrument lastPush): every registered household still
 *   under the line is visited; one able to work gets a post (places.ts) and, once, an
 *   industry-support grant in kind: animals worth its amount join the herd (capital, counted
 *   once, like the start-up grant of income.ts: what they yield from the next year is breeding
 *   income, and no income source books the grant); one that cannot work is enrolled in the
 *   guarantee at its standard (the full gap, no take-up loss). Whether it leaves poverty follows
 *   from what it then earns.
 *
 * Nothing tops income up to the poverty line: the only standards paid are the guarantee's and
 * extreme-poverty support's, which the rules of 2016-2020 set above the line; the push pays
 * income only through its posts' pay and that guarantee.
 */
import type { Scenario } from '../scenario/schema.js';
import { paysAid } from './collective.js';
import { cannotWork } from './laborTest.js';
import { isWatched } from './lowIncome.js';
import { PURPOSE, draw, uniform, type StreamKeys } from './random.js';
import { basicPensionPerPerson, publishedDibaoStandard } from './standards.js';
import { pensioners } from './pension.js';
import { N_SOURCES, SRC } from './sources.js';
import { CHRONIC, DISABLED, SLOTS, type State } from './state.js';
import type { VillageIndex } from './villageIndex.js';
import type { World } from './world.js';
import type { YearContext } from './year.js';

/** hGranted bits: a monitoring grant, the last push's industry-support grant (bit 0 is the start-up grant). */
export const MONITORING_GRANT = 2, PUSH_GRANT = 4;
/** hDibao values: the guarantee, extreme-poverty support. */
export const DIBAO = 1, TEKUN = 2;
/** hLastPush bits: reached by the push this year; its payments lifted the household over the line; holds a post the push created. */
export const PUSH_REACHED = 1, PUSH_LIFTED = 2, PUSH_POST = 4;
/** Event of the once-per-household draw (stream targeting) of whether it has a supporter able to support it. */
const NO_SUPPORTER_EVENT = 32;
/** Working age for extreme-poverty support: a member 16-59 who is not disabled can support the household. */
const SUPPORTER_MIN_AGE = 16, SUPPORTER_MAX_AGE = 59;
const KEY_GROUP_CHILD = 16, KEY_GROUP_ELDER = 60;

/**
 * The guarantee's key groups (elderly, minors, the seriously ill and disabled): every member at
 * home is 60+, under 16, chronically ill or disabled. They receive the full gap to the standard.
 */
function keyGroup(s: State, h: number): boolean {
  let residents = 0;
  for (let k = 0, p = h * SLOTS; k < SLOTS; k++, p++) {
    if (!s.pAlive[p] || s.pAway[p]) continue;
    residents++;
    const age = s.pAge[p];
    if (age >= KEY_GROUP_CHILD && age < KEY_GROUP_ELDER && s.pHealth[p] !== CHRONIC && s.pHealth[p] !== DISABLED) return false;
  }
  return residents > 0;
}

/**
 * Whether the household has no supporter able to support it: no member of working age who is
 * not disabled, at home or away, and (a trait drawn once per household) no child outside it who
 * can (policy.extremePoverty.noSupporter).
 */
function noSupporter(sc: Scenario, s: State, h: number, keys: StreamKeys): boolean {
  for (let k = 0, p = h * SLOTS; k < SLOTS; k++, p++) {
    if (!s.pAlive[p]) continue;
    if (s.pAge[p] >= SUPPORTER_MIN_AGE && s.pAge[p] <= SUPPORTER_MAX_AGE && s.pHealth[p] !== DISABLED) return false;
  }
  return draw(keys.targeting, s.hId[h], NO_SUPPORTER_EVENT) < sc.policy.extremePoverty.noSupporter;
}

export function stepProtection(s: State, sc: Scenario, world: World, idx: VillageIndex, y: YearContext, keys: StreamKeys): void {
  const mp = sc.policy.minimumLiving, mon = sc.policy.monitoring, leak = 1 - sc.frictions.leakage;
  const pensionAge = sc.policy.pension.age;
  const pensionFree = y.year >= mp.pensionDisregardFrom, basicPension = basicPensionPerPerson(sc, y.year) * y.amount.pension;
  const standard = y.dibaoStandard, tekun = y.tekunStandard, monitoring = Math.min(1, y.amount.monitoring);
  // Extreme-poverty support's means test reads the published standard, whatever the guarantee's level.
  const published = publishedDibaoStandard(sc, y.year), meansTest = Math.max(standard, published);
  const push = y.level.lastPush > 0, pushGrant = y.amount.lastPush;
  // The guarantee did not begin with the simulation: in the first year an eligible household has
  // had every year since mp.since to be found.
  const takeUp = y.year === sc.time.start ? 1 - (1 - mp.takeUp) ** Math.max(1, sc.time.start - mp.since) : mp.takeUp;
  // After the transition the households the low-income monitoring follows are watched too (lowIncome.ts).
  const lowIncome = y.level.lowIncome > 0;
  // The collective's own rule for its asset income, and with it the means test's rule for that income.
  const assetsOwn = y.year >= sc.collective.afterTransition.from;
  // Under the collective's own public-welfare-labour rule its money payments are the aid to
  // households that cannot work (income.ts dividends), left out by their own share (disregardAid).
  const labourAid = paysAid(sc, y.year);
  for (const v of world.villages) {
    const a = idx.start[v.index], b = idx.start[v.index + 1];
    let atRisk = 0;
    for (let i = a; i < b; i++) atRisk += s.hAtRisk[idx.order[i]];
    const grants = monitoring > 0 ? Math.round(mon.grantsPerVillage * (b - a) * monitoring) : 0;
    // Grants go to the households at risk the monitoring reaches first (random order by draw): the
    // households the low-income monitoring follows without being at risk are watched for the
    // guarantee and the posts, not for the grants, which are for households at risk (model.md 7.21).
    const pGrant = atRisk > 0 ? Math.min(1, grants / atRisk) : 0;
    for (let i = a; i < b; i++) {
      const h = idx.order[i], hash = s.hYearHash[h], inc = h * N_SOURCES, resident = Math.max(1, s.hResident[h]);
      s.hSupported[h] = 0;
      s.hLastPush[h] &= PUSH_POST;
      let total = 0;
      for (let k = inc; k < inc + N_SOURCES; k++) total += s.hIncome[k];
      // Counted income (means test): poverty-alleviation dividends may be left out
      // (policy.minimumLiving.disregardDividends); from collective.afterTransition.from one share
      // (disregardAssetIncome) for all the collective's asset income a household receives, as money
      // or as the collective's part of its post pay, and another (disregardAid) for the labour
      // rule's aid; a tied migrant's pay is already net of its
      // costs of working away (labor.ts); from policy.minimumLiving.pensionDisregardFrom the basic
      // pension is not counted.
      const aid = labourAid ? s.hIncome[inc + SRC.dividends] : 0;
      const assetIncome = assetsOwn ? s.hIncome[inc + SRC.dividends] - aid + (s.hLastPush[h] & PUSH_POST ? 0 : v.collectivePostPart * s.hIncome[inc + SRC.welfarePosts]) : 0;
      const disregarded = (assetsOwn ? mp.disregardAssetIncome * assetIncome + mp.disregardAid * aid : mp.disregardDividends * s.hIncome[inc + SRC.dividends]) + (pensionFree ? basicPension * pensioners(s, h, pensionAge) : 0);
      const pc = Math.max(0, total - disregarded) / resident;
      const grantable = isWatched(s, sc, monitoring > 0, false, y.year, h);
      const watched = lowIncome ? isWatched(s, sc, monitoring > 0, true, y.year, h) : grantable;
      const unable = cannotWork(sc, s, h);
      // The last push visits every registered household still under the line this year.
      const pushed = push && s.hRegistered[h] === 1 && total / resident < y.line;
      let paid = 0, pushPaid = 0, code = 0;
      if (pc < meansTest) {
        // Enrolled last year: the yearly review keeps it, a household that can work only while the
        // monitoring still finds it at risk (the labour test of the review). Otherwise found by
        // applying (take-up), by the monitoring (which may include a household that can still
        // work), or by the push (no take-up loss).
        const before = s.hDibao[h] > 0 && (unable || watched), applied = uniform(hash, PURPOSE.dibaoEnrol) < takeUp;
        const monitored = !before && watched && uniform(hash, PURPOSE.dibaoInclusion) < mon.dibaoInclusion;
        const found = before || applied || monitored;
        if (tekun > 0 && pc < published && unable && noSupporter(sc, s, h, keys) && (found || pushed)) {
          // Extreme-poverty support: the basic living standard in full, per resident member.
          code = TEKUN; paid = tekun * resident;
          if (!found) pushPaid = paid;
        } else if (standard > 0 && pc < standard && (unable || monitored || before)) {
          const ordinary = found ? (keyGroup(s, h) ? 1 : mp.gapShare) * (standard - pc) * resident : 0;
          // The push enrols a household that cannot work at the guarantee's standard: the full gap.
          paid = pushed && unable ? (standard - pc) * resident : ordinary;
          pushPaid = paid - ordinary;
          if (paid > 0) code = DIBAO;
          // Monitoring support: brought into the guarantee by the monitoring although it could work.
          if (monitored && !unable && paid > 0) s.hSupported[h] = 1;
        }
      }
      s.hDibao[h] = code;
      s.hDibaoShare[h] = code === DIBAO ? paid / (resident * standard) : 0;
      s.hIncome[inc + SRC.livingSupport] = paid * leak;
      if (code === TEKUN) y.fiscal.extremePoverty += paid - pushPaid;
      else y.fiscal.livingSupport += paid - pushPaid;
      y.fiscal.lastPush += pushPaid; s.hFiscal[h] += paid;
      // A one-off grant for a household at risk, within the village's capacity this year.
      if (grantable && !(s.hGranted[h] & MONITORING_GRANT) && uniform(hash, PURPOSE.monitoringGrant) < pGrant) {
        s.hGranted[h] |= MONITORING_GRANT;
        s.hSupported[h] = 1;
        const grant = mon.grant * monitoring;
        s.hIncome[inc + SRC.monitoring] += grant * leak;
        y.fiscal.monitoring += grant; s.hFiscal[h] += grant;
      }
      // A post the last push created is the push's help (below), not the monitoring's.
      if (watched && s.hWelfarePosts[h] && !(s.hLastPush[h] & PUSH_POST) && s.hIncome[inc + SRC.welfarePosts] > 0) s.hSupported[h] = 1;
      if (push) lastPush(s, sc, y, h, pushed && !unable, pushGrant, pushPaid, leak);
    }
  }
}

/**
 * The last push's industry-support grant (once per household) for a household able to work
 * still under the line, the pay of the posts it created (booked to the push, not to welfare
 * posts), and its reach: reached when it gave anything this year (the grant, a post's pay, the
 * guarantee beyond the ordinary rule), lifted when the household is above the line now and would
 * not be without the income the push paid this year (the post's pay and that guarantee). The
 * grant is in kind (产业奖补 as animals): `grant / animalValue` animals join the herd, less
 * leakage; it is the push's cost, not income, and it lifts nobody in its year: what the animals
 * yield from the next year is the household's breeding income (income.ts), or, if nobody
 * tends them, their sale turns them into savings.
 */
function lastPush(s: State, sc: Scenario, y: YearContext, h: number, able: boolean, grant: number, dibaoPaid: number, leak: number): void {
  const inc = h * N_SOURCES;
  let cost = dibaoPaid, income = dibaoPaid;
  if (able && grant > 0 && !(s.hGranted[h] & PUSH_GRANT)) {
    s.hGranted[h] |= PUSH_GRANT;
    s.hHerd[h] += (grant / sc.economy.breeding.animalValue) * leak;
    s.hFiscal[h] += grant; cost += grant;
  }
  if (s.hLastPush[h] & PUSH_POST && leak > 0) {
    const post = s.hIncome[inc + SRC.welfarePosts] / leak;
    y.fiscal.welfarePosts -= post; cost += post; income += post;
  }
  if (cost <= 0) return;
  y.fiscal.lastPush += cost - dibaoPaid;
  s.hLastPush[h] |= PUSH_REACHED;
  let total = 0;
  for (let k = inc; k < inc + N_SOURCES; k++) total += s.hIncome[k];
  const resident = Math.max(1, s.hResident[h]);
  if (total / resident >= y.line && (total - income * leak) / resident < y.line) s.hLastPush[h] |= PUSH_LIFTED;
}
