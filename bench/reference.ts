/**
 * REFERENCE LOOP, NOT THE MODEL. The yardstick of issue 13: a simplified four-mode household
 * update on typed arrays (struct of arrays, seedrandom alea), the fastest a household-year
 * can be in this runtime when it does almost nothing. The benchmarks run it in the same
 * process as the engine and print the engine's speed as a ratio to it, so machine load and
 * Node version cancel out of the comparison.
 *
 * Each household-year: members age and may die (one draw per member), income by mode
 * (shareholding dividend, cooperative pay with a shock, individual herd growing or dying,
 * employment wage if a worker is at home), poverty against a line, and a running sum of
 * income and poor households per mode (the "collection").
 */
import seedrandom from 'seedrandom';

const SLOTS = 8;

/** Runs `households` x `years`; returns household-years simulated and a checksum (so nothing is optimised away). */
export function referenceLoop(households: number, years: number, seed = 1): { householdYears: number; checksum: number } {
  const rng = seedrandom.alea(`reference/${seed}`);
  const n = households, mode = new Uint8Array(n), size = new Uint8Array(n), herd = new Float32Array(n), income = new Float64Array(n);
  const age = new Uint8Array(n * SLOTS), alive = new Uint8Array(n * SLOTS);
  for (let h = 0; h < n; h++) {
    mode[h] = Math.floor(rng() * 4);
    const m = 1 + Math.floor(rng() * 5);
    for (let k = 0; k < m; k++) { alive[h * SLOTS + k] = 1; age[h * SLOTS + k] = 5 + Math.floor(rng() * 70); }
    herd[h] = mode[h] === 2 ? 3 : 0;
  }
  const sum = new Float64Array(4), poor = new Float64Array(4);
  let householdYears = 0, checksum = 0;
  for (let y = 0; y < years; y++) {
    sum.fill(0); poor.fill(0);
    const line = 4000 + 100 * y;
    for (let h = 0; h < n; h++) {
      let members = 0, workers = 0;
      for (let p = h * SLOTS, e = p + SLOTS; p < e; p++) {
        if (!alive[p]) continue;
        if (rng() < (age[p] > 70 ? 0.05 : 0.005)) { alive[p] = 0; continue; }
        if (age[p] < 110) age[p]++;
        members++;
        if (age[p] >= 16 && age[p] < 65) workers++;
      }
      size[h] = members;
      if (members === 0) continue;
      householdYears++;
      const m = mode[h];
      let x = 1500 * workers;
      if (m === 0) x += 800 * members;
      else if (m === 1) x += workers * 3000 * (0.8 + 0.4 * rng());
      else if (m === 2) { herd[h] = rng() < 0.1 ? herd[h] * 0.5 : Math.min(50, herd[h] * 1.15); x += 600 * herd[h]; }
      else if (workers > 0) x += 12000 * (rng() < 0.9 ? 1 : 0);
      income[h] = x;
      const pc = x / members;
      sum[m] += pc;
      if (pc < line) poor[m]++;
    }
    for (let m = 0; m < 4; m++) checksum += sum[m] * 1e-6 + poor[m];
  }
  return { householdYears, checksum };
}

/** Household-years per second of the reference loop (best of `rounds` runs, in this process). */
export function referenceSpeed(households: number, years: number, rounds = 3): number {
  let best = Infinity, hy = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    hy = referenceLoop(households, years, r + 1).householdYears;
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return hy / best;
}
