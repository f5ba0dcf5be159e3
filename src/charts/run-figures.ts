/** The figures of one run, in the order the report tells the story. */
import type { Figure } from './figure.js';
import type { RunData } from './run-data.js';
import { compositionFigure } from './run/composition-figure.js';
import { empowermentFigure } from './run/empowerment-figure.js';
import { fiscalFigure } from './run/fiscal-figure.js';
import { incomeFigure } from './run/income-figure.js';
import { participationFigure } from './run/participation-figure.js';
import { povertyFigure } from './run/poverty-figure.js';
import { surveyFigure } from './run/survey-figure.js';

export const RUN_FIGURES: readonly Figure<RunData>[] = [
  incomeFigure, compositionFigure, povertyFigure, empowermentFigure, participationFigure, fiscalFigure, surveyFigure,
];
