/**
 * Collection: per year, per mode (households with access; a household in several modes
 * counts in each) and per group, every output of the brief. Households add their figures to
 * one of 64 "combos" (mode bits x registered x income-poor) in one pass; cells are sums of
 * combos. Medians, Gini and the poorest fifth come from one sort of per-capita income per
 * year. What is collected in each year is the plan's (collection.ts): the full collection sums
 * everything; a run that reads less sums only the families, sources and cells its values need.
 * Formulas: docs/results.md.
 */
import type { CollectionPlan, YearNeeds } from './collection.js';
import { GROUPS, MODE_KEYS, type YearlyRow } from './output.js';
import { likert } from './awareness.js';
import { CLASS_OF, NBS_CLASSES, N_MEASURES, N_SOURCES, IS_TRANSFUSION, MEANS_TESTED_INDEX, SRC, measureCount } from './sources.js';
import { DIBAO, PUSH_LIFTED, PUSH_REACHED, TEKUN } from './protection.js';
import type { CollectiveItem } from './collective.js';
import { LI_FOLLOWED, LI_FOUND, LI_INDUSTRY } from './lowIncome.js';
import { newRadixScratch, radixOrder, type RadixScratch } from './radixOrder.js';
import { COHORT_REGISTERED, type State } from './state.js';
import type { FiscalItem } from './year.js';
import { COLLECTIVE_PREFIX, FAMILY, FISCAL_PREFIX, METRICS, N_METRICS, POVERTY_MEASURES } from './yearlyMetrics.js';

// Accumulator layout per combo.
const A_HH = 0, A_PERSONS = 1, A_INCOME = 2, A_SRC = 3, A_HEMA = A_SRC + N_SOURCES, A_TRANS = A_HEMA + 1,
  A_AT_RISK = A_TRANS + 1, A_VOL = A_AT_RISK + 1, A_VOL_N = A_VOL + 1, A_R = A_VOL_N + 1, A_K = A_R + 1, A_V = A_K + 1,
  A_NOMINAL = A_V + 1, A_REAL = A_NOMINAL + 1, A_BENEFIT = A_REAL + 1, A_BENEFIT_CONNECTED = A_BENEFIT + 1,
  A_FISCAL = A_BENEFIT_CONNECTED + 1, A_MEDICAL = A_FISCAL + 1, A_HERD = A_MEDICAL + 1, A_AWARE = A_HERD + 1,
  A_PART = A_AWARE + N_MEASURES, A_PART_REAL = A_PART + N_MEASURES,
  // Poverty on the three measures (poverty.ts): households, persons, returned, return base; 3 each.
  A_POOR3 = A_PART_REAL + N_MEASURES, A_POOR_PERSONS3 = A_POOR3 + 3, A_RETURNED3 = A_POOR_PERSONS3 + 3, A_RETURN_BASE3 = A_RETURNED3 + 3,
  A_SELF = A_RETURN_BASE3 + 3, A_SUPPORTED = A_SELF + 1, A_DIBAO = A_SUPPORTED + 1, A_MEMBERS = A_DIBAO + 1,
  // The social floor and the last push (protection.ts): households in extreme-poverty support, persons in either, the
  // guarantee's persons and its payment per person against the standard, households the push reached and lifted.
  A_TEKUN = A_MEMBERS + 1, A_FLOOR_PERSONS = A_TEKUN + 1, A_DIBAO_PERSONS = A_FLOOR_PERSONS + 1, A_DIBAO_SHARE = A_DIBAO_PERSONS + 1,
  A_PUSH = A_DIBAO_SHARE + 1, A_PUSH_LIFTED = A_PUSH + 1,
  // After the transition (lowIncome.ts): households found as low-income, followed by the cadres, given industry support.
  A_LOW_INCOME = A_PUSH_LIFTED + 1, A_FOLLOWED = A_LOW_INCOME + 1, A_INDUSTRY = A_FOLLOWED + 1,
  // The registration cohorts (state.ts hCohort): self-made income and persons, registered then others; 2 each.
  A_COHORT_SELF = A_INDUSTRY + 1, A_COHORT_PERSONS = A_COHORT_SELF + 2,
  // Households whose income per person (all income) is under the year's monitoring threshold (summary underThresholdEnd).
  A_UNDER_THRESHOLD = A_COHORT_PERSONS + 2, NA = A_UNDER_THRESHOLD + 1;
const COMBOS = 64;
/** Scratch: one cell's income by NBS class. */
const CLASS_SUM = new Float64Array(NBS_CLASSES.length);
/** Per-cell rank figures of one year (reused: read before the next year's collect). */
interface Ranked { median: Float64Array; gini: Float64Array; bottom: Float64Array }
const NM = MODE_KEYS.length, NG = GROUPS.length, CELLS = NM * NG;
/** Transfusion sources (IS_TRANSFUSION) as a bit mask over sources. */
const TRANSFUSION_MASK = IS_TRANSFUSION.reduce((m, t, k) => m | (t << k), 0);
/** Program benefits (for the elite-capture share), as a bit mask over sources. */
const BENEFIT_MASK = [SRC.dividends, SRC.cooperative, SRC.cooperativePaySubsidy, SRC.cooperativeSurplus, SRC.cooperativeSurplusSubsidy, SRC.grants, SRC.welfarePosts, SRC.livingSupport, SRC.monitoring].reduce((m, k) => m | (1 << k), 0);

/** The accumulators every collected year sums (households, persons, income, its split, poverty, R, K, V, fiscal cost), and those of each family. */
const CORE_ACC = [A_HH, A_PERSONS, A_INCOME, A_HEMA, A_TRANS, A_R, A_K, A_V, A_FISCAL, A_SELF, A_POOR3, A_POOR3 + 1, A_POOR3 + 2, A_UNDER_THRESHOLD];
const range = (a: number, n: number) => Array.from({ length: n }, (_, i) => a + i);
const FAMILY_ACC: [number, number[]][] = [
  [FAMILY.members, [A_MEMBERS]],
  [FAMILY.poverty, [...range(A_POOR_PERSONS3, 3), ...range(A_RETURNED3, 3), ...range(A_RETURN_BASE3, 3)]],
  [FAMILY.protection, [A_SUPPORTED, A_DIBAO, A_TEKUN, A_FLOOR_PERSONS, A_DIBAO_PERSONS, A_DIBAO_SHARE, A_PUSH, A_PUSH_LIFTED, A_LOW_INCOME, A_FOLLOWED, A_INDUSTRY]],
  [FAMILY.atRisk, [A_AT_RISK]],
  [FAMILY.volatility, [A_VOL, A_VOL_N]],
  [FAMILY.participation, [A_NOMINAL, A_REAL, ...range(A_PART, N_MEASURES), ...range(A_PART_REAL, N_MEASURES)]],
  [FAMILY.elite, [A_BENEFIT, A_BENEFIT_CONNECTED]],
  [FAMILY.medical, [A_MEDICAL]],
  [FAMILY.herd, [A_HERD]],
  [FAMILY.awareness, range(A_AWARE, N_MEASURES)],
  [FAMILY.cohort, [...range(A_COHORT_SELF, 2), ...range(A_COHORT_PERSONS, 2)]],
];

/** Cells (mode key x group) that a combo belongs to. */
function cellsOf(combo: number): number[] {
  const out: number[] = [];
  const reg = (combo >> 4) & 1, poor = (combo >> 5) & 1;
  MODE_KEYS.forEach((_, mi) => {
    if (mi < 4 && !((combo >> mi) & 1)) return;
    GROUPS.forEach((g, gi) => {
      const ok = g === 'all' || (g === 'registered' && reg) || (g === 'not-registered' && !reg) || (g === 'income-poor' && poor) || (g === 'not-income-poor' && !poor);
      if (ok) out.push(mi * NG + gi);
    });
  });
  return out;
}
/**
 * The cells of each combo among those in `mask`: combo c's are list[start[c] .. start[c + 1] - 1]
 * (flat, for the hot loops); `counts[c]` is 1 when combo c has any, so a household of a combo
 * with none (a mode's counterfactual reads only that mode's households) is not summed at all.
 */
interface ComboCells { start: Int32Array; list: Int32Array; counts: Uint8Array }
function comboCells(mask: number): ComboCells {
  const start = new Int32Array(COMBOS + 1);
  const list = Int32Array.from(Array.from({ length: COMBOS }, (_, c) => cellsOf(c).filter((x) => (mask >> x) & 1)).flatMap((cells, c) => { start[c + 1] = start[c] + cells.length; return cells; }));
  return { start, list, counts: Uint8Array.from({ length: COMBOS }, (_, c) => (start[c + 1] > start[c] ? 1 : 0)) };
}
/** comboCells by cell mask, shared by every collector (a plan has a few kinds of year; a sweep makes thousands of runs). */
const COMBO_CELLS = new Map<number, ComboCells>();
function comboCellsOf(mask: number): ComboCells {
  let cells = COMBO_CELLS.get(mask);
  if (!cells) COMBO_CELLS.set(mask, (cells = comboCells(mask)));
  return cells;
}
/** The accumulators a year sums into cells by what it collects: the core's and its families' and sources' (all of them, in layout order, for the full collection). */
const ACC_LISTS = new Map<number, Int32Array>();
function accumulators(families: number, sources: number): Int32Array {
  const key = families * 2 ** N_SOURCES + sources;
  let list = ACC_LISTS.get(key);
  if (!list) {
    const wanted = new Set([...CORE_ACC, ...FAMILY_ACC.flatMap(([f, as]) => (families & f ? as : [])), ...range(0, N_SOURCES).filter((k) => (sources >> k) & 1).map((k) => A_SRC + k)]);
    ACC_LISTS.set(key, (list = Int32Array.from(range(0, NA).filter((a) => wanted.has(a)))));
  }
  return list;
}
const newRanks = () => ({ median: new Float64Array(CELLS), gini: new Float64Array(CELLS), bottom: new Float64Array(CELLS), sum: new Float64Array(CELLS), medianAt: new Float64Array(CELLS), bottomN: new Float64Array(CELLS), count: new Float64Array(CELLS), rank: new Float64Array(CELLS) });
const UNRANKED: Ranked = { median: new Float64Array(CELLS).fill(NaN), gini: new Float64Array(CELLS).fill(NaN), bottom: new Float64Array(CELLS).fill(NaN) };

export class Collector {
  /** Each collected year's figures (CELLS x METRICS), fiscal items, the collectives' accounts and the rows it keeps. */
  private years: { year: number; values: Float64Array; fiscal: [string, number][]; collective: [string, number][]; rows: YearNeeds['rows'] }[] = [];
  private made: YearlyRow[] | undefined;
  private acc = new Float64Array(COMBOS * NA);
  private cell = new Float64Array(CELLS * NA);
  private keys = new Float64Array(0);
  /**
   * Income ordering: per-capita income in fen (the sort key), each household's combo and its
   * per-capita income, in index order, then sorted together (what the rank walk reads).
   */
  private fen = new Uint32Array(0);
  private combos = new Int32Array(0);
  private incomes = new Float64Array(0);
  private nRanked = 0;
  /** Scratch of the rank pass, made on first use (a sweep's runs rank nothing). */
  private radix: RadixScratch | undefined;
  private rk: ReturnType<typeof newRanks> | undefined;
  /** Each cell's mean income and poorest fifth in the last year it was emitted (proPoorGrowth). */
  private prevMean = new Float64Array(CELLS).fill(NaN);
  private prevBottom = new Float64Array(CELLS).fill(NaN);
  private prevYear = new Float64Array(CELLS).fill(NaN);
  /** Cell sums of each year, kept for the run summary: [year][cell * NA + a]. */
  readonly cellsByYear = new Map<number, Float64Array>();

  constructor(readonly plan: CollectionPlan) {}

  /** `threshold`: the year's monitoring threshold (yuan per person, YearContext.monitoringThreshold). */
  collect(s: State, year: number, fiscal: Record<FiscalItem, number>, collective: Record<CollectiveItem, number>, threshold: number): void {
    const needs = this.plan.needsIn(year);
    if (!needs) return;
    const acc = this.acc.fill(0), families = needs.families, sources = needs.sources, { start, list, counts } = comboCellsOf(needs.cells);
    const { hActive, hResident, hIncome, hAtRisk, hR, hK, hV, hNominal, hReal, hConnected, hFiscal, hMedical, hHerd, hAware, hHistory, hPoor3, hPerCapita } = s;
    const benefitMask = BENEFIT_MASK;
    for (let h = 0, n = s.count; h < n; h++) {
      if (!hActive[h]) continue;
      const combo = this.combo(s, h);
      if (!counts[combo]) continue;
      const o = combo * NA, size = Math.max(1, hResident[h]), inc = h * N_SOURCES;
      acc[o + A_HH]++;
      acc[o + A_PERSONS] += size;
      for (let m = 0, j = h * 3; m < 3; m++, j++) acc[o + A_POOR3 + m] += hPoor3[j];
      if (hPerCapita[h] < threshold) acc[o + A_UNDER_THRESHOLD]++;
      let total = 0, hema = 0, trans = 0, benefit = 0, self = 0;
      for (let k = 0; k < N_SOURCES; k++) {
        const x = hIncome[inc + k], transfusion = (TRANSFUSION_MASK >> k) & 1;
        if ((sources >> k) & 1) acc[o + A_SRC + k] += x;
        total += x;
        if (!transfusion) { acc[o + A_SELF] += x; self += x; }
        if (x > 0) {
          if (transfusion) trans += x; else hema += x;
          if ((benefitMask >> k) & 1) benefit += x;
        }
      }
      acc[o + A_INCOME] += total; acc[o + A_HEMA] += hema; acc[o + A_TRANS] += trans;
      acc[o + A_R] += hR[h]; acc[o + A_K] += hK[h]; acc[o + A_V] += hV[h];
      acc[o + A_FISCAL] += hFiscal[h];
      if (families === 0) continue;
      if (families & FAMILY.members) acc[o + A_MEMBERS] += s.hSize[h];
      if (families & FAMILY.poverty)
        for (let m = 0, j = h * 3; m < 3; m++, j++) {
          acc[o + A_POOR_PERSONS3 + m] += hPoor3[j] * size;
          acc[o + A_RETURNED3 + m] += s.hReturned3[j]; acc[o + A_RETURN_BASE3 + m] += s.hReturnBase3[j];
        }
      if (families & FAMILY.protection) {
        acc[o + A_SUPPORTED] += s.hSupported[h];
        const floor = s.hDibao[h];
        if (floor === DIBAO) { acc[o + A_DIBAO]++; acc[o + A_DIBAO_PERSONS] += size; acc[o + A_DIBAO_SHARE] += s.hDibaoShare[h] * size; }
        if (floor === TEKUN) acc[o + A_TEKUN]++;
        if (floor) acc[o + A_FLOOR_PERSONS] += size;
        acc[o + A_PUSH] += s.hLastPush[h] & PUSH_REACHED; acc[o + A_PUSH_LIFTED] += (s.hLastPush[h] & PUSH_LIFTED) >> 1;
        const low = s.hLowIncome[h];
        if (low) { acc[o + A_LOW_INCOME] += low & LI_FOUND ? 1 : 0; acc[o + A_FOLLOWED] += low & LI_FOLLOWED ? 1 : 0; acc[o + A_INDUSTRY] += low & LI_INDUSTRY ? 1 : 0; }
      }
      if (families & FAMILY.atRisk) acc[o + A_AT_RISK] += hAtRisk[h];
      if (families & FAMILY.volatility) {
        const vol = volatility(hHistory, h);
        if (vol >= 0) { acc[o + A_VOL] += vol; acc[o + A_VOL_N]++; }
      }
      if (families & FAMILY.participation) {
        const nominal = hNominal[h], real = hReal[h];
        acc[o + A_NOMINAL] += measureCount(nominal) / N_MEASURES; acc[o + A_REAL] += measureCount(real) / N_MEASURES;
        // Participation counts: only the measures taken part in (adding 0 would change no sum).
        for (let b = nominal; b !== 0; b &= b - 1) acc[o + A_PART + 31 - Math.clz32(b & -b)]++;
        for (let b = real; b !== 0; b &= b - 1) acc[o + A_PART_REAL + 31 - Math.clz32(b & -b)]++;
      }
      if (families & FAMILY.elite) { acc[o + A_BENEFIT] += benefit; acc[o + A_BENEFIT_CONNECTED] += benefit * hConnected[h]; }
      if (families & FAMILY.medical) acc[o + A_MEDICAL] += hMedical[h];
      if (families & FAMILY.herd) acc[o + A_HERD] += hHerd[h];
      if (families & FAMILY.awareness) for (let m = 0, i = h * N_MEASURES; m < N_MEASURES; m++, i++) acc[o + A_AWARE + m] += likert(hAware[i]);
      if (families & FAMILY.cohort && s.hCohort[h]) { const c = s.hCohort[h] - COHORT_REGISTERED; acc[o + A_COHORT_SELF + c] += self; acc[o + A_COHORT_PERSONS + c] += size; }
    }
    const cell = this.cell.fill(0), accList = accumulators(families, sources);
    for (let c = 0; c < COMBOS; c++) {
      if (acc[c * NA + A_HH] === 0) continue;
      for (let j = start[c]; j < start[c + 1]; j++) {
        const x = list[j];
        for (let i = 0; i < accList.length; i++) { const a = accList[i]; cell[x * NA + a] += acc[c * NA + a]; }
      }
    }
    this.cellsByYear.set(year, cell.slice());
    if (needs.rows !== 'all' && needs.rows.values.length === 0 && needs.rows.fiscal.length === 0 && needs.rankCells === 0) return;
    this.emit(year, cell, needs.rankCells ? this.rankPass(s, needs.rankCells) : UNRANKED, fiscal, collective, needs);
  }

  private combo(s: State, h: number): number {
    return (s.hModes[h] & 15) | (s.hRegistered[h] << 4) | (s.hPoor[h] << 5);
  }

  /**
   * One ordering of per-capita income (households weighted equally); then, walking up the
   * order, each ranked cell gets its median, its Gini sum (sum of rank x income) and its
   * poorest fifth.
   */
  private rankPass(s: State, rankCells: number): Ranked {
    this.incomeOrder(s);
    return this.cellRanks(comboCellsOf(rankCells));
  }

  /**
   * Active households by per-capita income to the fen, ties by index, as (combo, income) in
   * this.combos and this.incomes: a radix sort of the fen (offset by a million yuan to stay
   * positive) carrying both, while every value fits 32 bits; else one comparison sort, whose
   * order is then read out into the same arrays. Both give the same order.
   */
  private incomeOrder(s: State): void {
    const { hActive, hPerCapita } = s;
    if (this.fen.length < s.count) { this.fen = new Uint32Array(s.capacity); this.combos = new Int32Array(s.capacity); this.incomes = new Float64Array(s.capacity); }
    const fen = this.fen, combos = this.combos, incomes = this.incomes;
    let n = 0, fits = true;
    for (let h = 0; h < s.count; h++) {
      if (!hActive[h]) continue;
      const x = hPerCapita[h], f = Math.round((x + 1e6) * 100);
      if (!(f >= 0 && f < 4294967296)) fits = false;
      fen[n] = f; combos[n] = this.combo(s, h); incomes[n++] = x;
    }
    this.nRanked = n;
    if (fits && s.count < 2 ** 21) { radixOrder(fen, combos, incomes, n, (this.radix ??= newRadixScratch())); return; }
    const order = this.sortedOrder(s);
    for (let i = 0; i < n; i++) { const h = order[i]; combos[i] = this.combo(s, h); incomes[i] = hPerCapita[h]; }
  }

  /** The comparison-sort ordering of active households (incomes beyond the radix sort's range). */
  private sortedOrder(s: State): Int32Array {
    let n = 0;
    if (this.keys.length < s.count) this.keys = new Float64Array(s.capacity);
    const { hActive, hPerCapita } = s;
    const idx: number[] = [];
    const exact = s.count < 2 ** 21;
    for (let h = 0; h < s.count; h++) {
      if (!hActive[h]) continue;
      // Pack (income to the fen, offset to stay positive) with the household index: one native sort.
      if (exact) this.keys[n++] = Math.round((hPerCapita[h] + 1e6) * 100) * 2097152 + h;
      else idx.push(h);
    }
    if (exact) return Int32Array.from(this.keys.subarray(0, n).sort(), (k) => k % 2097152);
    return Int32Array.from(idx.sort((a, b) => hPerCapita[a] - hPerCapita[b] || a - b));
  }

  /** Median, Gini and poorest fifth of each ranked cell, from the households in income order (this.combos, this.incomes). */
  private cellRanks({ start, list }: ComboCells): Ranked {
    const combos = this.combos, incomes = this.incomes;
    const rk = (this.rk ??= newRanks());
    const { median, gini, bottom, sum, medianAt, bottomN, count, rank } = rk;
    median.fill(NaN); gini.fill(0); bottom.fill(0); sum.fill(0); rank.fill(0);
    for (let c = 0; c < CELLS; c++) {
      count[c] = this.cell[c * NA + A_HH];
      medianAt[c] = Math.ceil(count[c] / 2);
      bottomN[c] = Math.max(1, Math.floor(count[c] / 5));
    }
    for (let i = 0, n = this.nRanked; i < n; i++) {
      const x = incomes[i], combo = combos[i];
      for (let j = start[combo], e = start[combo + 1]; j < e; j++) {
        const c = list[j], r = ++rank[c];
        gini[c] += r * x; sum[c] += x;
        if (r === medianAt[c]) median[c] = x;
        if (r <= bottomN[c]) bottom[c] += x;
      }
    }
    for (let c = 0; c < CELLS; c++) {
      const k = count[c];
      gini[c] = k > 0 && sum[c] > 0 ? (2 * gini[c]) / (k * sum[c]) - (k + 1) / k : NaN;
      bottom[c] = k > 0 ? bottom[c] / Math.max(1, Math.floor(k / 5)) : NaN;
    }
    return rk;
  }

  /**
   * The year's figures of each collected cell, in METRICS order (one Float64Array per year; the
   * rows are made from them only when read, see `rows`).
   */
  private emit(year: number, cell: Float64Array, r: Ranked, fiscal: Record<FiscalItem, number>, collective: Record<CollectiveItem, number>, needs: YearNeeds): void {
    const div = (a: number, b: number) => (b > 0 ? a / b : NaN);
    const out = new Float64Array(CELLS * N_METRICS);
    for (let c = 0; c < CELLS; c++) {
      if (!((needs.cells >> c) & 1)) continue;
      const o = c * NA, hh = cell[o + A_HH], persons = cell[o + A_PERSONS];
      let k = c * N_METRICS;
      const mean = div(cell[o + A_INCOME], persons);
      out[k++] = hh;
      out[k++] = persons;
      out[k++] = mean;
      out[k++] = r.median[c];
      for (let j = 0; j < N_SOURCES; j++) out[k++] = div(cell[o + A_SRC + j], persons);
      CLASS_SUM.fill(0);
      for (let j = 0; j < N_SOURCES; j++) CLASS_SUM[CLASS_OF[j]] += cell[o + A_SRC + j];
      for (let c = 0; c < NBS_CLASSES.length; c++) out[k++] = div(CLASS_SUM[c], persons);
      out[k++] = div(cell[o + A_HEMA], cell[o + A_HEMA] + cell[o + A_TRANS]);
      out[k++] = div(cell[o + A_TRANS], cell[o + A_HEMA] + cell[o + A_TRANS]);
      out[k++] = div(cell[o + A_SELF], persons);
      // COHORT_METRICS: registered when registration first ran, then the others then.
      out[k++] = div(cell[o + A_COHORT_SELF], cell[o + A_COHORT_PERSONS]);
      out[k++] = div(cell[o + A_COHORT_SELF + 1], cell[o + A_COHORT_PERSONS + 1]);
      let assistance = 0;
      for (const j of MEANS_TESTED_INDEX) assistance += cell[o + A_SRC + j];
      out[k++] = div(cell[o + A_INCOME] - assistance, persons);
      for (let m = 0; m < POVERTY_MEASURES.length; m++) {
        out[k++] = div(cell[o + A_POOR3 + m], hh);
        out[k++] = div(cell[o + A_POOR_PERSONS3 + m], persons);
        out[k++] = div(cell[o + A_RETURNED3 + m], cell[o + A_RETURN_BASE3 + m]);
      }
      out[k++] = div(cell[o + A_SUPPORTED], hh);
      out[k++] = div(cell[o + A_DIBAO], hh);
      out[k++] = div(cell[o + A_TEKUN], hh);
      out[k++] = div(cell[o + A_FLOOR_PERSONS], persons);
      out[k++] = div(cell[o + A_DIBAO_SHARE], cell[o + A_DIBAO_PERSONS]);
      out[k++] = div(cell[o + A_PUSH], hh);
      out[k++] = div(cell[o + A_PUSH_LIFTED], hh);
      out[k++] = div(cell[o + A_LOW_INCOME], hh);
      out[k++] = div(cell[o + A_FOLLOWED], hh);
      out[k++] = div(cell[o + A_INDUSTRY], hh);
      out[k++] = div(cell[o + A_MEMBERS], hh);
      out[k++] = div(cell[o + A_AT_RISK], hh);
      out[k++] = div(cell[o + A_VOL], cell[o + A_VOL_N]);
      out[k++] = r.gini[c];
      out[k++] = r.bottom[c];
      // Growth against the year before: undefined when that year's figures were not collected.
      const prev = this.prevYear[c] === year - 1;
      const growth = mean / (prev ? this.prevMean[c] : NaN) - 1, bottomGrowth = r.bottom[c] / (prev ? this.prevBottom[c] : NaN) - 1;
      out[k++] = bottomGrowth - growth;
      this.prevMean[c] = mean; this.prevBottom[c] = r.bottom[c]; this.prevYear[c] = year;
      out[k++] = div(cell[o + A_R], hh); out[k++] = div(cell[o + A_K], hh); out[k++] = div(cell[o + A_V], hh);
      out[k++] = div(cell[o + A_NOMINAL], hh);
      out[k++] = div(cell[o + A_REAL], hh);
      out[k++] = div(cell[o + A_BENEFIT_CONNECTED], cell[o + A_BENEFIT]);
      out[k++] = div(cell[o + A_FISCAL], hh);
      out[k++] = div(cell[o + A_MEDICAL], persons);
      out[k++] = div(cell[o + A_HERD], hh);
      for (let m = 0; m < N_MEASURES; m++) {
        out[k++] = div(cell[o + A_AWARE + m], hh);
        out[k++] = div(cell[o + A_PART + m], hh);
        out[k++] = div(cell[o + A_PART_REAL + m], hh);
      }
    }
    this.years.push({ year, values: out, fiscal: Object.entries(fiscal), collective: Object.entries(collective), rows: needs.rows });
    this.made = undefined;
  }

  /**
   * The tidy rows of yearly.csv (year, then mode, group and metric in METRICS order, then the
   * fiscal items and the collectives' accounts), made once on first read; with a plan that keeps
   * only some values, those (the accounts only with every row).
   */
  get rows(): YearlyRow[] {
    if (this.made) return this.made;
    const rows: YearlyRow[] = [];
    const row = (year: number, at: number, values: Float64Array) => {
      const c = Math.floor(at / N_METRICS), k = at - c * N_METRICS;
      rows.push({ year, mode: MODE_KEYS[Math.floor(c / NG)], group: GROUPS[c % NG], metric: METRICS[k], value: values[at] });
    };
    for (const { year, values, fiscal, collective, rows: keep } of this.years) {
      if (keep === 'all') {
        for (let at = 0; at < CELLS * N_METRICS; at++) row(year, at, values);
        for (const [item, value] of fiscal) rows.push({ year, mode: 'all', group: 'all', metric: FISCAL_PREFIX + item, value });
        for (const [item, value] of collective) rows.push({ year, mode: 'all', group: 'all', metric: COLLECTIVE_PREFIX + item, value });
        continue;
      }
      for (const at of keep.values) row(year, at, values);
      for (const [item, value] of fiscal) if (keep.fiscal.includes(item)) rows.push({ year, mode: 'all', group: 'all', metric: FISCAL_PREFIX + item, value });
    }
    return (this.made = rows);
  }
}

/** Coefficient of variation of a household's per-capita income over the last five years (-1 if unknown). */
function volatility(history: Float32Array, h: number): number {
  let sum = 0, sq = 0, n = 0;
  for (let k = h * 5; k < h * 5 + 5; k++) { const x = history[k]; if (x !== 0) { sum += x; sq += x * x; n++; } }
  if (n < 3) return -1;
  const mean = sum / n;
  return Math.abs(mean) > 1e-9 ? Math.sqrt(Math.max(0, sq / n - mean * mean)) / Math.abs(mean) : -1;
}

/** Accumulator offsets the summary reads. */
export const ACC = { NA, A_HH, A_PERSONS, A_INCOME, A_HEMA, A_TRANS, A_R, A_K, A_V, A_FISCAL, A_SELF, A_POOR3, A_UNDER_THRESHOLD } as const;
export const cellIndex = (modeIndex: number, groupIndex: number) => modeIndex * NG + groupIndex;
