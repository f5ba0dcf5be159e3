/**
 * Step 5a: who does what. Each member at home who can work chooses one activity a year by
 * comparing what it would earn (yuan a year, net of costs) with a multinomial logit: own
 * production (the household's animals, cared for first, then its land, as far as the member's
 * time goes, casual work in the rest of the year), cooperative work, a post the household holds (enterprise job, workshop,
 * public-welfare post), casual local work (the village's pool of days shared among those who
 * seek it, casualPool.ts), migration (when an opportunity to leave arrives, demography.ts), or
 * rest. Utility = return / choiceScale + inertia (last year's activity) +
 * Gumbel noise drawn per person, year and option (common random numbers). There is no fixed
 * order: a cooperative place or a grant only adds an option, so it cannot lower what a
 * household would choose to earn except through the friction terms.
 *
 * Land and herd are shared: members choose in slot order, each taking the land or animals
 * left by those before. Posts are rationed (places.ts): one member per post held.
 * The choice writes the labor put into each activity and the earnings that follow directly
 * from it (wages, workshop pay, casual work, migrants' earnings); production (land, herd,
 * cooperative) is valued in income.ts and cooperative.ts. Pay rates come from data (wages.ts),
 * scaled by the worker's own schooling, a migrant's own experience away, and the household's
 * skill K for local work.
 *
 * Migrants follow the NBS household survey's rule of residence (state.ts): a tied migrant is a
 * resident and its earnings away are the household's wages (its living costs away are the
 * household's spending, finance.ts); a member settled away is not a resident and what it sends
 * home is a transfer.
 */
import type { Scenario } from '../scenario/schema.js';
import { PURPOSE, uniform } from './random.js';
import { N_SOURCES, SRC } from './sources.js';
import { HEALTHY, SLOTS, TIED, laborCapacity, type State } from './state.js';
import { WELFARE_TIME, WORKSHOP_TIME, schoolingFactor, type PayRates } from './wages.js';
import type { World } from './world.js';

export const ACT_REST = 0, ACT_OWN = 1, ACT_COOP = 3, ACT_JOB = 4, ACT_WORKSHOP = 5, ACT_WELFARE = 6, ACT_CASUAL = 7, ACT_MIGRATE = 8;
/** Last year's activity of someone whose activity before the start is unknown (no option matches: no inertia). */
export const ACT_NONE = 255;
const N_ACT = 9; // slot 2 is unused (it was herding apart from farming)
/** Bits of hPostsWorked: which held places someone in the household worked this year. */
export const WORKED_JOB = 1, WORKED_WORKSHOP = 2, WORKED_WELFARE = 4, WORKED_COOP = 8;
const ENTERPRISE_MIN_LABOR = 0.8, WELFARE_MIN_LABOR = 0.1;
/** Years away past which experience no longer raises a migrant's pay, and the experience the NBS average stands for. */
const EXPERIENCE_CAP = 10, EXPERIENCE_MID = 5;
/** Scratch for one member's option values, reused (no allocation per household-year). */
const UTIL = new Float64Array(N_ACT);

/** The year's values every household's choice reads, per village (prices, pay rates). */
export interface LaborPrices {
  /** Net value of farming one mu (before the household's skill), per village. */
  farmPerMu: Float64Array;
  /** Expected net value of one animal kept for a year, per village. */
  herdPerHead: Float64Array;
  /** Cooperative pay per full worker a member can expect, per village (cooperative.ts). */
  coopPay: Float64Array;
  /** Pay of a public-welfare post this year, per village (collective.ts villageWelfarePay). */
  welfarePay: Float64Array;
  /** Days of casual work a full worker under 45 who seeks it all year finds this year, per village (casualPool.ts). */
  casualDays: Float64Array;
  /** Rent of a mu rented out this year: what farming it forgoes. */
  rentPerMu: number;
}

/** Casual work a worker of this age finds, relative to a worker under 45 (floor 10%). */
export function casualAgeFactor(age: number, decline: number): number {
  return age <= 45 ? 1 : Math.max(0.1, 1 - decline * (age - 45));
}

/** Animals one full worker of household h can keep (large farmers keep more: hired help, sheds). */
export function headsPerWorker(s: State, sc: Scenario, h: number): number {
  return sc.economy.breeding.headsPerWorker * (s.hLargeFarmer[h] ? sc.cooperatives.largeFarmerScale : 1);
}

/** What own production takes of one member's year (ownWork writes it; reused, no allocation per member-year). */
export const OWN = { heads: 0, mu: 0, herdTime: 0, farmTime: 0 };

/**
 * The animals (cared for first) and land a member of labor capacity `c` tends in a year, of the
 * `herd` and `land` left to tend, and the share of the member's year each takes; into OWN.
 */
export function ownWork(c: number, herd: number, land: number, perWorker: number, muPerWorker: number): typeof OWN {
  OWN.heads = Math.min(herd, c * perWorker);
  OWN.herdTime = OWN.heads / (c * perWorker);
  OWN.mu = Math.min(land, (1 - OWN.herdTime) * c * muPerWorker);
  OWN.farmTime = OWN.mu / (c * muPerWorker);
  return OWN;
}

/**
 * Casual local earnings of a worker who seeks casual work all year (yuan a year): the days a
 * full worker under 45 finds in the village this year (`days`: the village's pool shared among
 * those who seek it, casualPool.ts) at the local day rate, by labor capacity, age, schooling and
 * half the household's skill premium.
 */
export function casualEarnings(sc: Scenario, pay: PayRates, days: number, c: number, age: number, edu: number, K: number): number {
  const l = sc.economy.labor;
  return casualPay(pay.day * days, c, casualAgeFactor(age, l.casualAgeDecline), schoolingFactor(sc, edu), 1 + 0.5 * l.skillPremium * K);
}

/** casualEarnings from its factors, so a household's (days on offer at the day rate, skill) are computed once for all its members. */
function casualPay(yearPay: number, c: number, ageFactor: number, school: number, skill: number): number {
  return yearPay * c * ageFactor * school * skill;
}

/** A migrant's pay relative to the NBS average for its years away (its own experience: rising to EXPERIENCE_CAP years). */
export function experienceFactor(sc: Scenario, yearsAway: number): number {
  return 1 + sc.economy.labor.experienceReturn * (Math.min(yearsAway, EXPERIENCE_CAP) - EXPERIENCE_MID);
}

/**
 * A migrant's earnings away in a year, before its living costs (yuan): the NBS monthly earnings
 * away x months worked, by the migrant's own schooling and experience away (not the household's
 * skill), less the work an epidemic year takes.
 */
export function migrantGross(sc: Scenario, pay: PayRates, edu: number, yearsAway: number, epidemic: boolean): number {
  return pay.awayYear * schoolingFactor(sc, edu) * experienceFactor(sc, yearsAway) * (epidemic ? 1 - sc.economy.market.epidemicMigrantCut : 1);
}

/** A migrant's earnings net of its living costs away (yuan a year, never negative): what migrating adds. */
export function migrantNet(sc: Scenario, pay: PayRates, edu: number, yearsAway: number, epidemic: boolean): number {
  return Math.max(0, migrantGross(sc, pay, edu, yearsAway, epidemic) - migrantCost(sc, pay, epidemic));
}

/** A migrant's living costs away in a year (yuan): the months an epidemic keeps it from work away it lives at home. */
export function migrantCost(sc: Scenario, pay: PayRates, epidemic: boolean): number {
  return pay.costAway * (epidemic ? 1 - sc.economy.market.epidemicMigrantCut : 1);
}

/**
 * Chooses every member's activity for household h and writes labor by activity, the posts
 * worked, and the wage, workshop, casual and migrants' income. A person offered a chance to
 * leave this year (demography) who takes it becomes a tied migrant: still a resident, no
 * longer at home.
 */
export function chooseActivities(s: State, sc: Scenario, world: World, h: number, pay: PayRates, prices: LaborPrices): void {
  const e = sc.economy, l = e.labor, v = s.hVillage[h];
  const { pAlive, pAway, pAge, pHealth, pEdu, pEffort, pActivity, pOpportunity, pYearsAway } = s;
  const base = h * SLOTS, hash = s.hYearHash[h], K = s.hK[h], inc = h * N_SOURCES;
  const perWorker = headsPerWorker(s, sc, h), muPerWorker = e.planting.muPerWorker;
  const farmPerMu = prices.farmPerMu[v] * (1 + e.planting.skillGain * K) - prices.rentPerMu;
  const herdPerHead = prices.herdPerHead[v], coopPay = prices.coopPay[v];
  // The household's factors of each option's pay, computed once for all members.
  const halfSkill = 1 + 0.5 * l.skillPremium * K, decline = l.casualAgeDecline;
  const casualYear = pay.day * prices.casualDays[v];
  const jobPay = pay.localYear * (1 + l.skillPremium * K), workshopPay = WORKSHOP_TIME * pay.localYear * halfSkill;
  const welfarePay = prices.welfarePay[v];
  const coop = s.hCoop[h], jobs = s.hEntJobs[h], workshops = s.hWorkshopPosts[h], welfarePosts = s.hWelfarePosts[h];
  const workshopMin = sc.workshops.minLabor, educationPremium = l.educationPremium, choiceScale = l.choiceScale, inertia = l.inertia;
  const workingAgeMax = e.workingAgeMax, epidemic = world.epidemic;
  let landLeft = s.hLand[h], herdLeft = s.hHerd[h];
  let farm = 0, herd = 0, coopLabor = 0, casual = 0, casualLabor = 0, wages = 0, workshop = 0, welfare = 0, worked = 0;
  const util = UTIL;
  // Care duties: a member who leaves a child or an elder with no other adult at home bears a cost.
  let adultsHome = 0, dependants = 0;
  for (let k = 0; k < SLOTS; k++) {
    const p = base + k;
    if (!pAlive[p] || pAway[p]) continue;
    if (pAge[p] >= 18 && pAge[p] < 75) adultsHome++;
    if (pAge[p] < 12 || pAge[p] >= 75 || pHealth[p] !== HEALTHY) dependants++;
  }
  for (let k = 0; k < SLOTS; k++) {
    const p = base + k;
    pEffort[p] = 0;
    if (!pAlive[p] || pAway[p]) continue;
    const age = pAge[p], c = laborCapacity(age, pHealth[p], workingAgeMax);
    if (c <= 0) { pActivity[p] = ACT_REST; continue; }
    const edu = pEdu[p], school = 1 + educationPremium * (edu - 1);
    for (let j = 1; j < N_ACT; j++) util[j] = -Infinity;
    util[ACT_REST] = 0;
    // Own production takes the share of the year the animals (cared for first) and the land
    // need; casual work fills the rest. Workshop and welfare posts are part-time too.
    const ageFactor = casualAgeFactor(age, decline), casualValue = casualPay(casualYear, c, ageFactor, school, halfSkill);
    const { heads, mu, herdTime, farmTime } = ownWork(c, herdLeft, landLeft, perWorker, muPerWorker);
    const ownTime = herdTime + farmTime;
    if (heads > 0 || mu > 0) util[ACT_OWN] = heads * herdPerHead + mu * farmPerMu + (1 - ownTime) * casualValue;
    if (coop && !(worked & WORKED_COOP)) util[ACT_COOP] = c * coopPay;
    if (jobs && !(worked & WORKED_JOB) && c >= ENTERPRISE_MIN_LABOR) util[ACT_JOB] = jobPay * school;
    if (workshops && !(worked & WORKED_WORKSHOP) && c >= workshopMin) util[ACT_WORKSHOP] = workshopPay + (1 - WORKSHOP_TIME) * casualValue;
    if (welfarePosts && !(worked & WORKED_WELFARE) && c >= WELFARE_MIN_LABOR) util[ACT_WELFARE] = welfarePay + (1 - WELFARE_TIME) * casualValue;
    util[ACT_CASUAL] = casualValue;
    if (pOpportunity[p]) {
      const alone = adultsHome <= 1 && dependants > 0 ? l.careCost : 0;
      // Weighed at a normal year's pay: an epidemic's lost months are not known when a member
      // decides to go (2020: most were home for the Spring Festival when it began) and cut what
      // those away earn, not who goes (NBS: migrants working away -2.7 % in 2020).
      util[ACT_MIGRATE] = migrantNet(sc, pay, edu, pYearsAway[p], false) - alone;
    }
    const last = pActivity[p];
    const best = choose(util, choiceScale, last, inertia, hash, PURPOSE.choice + k * 16);
    pActivity[p] = best;
    pEffort[p] = best === ACT_REST || best === ACT_MIGRATE ? 0 : c;
    // Earnings from the casual work that fills the rest of the year, and the casual labour
    // sought (weighted by the work a worker of this age finds): next year's pool is shared by it.
    const rest = best === ACT_OWN ? 1 - ownTime : best === ACT_WORKSHOP ? 1 - WORKSHOP_TIME : best === ACT_WELFARE ? 1 - WELFARE_TIME : best === ACT_CASUAL ? 1 : 0;
    casual += rest * casualValue; casualLabor += rest * c * ageFactor;
    switch (best) {
      case ACT_OWN: landLeft -= mu; herdLeft -= heads; farm += c * farmTime; herd += c * herdTime; break;
      case ACT_COOP: coopLabor += Math.min(1, c); worked |= WORKED_COOP; break;
      case ACT_JOB: wages += util[ACT_JOB]; worked |= WORKED_JOB; break;
      case ACT_WORKSHOP: workshop += workshopPay; worked |= WORKED_WORKSHOP; break;
      case ACT_WELFARE: welfare += welfarePay; worked |= WORKED_WELFARE; break;
      case ACT_MIGRATE:
        // A tied migrant: away more than half the year, still a resident (NBS household survey).
        pAway[p] = TIED;
        s.hHome[h]--; s.hMigrants[h]++; s.hLabor[h] -= c;
        break;
    }
  }
  s.hFarmLabor[h] = farm; s.hHerdLabor[h] = herd; s.hCoopLabor[h] = coopLabor; s.hCasualLabor[h] = casualLabor;
  s.hPostsWorked[h] = worked;
  // Migrants' earnings, by their own schooling and years away, net of their living costs away:
  // what a tied migrant brings or sends home is the household's wages (its income "mainly
  // brought home", NBS); a member settled away sends home a share of what it nets, a transfer.
  let migrantWages = 0, remittances = 0;
  const remitShare = l.remitShare, costAway = migrantCost(sc, pay, epidemic);
  for (let k = 0; k < SLOTS; k++) {
    const p = base + k;
    if (!pAlive[p] || !pAway[p]) continue;
    if (pAge[p] >= 16) {
      const net = Math.max(0, migrantGross(sc, pay, pEdu[p], pYearsAway[p], epidemic) - costAway);
      if (pAway[p] === TIED) migrantWages += net;
      else remittances += remitShare * net;
    }
    if (pYearsAway[p] < 255) pYearsAway[p]++;
  }
  s.hIncome[inc + SRC.wages] = wages;
  s.hIncome[inc + SRC.workshop] = workshop;
  s.hIncome[inc + SRC.casual] = casual;
  s.hIncome[inc + SRC.migrantWages] = migrantWages;
  s.hIncome[inc + SRC.remittances] = remittances;
  s.hIncome[inc + SRC.welfarePosts] = welfare;
}

/** A standard Gumbel draw from a uniform in [0, 1). */
function gumbel(u: number): number {
  return -Math.log(-Math.log(u * 0.999999 + 5e-7));
}

/**
 * Bounds of gumbel(u) for u in each 1/G_BINS of [0, 1) (gumbel is increasing), widened by far
 * more than the rounding of its two logarithms. choose() uses them to find the options that
 * can still win without taking any logarithm.
 */
const G_BINS = 1024, G_LO = new Float64Array(G_BINS), G_HI = new Float64Array(G_BINS);
for (let i = 0; i < G_BINS; i++) { G_LO[i] = gumbel(i / G_BINS) - 1e-9; G_HI[i] = gumbel((i + 1) / G_BINS) + 1e-9; }
/** Scratch of choose(): each open option's index, deterministic utility, uniform draw and upper bound. */
const OPT = new Int32Array(N_ACT), OPT_A = new Float64Array(N_ACT), OPT_U = new Float64Array(N_ACT), OPT_HI = new Float64Array(N_ACT);

/**
 * The option of highest utility util[j] / choiceScale + inertia (if j is last year's) + a Gumbel
 * draw gumbel(uniform(hash, purpose + j)) (the household-year's hash, the member's choice
 * purposes); on ties the first; options at -Infinity are
 * closed. The same choice as evaluating every option's Gumbel draw: an option whose upper bound
 * (from G_HI) is below another's lower bound cannot win, so the logarithms are taken only for
 * the options left, and none when one is left (most people, most years).
 */
export function choose(util: Float64Array, choiceScale: number, last: number, inertia: number, hash: number, purpose: number): number {
  let n = 0, bestLo = -Infinity;
  for (let j = 0; j < N_ACT; j++) {
    if (util[j] === -Infinity) continue;
    const a = util[j] / choiceScale + (j === last ? inertia : 0), u = uniform(hash, purpose + j), bin = (u * G_BINS) | 0;
    const lo = a + G_LO[bin];
    if (lo > bestLo) bestLo = lo;
    OPT[n] = j; OPT_A[n] = a; OPT_U[n] = u; OPT_HI[n] = a + G_HI[bin]; n++;
  }
  let left = 0, only = ACT_REST;
  for (let i = 0; i < n; i++) if (OPT_HI[i] >= bestLo) { left++; only = OPT[i]; }
  if (left === 1) return only;
  let best = ACT_REST, bestU = -Infinity;
  for (let i = 0; i < n; i++) {
    if (OPT_HI[i] < bestLo) continue;
    const u = OPT_A[i] + gumbel(OPT_U[i]);
    if (u > bestU) { bestU = u; best = OPT[i]; }
  }
  return best;
}
