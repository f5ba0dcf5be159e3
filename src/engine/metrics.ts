/**
 * Collection: per year, per mode (households with access; a household in several modes
 * counts in each) and per group, every output of the brief. Households add their figures to
 * one of 64 "combos" (mode bits x registered x income-poor) in one pass; cells are sums of
 * combos. Medians, Gini and the poorest fifth come from one sort of per-capita income per
 * year. Formulas: docs/results.md.
 */
import { EFFECT_METRICS } from './modeEffects.js';
import { GROUPS, MODE_KEYS, type YearlyRow } from './output.js';
import { likert } from './awareness.js';
import { CLASS_OF, MEASURES, NBS_CLASSES, N_MEASURES, N_SOURCES, SOURCES, IS_TRANSFUSION, MEANS_TESTED_INDEX, SRC, measureCount } from './sources.js';
import type { CollectiveItem } from './collective.js';
import { LI_FOLLOWED, LI_FOUND, LI_INDUSTRY } from './lowIncome.js';
import { DIBAO, PUSH_LIFTED, PUSH_REACHED, TEKUN } from './protection.js';
import { newRadixScratch, radixOrder } from './radixOrder.js';
import type { State } from './state.js';
import type { FiscalItem } from './year.js';

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
  A_LOW_INCOME = A_PUSH_LIFTED + 1, A_FOLLOWED = A_LOW_INCOME + 1, A_INDUSTRY = A_FOLLOWED + 1, NA = A_INDUSTRY + 1;
/** Suffixes of the poverty metrics on each measure: all income, before discretionary support, self-made income. */
export const POVERTY_MEASURES = ['', 'BeforeSupport', 'SelfMade'] as const;
const COMBOS = 64;
/** Scratch: one cell's income by NBS class. */
const CLASS_SUM = new Float64Array(NBS_CLASSES.length);
/** Per-cell rank figures of one year (reused: read before the next year's collect). */
interface Ranked { median: Float64Array; gini: Float64Array; bottom: Float64Array }
const NM = MODE_KEYS.length, NG = GROUPS.length, CELLS = NM * NG;
/** Program benefits (for the elite-capture share), as a bit mask over sources. */
/** Transfusion sources (IS_TRANSFUSION) as a bit mask over sources. */
const TRANSFUSION_MASK = IS_TRANSFUSION.reduce((m, t, k) => m | (t << k), 0);
const BENEFIT_MASK = [SRC.dividends, SRC.cooperative, SRC.cooperativePaySubsidy, SRC.cooperativeSurplus, SRC.cooperativeSurplusSubsidy, SRC.grants, SRC.welfarePosts, SRC.livingSupport, SRC.monitoring].reduce((m, k) => m | (1 << k), 0);

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
/** Cells of combo c are CELL_LIST[CELL_START[c] .. CELL_START[c + 1] - 1] (flat, for the hot loops). */
const CELL_START = new Int32Array(COMBOS + 1);
const CELL_LIST = Int32Array.from(Array.from({ length: COMBOS }, (_, c) => cellsOf(c)).flatMap((cells, c) => { CELL_START[c + 1] = CELL_START[c] + cells.length; return cells; }));

/** What a summary-only collection sums (group "all" cells only): the accumulators summary.ts reads. */
const SUMMARY_ACC = Int32Array.of(A_HH, A_PERSONS, A_INCOME, A_HEMA, A_TRANS, A_R, A_K, A_V, A_FISCAL, A_SELF, A_POOR3, A_POOR3 + 1, A_POOR3 + 2);
/** What an effects collection sums (every cell): the summary's, and the means-tested sources of income before assistance. */
const EFFECTS_ACC = Int32Array.from([...SUMMARY_ACC, ...MEANS_TESTED_INDEX.map((k) => A_SRC + k)]);
/** Sources whose own sums a collection keeps (bit k = source k), by level. */
const ALL_SOURCES = (1 << N_SOURCES) - 1, MEANS_TESTED_MASK = MEANS_TESTED_INDEX.reduce((m, k) => m | (1 << k), 0);

export const FISCAL_PREFIX = 'fiscal.';
/** Yearly rows of the village collectives' accounts (collective.ts): collective.income, .dividends, .posts, ... */
export const COLLECTIVE_PREFIX = 'collective.';
/** Yearly metrics of income by NBS class (sources.ts): income.class.wages, .business, .property, .transfers. */
export const CLASS_PREFIX = 'income.class.';

/** The yearly metrics of every cell, in the order of yearly.csv (emit writes them in this order). */
export const METRICS: readonly string[] = [
  'households', 'persons', 'incomeMean', 'incomeMedian', ...SOURCES.map((src) => `income.${src}`), ...NBS_CLASSES.map((c) => `${CLASS_PREFIX}${c}`),
  'hematopoiesisShare', 'transfusionShare', 'selfMadeIncomeMean', 'incomeBeforeAssistanceMean',
  ...POVERTY_MEASURES.flatMap((suffix) => [`povertyRate${suffix}`, `povertyHeadcount${suffix}`, `returnRate${suffix}`]),
  'monitoringSupportRate', 'minimumLivingRate', 'extremePovertySupportRate', 'safetyNetPersonsRate', 'minimumLivingPaymentShare', 'lastPushRate', 'lastPushLiftedRate', 'lowIncomeRate', 'lowIncomeFollowedRate', 'industrySupportRate', 'membersPerHousehold', 'atRiskRate', 'volatility', 'gini', 'bottom20Mean', 'proPoorGrowth',
  'R', 'K', 'V', 'participationNominal', 'participationReal', 'eliteShare', 'fiscalPerHousehold', 'medicalPerPerson', 'herd',
  ...MEASURES.flatMap((m) => [`awareness.${m}`, `participation.${m}`, `participationReal.${m}`]),
];
const N_METRICS = METRICS.length;
/** The rows an effects collection makes: the metrics a mode's effect compares, and the means-tested sources behind the gain before assistance. */
const EFFECTS_ROWS = Uint8Array.from(METRICS, (m) => ((EFFECT_METRICS as readonly string[]).includes(m) || MEANS_TESTED_INDEX.some((k) => m === `income.${SOURCES[k]}`) ? 1 : 0));
const UNRANKED: Ranked = { median: new Float64Array(CELLS).fill(NaN), gini: new Float64Array(CELLS).fill(NaN), bottom: new Float64Array(CELLS).fill(NaN) };

/**
 * What a run collects: 'ranked' every metric of yearly.csv, the income ranks (median, Gini,
 * poorest fifth) among them; 'effects' only the rows a mode's counterfactual run is compared on
 * (modeEffects.ts) and the run summary; 'summary' only the run summary (a sweep that keeps no
 * yearly metric). Every level's sums are the same numbers as the full collection's.
 */
export type CollectLevel = 'ranked' | 'effects' | 'summary';

export class Collector {
  /** Each collected year's figures (CELLS x METRICS), and its fiscal items and collective accounts as (metric, value). */
  private years: { year: number; values: Float64Array; accounts: [string, number][] }[] = [];
  private made: YearlyRow[] | undefined;
  private acc = new Float64Array(COMBOS * NA);
  private cell = new Float64Array(CELLS * NA);
  private keys = new Float64Array(0);
  /** Income ordering scratch: per-capita income in fen and household, in index order then sorted. */
  private fen = new Uint32Array(0);
  private order = new Int32Array(0);
  private nRanked = 0;
  private radix = newRadixScratch();
  private rk = { median: new Float64Array(CELLS), gini: new Float64Array(CELLS), bottom: new Float64Array(CELLS), sum: new Float64Array(CELLS), medianAt: new Float64Array(CELLS), bottomN: new Float64Array(CELLS), count: new Float64Array(CELLS), rank: new Float64Array(CELLS) };
  private prevMean = new Float64Array(CELLS).fill(NaN);
  private prevBottom = new Float64Array(CELLS).fill(NaN);
  /** Cell sums of each year, kept for the run summary: [year][cell * NA + a]. */
  readonly cellsByYear = new Map<number, Float64Array>();

  /** The income ranks and every metric's rows (level 'ranked'). */
  readonly ranked: boolean;
  /** Sources whose own sums are kept (bit k = source k). */
  private readonly sources: number;
  /** The accumulators summed into cells beyond the household loop (all of them when ranked). */
  private readonly cellAcc: Int32Array;

  constructor(readonly level: CollectLevel = 'ranked') {
    this.ranked = level === 'ranked';
    this.sources = level === 'ranked' ? ALL_SOURCES : level === 'effects' ? MEANS_TESTED_MASK : 0;
    this.cellAcc = level === 'effects' ? EFFECTS_ACC : SUMMARY_ACC;
  }

  collect(s: State, year: number, fiscal: Record<FiscalItem, number>, collective: Record<CollectiveItem, number>): void {
    const acc = this.acc.fill(0), full = this.ranked, sources = this.sources, level = this.level;
    const { hActive, hResident, hIncome, hAtRisk, hR, hK, hV, hNominal, hReal, hConnected, hFiscal, hMedical, hHerd, hAware, hHistory, hPoor3 } = s;
    const benefitMask = BENEFIT_MASK;
    for (let h = 0, n = s.count; h < n; h++) {
      if (!hActive[h]) continue;
      const o = this.combo(s, h) * NA, size = Math.max(1, hResident[h]), inc = h * N_SOURCES;
      acc[o + A_HH]++;
      acc[o + A_PERSONS] += size;
      for (let m = 0, j = h * 3; m < 3; m++, j++) acc[o + A_POOR3 + m] += hPoor3[j];
      let total = 0, hema = 0, trans = 0, benefit = 0;
      for (let k = 0; k < N_SOURCES; k++) {
        const x = hIncome[inc + k], transfusion = (TRANSFUSION_MASK >> k) & 1;
        if ((sources >> k) & 1) acc[o + A_SRC + k] += x;
        total += x;
        if (!transfusion) acc[o + A_SELF] += x;
        if (x > 0) {
          if (transfusion) trans += x; else hema += x;
          if ((benefitMask >> k) & 1) benefit += x;
        }
      }
      acc[o + A_INCOME] += total; acc[o + A_HEMA] += hema; acc[o + A_TRANS] += trans;
      acc[o + A_R] += hR[h]; acc[o + A_K] += hK[h]; acc[o + A_V] += hV[h];
      acc[o + A_FISCAL] += hFiscal[h];
      if (!full) continue;
      acc[o + A_MEMBERS] += s.hSize[h];
      for (let m = 0, j = h * 3; m < 3; m++, j++) {
        acc[o + A_POOR_PERSONS3 + m] += hPoor3[j] * size;
        acc[o + A_RETURNED3 + m] += s.hReturned3[j]; acc[o + A_RETURN_BASE3 + m] += s.hReturnBase3[j];
      }
      acc[o + A_SUPPORTED] += s.hSupported[h];
      const floor = s.hDibao[h];
      if (floor === DIBAO) { acc[o + A_DIBAO]++; acc[o + A_DIBAO_PERSONS] += size; acc[o + A_DIBAO_SHARE] += s.hDibaoShare[h] * size; }
      if (floor === TEKUN) acc[o + A_TEKUN]++;
      if (floor) acc[o + A_FLOOR_PERSONS] += size;
      acc[o + A_PUSH] += s.hLastPush[h] & PUSH_REACHED; acc[o + A_PUSH_LIFTED] += (s.hLastPush[h] & PUSH_LIFTED) >> 1;
      const low = s.hLowIncome[h];
      if (low) { acc[o + A_LOW_INCOME] += low & LI_FOUND ? 1 : 0; acc[o + A_FOLLOWED] += low & LI_FOLLOWED ? 1 : 0; acc[o + A_INDUSTRY] += low & LI_INDUSTRY ? 1 : 0; }
      acc[o + A_AT_RISK] += hAtRisk[h];
      const vol = volatility(hHistory, h);
      if (vol >= 0) { acc[o + A_VOL] += vol; acc[o + A_VOL_N]++; }
      const nominal = hNominal[h], real = hReal[h];
      acc[o + A_NOMINAL] += measureCount(nominal) / N_MEASURES; acc[o + A_REAL] += measureCount(real) / N_MEASURES;
      acc[o + A_BENEFIT] += benefit; acc[o + A_BENEFIT_CONNECTED] += benefit * hConnected[h];
      acc[o + A_MEDICAL] += hMedical[h]; acc[o + A_HERD] += hHerd[h];
      for (let m = 0, i = h * N_MEASURES; m < N_MEASURES; m++, i++) acc[o + A_AWARE + m] += likert(hAware[i]);
      // Participation counts: only the measures taken part in (adding 0 would change no sum).
      for (let b = nominal; b !== 0; b &= b - 1) acc[o + A_PART + 31 - Math.clz32(b & -b)]++;
      for (let b = real; b !== 0; b &= b - 1) acc[o + A_PART_REAL + 31 - Math.clz32(b & -b)]++;
    }
    const cell = this.cell.fill(0), cellAcc = this.cellAcc;
    for (let c = 0; c < COMBOS; c++) {
      if (acc[c * NA + A_HH] === 0) continue;
      for (let j = CELL_START[c]; j < CELL_START[c + 1]; j++) {
        const x = CELL_LIST[j];
        if (full) for (let a = 0; a < NA; a++) cell[x * NA + a] += acc[c * NA + a];
        else if (level === 'effects' || x % NG === 0) for (let i = 0; i < cellAcc.length; i++) { const a = cellAcc[i]; cell[x * NA + a] += acc[c * NA + a]; }
      }
    }
    this.cellsByYear.set(year, cell.slice());
    if (level === 'summary') return;
    this.emit(year, cell, full ? this.rankPass(s) : UNRANKED, fiscal, collective);
  }

  private combo(s: State, h: number): number {
    return (s.hModes[h] & 15) | (s.hRegistered[h] << 4) | (s.hPoor[h] << 5);
  }

  /**
   * One ordering of per-capita income (households weighted equally); then, walking up the
   * order, each cell gets its median, its Gini sum (sum of rank x income) and its poorest fifth.
   */
  private rankPass(s: State): Ranked {
    const order = this.incomeOrder(s);
    return this.cellRanks(s, order.subarray(0, this.nRanked));
  }

  /**
   * Active households by per-capita income to the fen, ties by index: a radix sort of the fen
   * (offset by a million yuan to stay positive) while every value fits 32 bits, else one
   * comparison sort; both give the same order.
   */
  private incomeOrder(s: State): Int32Array {
    const { hActive, hPerCapita } = s;
    if (this.fen.length < s.count) { this.fen = new Uint32Array(s.capacity); this.order = new Int32Array(s.capacity); }
    const fen = this.fen, order = this.order;
    let n = 0, fits = true;
    for (let h = 0; h < s.count; h++) {
      if (!hActive[h]) continue;
      const f = Math.round((hPerCapita[h] + 1e6) * 100);
      if (!(f >= 0 && f < 4294967296)) fits = false;
      fen[n] = f; order[n++] = h;
    }
    this.nRanked = n;
    return fits && s.count < 2 ** 21 ? radixOrder(fen, order, n, this.radix) : this.sortedOrder(s);
  }

  /** The comparison-sort ordering (incomes beyond the radix sort's range). */
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
    if (exact) {
      const sorted = this.keys.subarray(0, n).sort();
      const o = this.order;
      for (let i = 0; i < n; i++) o[i] = sorted[i] % 2097152;
      return o;
    }
    return Int32Array.from(idx.sort((a, b) => hPerCapita[a] - hPerCapita[b] || a - b));
  }

  /** Median, Gini and poorest fifth of each cell from the households in income order. */
  private cellRanks(s: State, order: Int32Array): Ranked {
    const { hPerCapita } = s;
    const { median, gini, bottom, sum, medianAt, bottomN, count, rank } = this.rk;
    median.fill(NaN); gini.fill(0); bottom.fill(0); sum.fill(0); rank.fill(0);
    for (let c = 0; c < CELLS; c++) {
      count[c] = this.cell[c * NA + A_HH];
      medianAt[c] = Math.ceil(count[c] / 2);
      bottomN[c] = Math.max(1, Math.floor(count[c] / 5));
    }
    for (let i = 0; i < order.length; i++) {
      const h = order[i], x = hPerCapita[h], combo = this.combo(s, h);
      for (let j = CELL_START[combo], e = CELL_START[combo + 1]; j < e; j++) {
        const c = CELL_LIST[j], r = ++rank[c];
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
    return this.rk;
  }

  /**
   * The year's figures of every cell, in METRICS order (one Float64Array per year; the rows
   * are made from them only when read, see `rows`).
   */
  private emit(year: number, cell: Float64Array, r: Ranked, fiscal: Record<FiscalItem, number>, collective: Record<CollectiveItem, number>): void {
    const div = (a: number, b: number) => (b > 0 ? a / b : NaN);
    const out = new Float64Array(CELLS * N_METRICS);
    for (let c = 0; c < CELLS; c++) {
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
      const growth = mean / this.prevMean[c] - 1, bottomGrowth = r.bottom[c] / this.prevBottom[c] - 1;
      out[k++] = bottomGrowth - growth;
      this.prevMean[c] = mean; this.prevBottom[c] = r.bottom[c];
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
    this.years.push({ year, values: out, accounts: [...Object.entries(fiscal).map(([k, v]) => [FISCAL_PREFIX + k, v] as [string, number]), ...Object.entries(collective).map(([k, v]) => [COLLECTIVE_PREFIX + k, v] as [string, number])] });
    this.made = undefined;
  }

  /** The tidy rows of yearly.csv (year, then mode, group and metric in METRICS order, then the fiscal items and the collective's accounts), made once on first read. */
  get rows(): YearlyRow[] {
    if (this.made) return this.made;
    const rows: YearlyRow[] = [];
    for (const { year, values, accounts } of this.years) {
      for (let mi = 0; mi < NM; mi++)
        for (let gi = 0; gi < NG; gi++) {
          const mode = MODE_KEYS[mi], group = GROUPS[gi], o = (mi * NG + gi) * N_METRICS;
          for (let k = 0; k < N_METRICS; k++) if (this.ranked || EFFECTS_ROWS[k]) rows.push({ year, mode, group, metric: METRICS[k], value: values[o + k] });
        }
      if (this.ranked) for (const [metric, value] of accounts) rows.push({ year, mode: 'all', group: 'all', metric, value });
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
export const ACC = { NA, A_HH, A_PERSONS, A_INCOME, A_HEMA, A_TRANS, A_R, A_K, A_V, A_FISCAL, A_SELF, A_POOR3 } as const;
export const cellIndex = (modeIndex: number, groupIndex: number) => modeIndex * NG + groupIndex;
