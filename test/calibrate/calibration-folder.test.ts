import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { calibrationId, commitCandidates, completedRecords, openCalibrationFolder, readCommitted, writeRecord, type CalibrationManifest, type GenerationRecord } from '../../src/calibrate/calibration-folder.js';

const manifest = (seed = 3): CalibrationManifest => ({
  kind: 'ipasim-calibration', name: 'tiny', targetsFile: 'tiny.yaml', scenarioFile: 'scen.yaml', hash: 'abcd1234', parameters: [{ path: 'x', min: 0, max: 1, integer: false }],
  seeds: [seed], settings: { particles: 2, essFraction: 0.5, finalMoves: 1, maxGenerations: 2 }, ipasimVersion: '0.1.0', gitCommit: null, node: 'v20',
  resolvedTargets: { seed }, resolvedScenario: { seed: 1 },
});
const record: GenerationRecord = {
  state: { generation: 0, beta: 0, particles: [[0.25], [0.75]], loglik: [-1.5, -Infinity], stageLoglik: [[-1.5], [-Infinity]], movesAtOne: 0, acceptance: 1, ess: 2, moved: [true, true] },
  origins: [[0, 0], [0, 1]],
};

/** A calibration folder with generation 0 complete: two batches, then its state. */
function folder(seed = 3): string {
  const dir = join(tempDir('ipasim-calfolder-'), 'cal');
  openCalibrationFolder(dir, manifest(seed));
  commitCandidates(dir, 0, 'all', 1, new Map([[0, ['0,0,3,80.1']]]));
  commitCandidates(dir, 0, 'all', 2, new Map([[1, ['1,0,3,']]]));
  writeRecord(dir, record);
  return dir;
}

describe('a calibration folder', () => {
  it('reads back its completed generations and their candidates\' lines, -Infinity included', () => {
    const dir = folder();
    expect(completedRecords(dir)).toEqual([record]);
    expect([...readCommitted(dir, 0)]).toEqual([[0, ['0,0,3,80.1']], [1, ['1,0,3,']]]);
    expect(JSON.parse(readFileSync(join(dir, 'gen-000/state.json'), 'utf8')).integrity).toMatchObject({ of: calibrationId(dir), files: { 'batch-all-000001.csv': { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }, 'batch-all-000002.csv': { bytes: expect.any(Number) } } });
  });

  it('refuses an edited manifest, and the state and batches of another calibration', () => {
    const dir = folder();
    const other = folder(4);
    cpSync(join(other, 'gen-000/state.json'), join(dir, 'gen-000/state.json'));
    expect(() => completedRecords(dir)).toThrow(/gen-000\/state\.json belongs to another calibration/);
    const edited = folder();
    const file = join(edited, 'manifest.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"node": "v20"', '"node": "v22"'));
    expect(() => completedRecords(edited)).toThrow(/manifest\.json is damaged or was edited/);
  });

  it('refuses a batch of a completed generation that is missing, changed or added afterwards, saying to remove the state too', () => {
    let dir = folder();
    rmSync(join(dir, 'gen-000/batches/batch-all-000002.csv'));
    expect(() => completedRecords(dir)).toThrow(/batch-all-000002\.csv is missing \(state\.json records it\): remove .*gen-000\/state\.json and this batch file/);
    dir = folder();
    const batch = join(dir, 'gen-000/batches/batch-all-000001.csv');
    writeFileSync(batch, readFileSync(batch, 'utf8').replace('80.1', '80.2'));
    expect(() => completedRecords(dir)).toThrow(/batch-all-000001\.csv is damaged \(its SHA-256 differs/);
    dir = folder();
    commitCandidates(dir, 0, '1of2', 1, new Map([[2, ['2,0,3,70']]]));
    expect(() => completedRecords(dir)).toThrow(/batch-1of2-000001\.csv is not among the batches .*state\.json was computed from \(it was added afterwards\): remove it/);
  });

  it('refuses a batch of an open generation that is cut short, saying its candidates will run again', () => {
    const dir = folder();
    commitCandidates(dir, 1, 'all', 1, new Map([[0, ['0,0,3,80.5']], [1, ['1,0,3,79']]]));
    const batch = join(dir, 'gen-001/batches/batch-all-000001.csv');
    writeFileSync(batch, readFileSync(batch, 'utf8').split('\n').slice(0, 2).join('\n') + '\n');
    expect(() => readCommitted(dir, 1)).toThrow(/damaged batch file .*batch-all-000001\.csv \(no end line: cut short\): remove it and run the same command again: its candidates will be run again/);
  });
});
