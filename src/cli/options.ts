/** Options several commands share, defined once so their names, choices and defaults agree. */

/** `--lang en|zh`: the language of charts and report.html (the message catalogues in src/report/). */
export const langOption = (describe = 'language of the charts and report.html') =>
  ({ choices: ['en', 'zh'] as const, default: 'en' as const, describe });

/** `--charts` (on by default; `--no-charts` skips drawing): `what` says what gets drawn, and when. */
export const chartsOption = (what: string) =>
  ({ type: 'boolean' as const, default: true, describe: `${what} (--no-charts skips)` });

/** `--force`: start work the budget (src/run/budget.ts) says is beyond this machine. */
export const forceOption = { type: 'boolean' as const, default: false, describe: 'start even when the estimated memory or time is beyond this machine' };

/** The largest seed a scenario or sweep file accepts (their schemas' 2^31 - 1); --seed keeps to it. */
export const MAX_SEED = 2 ** 31 - 1;
