/**
 * The two villages of the lesson, as scenario patches over one baseline (by default
 * scenarios/p-village.yaml, or the file the teacher loads). A patch holds policy settings
 * only: which modes households get access to and who is eligible (and, where a village needs
 * it, the instruments). Everything else (population, economy, institutions such as the size of
 * a cooperative, behaviour, seed) stays the baseline's, so the villages start from the same
 * people and the same random draws (common random numbers: docs/results.md) and any difference
 * in outcome comes from the policy, not from a village given more room to succeed.
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
 * any file). `extends: BASELINE` is replaced by the loaded baseline's name. Only the top-level
 * sections in POLICY_SECTIONS may appear (test/web/bindings.test.ts checks).
 */
export const PATCHES: Record<Exclude<VillageKey, 'baseline'>, string> = {
  // "Blood transfusion": the village fund's dividends for every household, plus what goes with
  // no mode (the minimum living guarantee, pensions, the monitoring's grants and inclusion in
  // the guarantee); no cooperative, grant of animals, job matching or training. Public-welfare
  // posts go with the employment mode, so this village has none (nor can the monitoring offer one).
  transfusion: `extends: BASELINE
modes:
  shareholding: { access: 1, eligible: all }
  cooperative: { access: 0 }
  individual: { access: 0 }
  employment: { access: 0 }
`,
  // "Hematopoiesis": cooperative places, workshop and enterprise jobs, welfare posts and the
  // weekend school (training); no dividends. A cooperative keeps the baseline's number of member
  // places (cooperatives.places, an institution's capacity with its own prior, not a policy):
  // in P village 4 x 20 places for 120 households offered one, so places stay rationed, as
  // the model means them to be.
  hematopoiesis: `extends: BASELINE
modes:
  shareholding: { access: 0 }
  cooperative: { access: 0.8, eligible: all }
  individual: { access: 0 }
  employment: { access: 1, eligible: all }
`,
};

/** The scenario sections that are policy: what a village patch may set. */
export const POLICY_SECTIONS = ['modes', 'policy'] as const;

/** The name a patch is known by in messages and in the library: `village-transfusion`. */
export const patchName = (village: Exclude<VillageKey, 'baseline'>) => `village-${village}`;
