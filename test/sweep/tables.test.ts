import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { runsArrow } from '../../src/sweep/runs-arrow.js';
import { pointsCsv, runsTables } from '../../src/sweep/tables.js';

describe('final sweep tables', () => {
  it('order points by number whatever order they finished in', () => {
    const a = runsTables(new Map([[2, ['2,0,1,,all,K,0.3']], [0, ['0,0,1,,all,K,0.1', '0,1,2,,all,K,0.2']], [1, []]]));
    const b = runsTables(new Map([[1, []], [0, ['0,0,1,,all,K,0.1', '0,1,2,,all,K,0.2']], [2, ['2,0,1,,all,K,0.3']]]));
    expect(a['runs.csv']).toBe('point,replicate,seed,year,mode,metric,value\n0,0,1,,all,K,0.1\n0,1,2,,all,K,0.2\n2,0,1,,all,K,0.3\n');
    expect(Buffer.from(a['runs.arrow']).equals(Buffer.from(b['runs.arrow']))).toBe(true);
  });

  it('the Arrow copy reads back as the CSV rows, with typed columns and nulls for empty fields', () => {
    const lines = ['0,0,1,,all,K,0.25', '0,0,1,2020,shareholding,incomeMean,', '5,3,4,2035,all,incomeMean,-12.5'];
    const t = tableFromIPC(runsArrow(lines));
    expect(t.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual(['point:Int32', 'replicate:Int32', 'seed:Int32', 'year:Int32', 'mode:Dictionary<Int32, Utf8>', 'metric:Dictionary<Int32, Utf8>', 'value:Float64']);
    expect(t.toArray().map((r) => Object.values(r.toJSON()).map((v) => (v === null ? '' : String(v))).join(','))).toEqual(lines);
  });

  it('the Arrow bytes do not depend on how many tables were built before', () => {
    const first = runsArrow(['0,0,1,,all,K,0.25']);
    runsArrow(['1,0,1,,all,V,0.5']);
    expect(Buffer.from(runsArrow(['0,0,1,,all,K,0.25'])).equals(Buffer.from(first))).toBe(true);
  });

  it('points.csv prints values exactly and adds the variant column', () => {
    const text = pointsCsv({ columns: ['x', 'y'], variantNames: ['a', 'b'], rows: new Map([[1, [0.1 + 0.2, 'taper']], [0, [1 / 3, true]]]) });
    expect(text).toBe('point,variant,x,y\n0,a,0.3333333333333333,true\n1,b,0.30000000000000004,taper\n');
  });
});
