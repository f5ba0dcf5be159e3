/**
 * The national CPI (NBS), yearly change on the year before: the default of economy.prices.cpi,
 * and what deflates a published nominal figure into yuan of the price base year (2020) where
 * the schema's default is built from one (the poverty line).
 */
export const CPI: Readonly<Record<number, number>> = { 2014: 0.02, 2015: 0.014, 2016: 0.02, 2017: 0.016, 2018: 0.021, 2019: 0.029, 2020: 0.025, 2021: 0.009, 2022: 0.02, 2023: 0.002, 2024: 0.002, 2025: 0 };

export const communique = (y: number) => `NBS statistical communiqué on the ${y} national economic and social development`;

/** A nominal figure of `year` in yuan of 2020 (a year before 2020 is carried forward by the CPI of the years after it). */
export function in2020Yuan(nominal: number, year: number): number {
  let v = nominal;
  for (let y = year + 1; y <= 2020; y++) v *= 1 + CPI[y];
  return v;
}
