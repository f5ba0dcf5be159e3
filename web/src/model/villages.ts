/**
 * The two villages of the lesson, as scenario patches over one baseline (by default
 * scenarios/p-village.yaml, or the file the teacher loads). Both keep the baseline's
 * population, seed and policy calendar, so they start from the same people and the same
 * random draws (common random numbers: docs/results.md); only the modes differ.
 *
 * A third run, the baseline itself (modes mixed as the file says), is drawn as a grey line
 * for reference and is the run the page's numbers table can be checked against the CLI with.
 */

/** The runs the page shows. */
export const VILLAGES = ['transfusion', 'hematopoiesis', 'baseline'] as const;
export type VillageKey = (typeof VILLAGES)[number];

/** The two villages drawn side by side. */
export const SIDE_BY_SIDE = ['transfusion', 'hematopoiesis'] as const satisfies readonly VillageKey[];

/**
 * Scenario patches in scenario-file syntax (they go through the same loader and validation as
 * any file). `extends: BASELINE` is replaced by the loaded baseline's name.
 */
export const PATCHES: Record<Exclude<VillageKey, 'baseline'>, string> = {
  // "Blood transfusion": the village fund's dividends for every household, plus the transfers
  // that go with no mode (living support, pensions, monitoring top-ups); nothing to work at.
  // (Public-welfare posts go with the employment mode, so this village has none.)
  transfusion: `extends: BASELINE
modes:
  shareholding: { access: 1, eligible: all }
  cooperative: { access: 0 }
  individual: { access: 0 }
  employment: { access: 0 }
`,
  // "Hematopoiesis": cooperative places, workshop and enterprise jobs, and the weekend school
  // (training); no dividends. Cooperatives get room for the households they take in.
  hematopoiesis: `extends: BASELINE
modes:
  shareholding: { access: 0 }
  cooperative: { access: 0.8, eligible: all }
  individual: { access: 0 }
  employment: { access: 1, eligible: all }
cooperatives: { places: 40 }
`,
};

/** The name a patch is known by in messages and in the library: `village-transfusion`. */
export const patchName = (village: Exclude<VillageKey, 'baseline'>) => `village-${village}`;
