import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntegrityError, parseManifest, readVerified, recordOf, sealManifest, tableRows } from '../../src/io/integrity.js';
import { tempDir } from '../temp-dir.js';

describe('integrity records', () => {
  it('count the data rows of a table, its bytes and its SHA-256', () => {
    expect(tableRows('a,b\n1,2\n3,4\n')).toBe(2);
    expect(recordOf('t.csv', 'a,b\n1,2\n')).toEqual({ bytes: 8, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), rows: 1 });
    expect(recordOf('s.json', '{}\n')).not.toHaveProperty('rows');
  });

  it('a sealed manifest reads back, and an edited one is refused naming the file', () => {
    const text = JSON.stringify(sealManifest({ scenario: 'p', seeds: [1, 2] }, { 'y.csv': recordOf('y.csv', 'h\n1\n') }), null, 2);
    expect(parseManifest(text, 'dir/manifest.json', 'rerun').files).toEqual({ 'y.csv': recordOf('y.csv', 'h\n1\n') });
    expect(() => parseManifest(text.replace('"seeds": [\n    1', '"seeds": [\n    7'), 'dir/manifest.json', 'rerun')).toThrow(/dir\/manifest\.json is damaged or was edited.*: rerun/);
    expect(() => parseManifest(text.slice(0, -3), 'dir/manifest.json', 'rerun')).toThrow(IntegrityError);
    expect(() => parseManifest('{"scenario":"p"}', 'dir/manifest.json', 'rerun')).toThrow(/has no integrity record/);
    expect(parseManifest('{"scenario":"p"}', 'm.json', 'rerun', 'optional').files).toBeNull();
  });

  it('a truncated table, one that lost a row, or one with a changed digit is refused with the file and the remedy', () => {
    const dir = tempDir('ipasim-integrity-');
    const text = 'year,value\n2024,5230.82\n2025,5300\n';
    const records = { 'y.csv': recordOf('y.csv', text) };
    writeFileSync(join(dir, 'y.csv'), text);
    expect(readVerified(dir, 'y.csv', records, 'rerun').toString()).toBe(text);
    writeFileSync(join(dir, 'y.csv'), text.slice(0, -11));
    expect(() => readVerified(dir, 'y.csv', records, 'rerun it')).toThrow(new RegExp(`${join(dir, 'y.csv')} is damaged \\(\\d+ bytes, 34 recorded: truncated\\): rerun it`));
    writeFileSync(join(dir, 'y.csv'), text.replace('5230.82', '5230.88'));
    expect(() => readVerified(dir, 'y.csv', records, 'rerun')).toThrow(/SHA-256 differs/);
    writeFileSync(join(dir, 'y.csv'), text.replace('2025,5300\n', '2025,530,\n'));
    expect(() => readVerified(dir, 'y.csv', records, 'rerun')).toThrow(/SHA-256/);
    expect(() => readVerified(dir, 'z.csv', records, 'rerun')).toThrow(/records no such file/);
  });
});
