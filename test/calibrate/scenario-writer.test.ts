import { describe, expect, it } from 'vitest';
import { calibratedBy, writeCalibratedValues } from '../../src/calibrate/scenario-writer.js';

const TEXT = `# A question.
name: p-village # the name
seed: 1
demography:
  # how people move
  return: 0.01 # an old note
  births: 0.03
`;

describe('writing calibrated values into a scenario file', () => {
  it('sets each value with its provenance and keeps every other field and comment', () => {
    const out = writeCalibratedValues(TEXT, [{ path: 'demography.return', value: 0.0123 }, { path: 'awareness.noise', value: 0.2 }], 'calibration/p-village.yaml', {});
    expect(out).toBe(`# A question.
name: p-village # the name
seed: 1
demography:
  # how people move
  return: 0.0123 # calibrated: calibration/p-village.yaml
  births: 0.03
awareness:
  noise: 0.2 # calibrated: calibration/p-village.yaml
`);
    expect(calibratedBy(out)).toEqual(['calibration/p-village.yaml']);
  });

  it('writes a list the file leaves at its default with each entry named, not as a map keyed "0"', () => {
    const out = writeCalibratedValues('name: x\n', [{ path: 'villages.0.landPerPerson', value: 3.2 }], 't.yaml', { villages: [{ name: 'P', households: 150 }] });
    expect(out).toBe('name: x\nvillages:\n  - name: P\n    landPerPerson: 3.2 # calibrated: t.yaml\n');
  });

  it('sets a value inside a list the file already has', () => {
    const out = writeCalibratedValues('villages:\n  - name: A\n    households: 40\n', [{ path: 'villages.0.landPerPerson', value: 2 }], 't.yaml', { villages: [{ name: 'A' }] });
    expect(out).toBe('villages:\n  - name: A\n    households: 40\n    landPerPerson: 2 # calibrated: t.yaml\n');
  });
});
