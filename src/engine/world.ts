/**
 * Village-level state: attributes (fixed), and the yearly situation of each village's
 * markets, enterprise, fund, workshops and cooperatives. A few hundred villages at most,
 * so plain objects; households live in the typed arrays of State.
 */
export interface Village {
  index: number;
  name: string;
  /** Households at the start and registered-poor households among them. */
  households: number;
  registered: number;
  orgCapacity: number;
  landPerPerson: number;
  homogeneity: number;
  valueChain: number;
  maturityLag: number;
  connectedShare: number;
  fundScale: number;
  /** Local off-farm work on offer relative to P village (villages[].localWork): the pool of casual days, a business's market. */
  localWork: number;
  /**
   * Days of casual work a full worker under 45 who seeks it all year finds this year (the pool
   * shared by last year's casual labour, casualPool.ts), and that casual labour (full-worker
   * equivalents weighted by age).
   */
  casualDays: number;
  casualSupply: number;
  /** Log deviations of crop and livestock prices from their reference. */
  cropPrice: number;
  livestockPrice: number;
  disaster: boolean;
  enterpriseAlive: boolean;
  enterpriseBadYear: boolean;
  enterpriseFailedIn: number;
  /** Accounts (yuan): reserves and consecutive years with exhausted reserves. */
  enterpriseReserve: number;
  enterpriseLossYears: number;
  /** This year's profit of the enterprise after wages and the fund's returns. */
  enterpriseProfit: number;
  workshopsOpen: number;
  workshopReserve: number;
  workshopLossYears: number;
  /** Fund income this year (the collective's asset income) and the part paid to households as dividends. */
  fundIncome: number;
  fundPaid: number;
  /**
   * The collective's accounts (collective.ts): public-welfare posts this year paid from public
   * funds (the welfarePosts instrument) and from the collective's asset income, the budget for
   * the latter, the reserve kept for the photovoltaic station's upkeep, and whether the station
   * still runs (it stops for good when it breaks down and the reserve cannot repair it).
   */
  postsFiscal: number;
  postsCollective: number;
  collectiveBudget: number;
  /** Share of each worked post's pay the collective paid this year (the rest public funds), read by the means test. */
  collectivePostPart: number;
  collectiveReserve: number;
  stationRunning: boolean;
  /** Cooperative places, members this year, and the year the cooperatives started. */
  coopPlaces: number;
  coopMembers: number;
  coopStart: number;
  coopReserve: number;
  /** The cooperatives' herd (sheep equivalent, a stock) and the share of members' work it needed last year (at most 1). */
  coopHerd: number;
  coopRation: number;
  /** This year's sales of the cooperatives' animals (yuan, all of the village's cooperatives). */
  coopSales: number;
  /** Surplus paid out to members last year (payouts are smoothed: cooperative.ts). */
  coopPayout: number;
  coopLossYears: number;

}

export interface World {
  villages: Village[];
  /** Whether this year is an epidemic year (economy.market.epidemicYears). */
  epidemic: boolean;
}

/** Demographic event counts over a run (persons are conserved: end = start + births - deaths - emigrants). */
export interface Counters {
  births: number;
  deaths: number;
  emigrants: number;
  formed: number;
  dissolved: number;
  skippedBirths: number;
}

export function newCounters(): Counters {
  return { births: 0, deaths: 0, emigrants: 0, formed: 0, dissolved: 0, skippedBirths: 0 };
}
