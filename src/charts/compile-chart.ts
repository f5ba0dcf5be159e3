/**
 * Vega-Lite → Vega, with the compiler's warnings captured rather than printed: a chart that
 * compiles with a warning (a dropped encoding, an unknown field) is a bug, and the tests
 * require none.
 */
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Spec as VegaSpec } from 'vega';

export interface CompiledChart {
  vega: VegaSpec;
  warnings: string[];
}

export function compileChart(spec: TopLevelSpec): CompiledChart {
  const warnings: string[] = [];
  let lvl = 2;
  const logger = {
    level(l?: number) { if (l === undefined) return lvl; lvl = l; return logger; },
    error(...a: unknown[]) { throw new Error(`vega-lite: ${a.map(String).join(' ')}`); },
    warn(...a: unknown[]) { warnings.push(a.map(String).join(' ')); return logger; },
    info() { return logger; },
    debug() { return logger; },
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const out = compile(spec, { logger: logger as any });
  return { vega: out.spec as VegaSpec, warnings };
}
