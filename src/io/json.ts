/**
 * The JSON text of results files (summary.json, manifest.json): 2-space indent, trailing
 * newline, keys in the order the object was built. JSON has no NaN: an undefined ratio (e.g.
 * the return-to-poverty rate of a mode nobody left poverty in) is written as null, which R,
 * pandas and jq read as missing. Number text is ECMAScript's shortest round-trip form, so the
 * same doubles give the same bytes everywhere.
 */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
