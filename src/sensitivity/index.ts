/** Sensitivity analysis and scenario discovery: pure functions over numbers (no files, no clock). */
export { SOBOL_MAX_DIMS, sobolPoints, type SobolOptions } from './sobol-sequence.js';
export { SALTELLI_MAX_FACTORS, saltelliRows } from './saltelli.js';
export { sobolIndices, type SobolIndex, type SobolIndexOptions } from './sobol-indices.js';
export { morrisDelta, morrisRows } from './morris.js';
export { elementaryEffects, morrisIndices, type FactorRange, type MorrisIndex, type MorrisIndexOptions } from './morris-indices.js';
export { bootstrapInterval, quantileSorted, type BootstrapOptions, type Interval } from './bootstrap.js';
export { noiseShare, replicateMeans } from './noise-share.js';
export { prim, type BoxLimit, type PrimBox, type PrimOptions, type PrimResult } from './prim.js';
export { boxConditions, describeBox, factorLabel, formatValue } from './describe-box.js';
export { MOSTLY_NOISE, boxBeatsBaseRate, clearMorrisLeader, factorsAboveNoise, mostlyNoise, wilsonLow, type MorrisLike, type SobolLike } from './claims.js';
