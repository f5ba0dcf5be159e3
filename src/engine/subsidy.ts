/**
 * What a subsidy funded of an organisation's payments, by its accounts (cooperatives,
 * workshops): the part of pay or a payout that is transfusion, in the class of the payment it
 * is part of (sources.ts).
 *
 * The subsidy first covers any loss of the organisation's own result (`own`: its sales less
 * its outlays: wages, overhead, rent), paying that share of every outlay, workers' pay among
 * them:   pay = min(1, min(subsidy, max(0, -own)) / outlays).
 * The rest of the subsidy is in the year's result, own + subsidy, of which it funds the payout
 * in proportion:   payout = min(1, subsidy / (own + subsidy)), and all of it when the result is
 * not positive (a subsidised year that pays out from its reserve).
 */
export function subsidyShares(own: number, subsidy: number, outlays: number): { pay: number; payout: number } {
  if (subsidy <= 0) return { pay: 0, payout: 0 };
  const pay = outlays > 0 ? Math.min(1, Math.min(subsidy, Math.max(0, -own)) / outlays) : 0;
  const result = own + subsidy;
  return { pay, payout: result > 0 ? Math.min(1, subsidy / result) : 1 };
}
