/** The one table of income sources (sources.ts): NBS classes and the model's own flags. */
import { describe, expect, it } from 'vitest';
import { CLASS_OF, DISCRETIONARY, HEMATOPOIESIS, MEANS_TESTED, NAMED_SOURCES, NBS_CLASSES, SOURCES, SOURCE_TABLE, TRANSFUSION, namedSources, sourcesOfClass, type Source } from '../../src/engine/sources.js';

const rowOf = (name: Source) => SOURCE_TABLE.find((r) => r.name === name)!;

describe('the table of income sources', () => {
  it('gives every source exactly one of the four NBS classes, and every class some source', () => {
    expect(new Set(SOURCES).size).toBe(SOURCES.length);
    for (const r of SOURCE_TABLE) expect(NBS_CLASSES).toContain(r.nbs);
    const byClass = NBS_CLASSES.flatMap((c) => sourcesOfClass(c));
    expect([...byClass].sort()).toEqual([...SOURCES].sort());
    for (const c of NBS_CLASSES) expect(sourcesOfClass(c).length).toBeGreaterThan(0);
    SOURCES.forEach((s, k) => expect(NBS_CLASSES[CLASS_OF[k]]).toBe(rowOf(s).nbs));
  });

  it('splits the sources into self-made and transfusion, with no source in both', () => {
    expect([...HEMATOPOIESIS, ...TRANSFUSION].sort()).toEqual([...SOURCES].sort());
    for (const s of HEMATOPOIESIS) expect(TRANSFUSION).not.toContain(s);
  });

  it('books migrants by the NBS rule of residence: a tied migrant\'s earnings are wages, what a member settled away sends a transfer, both the family\'s own', () => {
    expect(rowOf('migrantWages')).toMatchObject({ nbs: 'wages', transfusion: false });
    expect(rowOf('remittances')).toMatchObject({ nbs: 'transfers', transfusion: false });
  });

  it('books public money as transfusion in the class of the payment: fund dividends property, welfare posts wages, the subsidised parts of cooperative and workshop pay in their payment\'s class', () => {
    expect(rowOf('dividends')).toMatchObject({ nbs: 'property', transfusion: true });
    expect(rowOf('welfarePosts')).toMatchObject({ nbs: 'wages', transfusion: true });
    for (const [own, funded] of [['cooperative', 'cooperativePaySubsidy'], ['cooperativeSurplus', 'cooperativeSurplusSubsidy'], ['workshop', 'workshopSubsidy']] as [Source, Source][]) {
      expect(rowOf(own).transfusion).toBe(false);
      expect(rowOf(funded).transfusion).toBe(true);
      expect(rowOf(funded).nbs).toBe(rowOf(own).nbs);
    }
    for (const s of ['livingSupport', 'pension', 'insurance', 'monitoring', 'grants'] as Source[]) expect(rowOf(s)).toMatchObject({ nbs: 'transfers', transfusion: true });
  });

  it('marks the guarantee and monitoring support means-tested, monitoring and one-off grants discretionary', () => {
    expect([...MEANS_TESTED].sort()).toEqual(['livingSupport', 'monitoring']);
    expect([...DISCRETIONARY].sort()).toEqual(['grants', 'monitoring']);
  });

  it('says under which of the survey\'s categories (001 T4) a household names each source, every category some source', () => {
    for (const c of NAMED_SOURCES) expect(namedSources(c).length, c).toBeGreaterThan(0);
    expect(namedSources('wages')).toContain('migrantWages');
    expect(namedSources('breeding')).toEqual(expect.arrayContaining(['breeding', 'cooperative', 'cooperativePaySubsidy']));
    expect(namedSources('poverty-alleviation funds')).toEqual(expect.arrayContaining(['dividends', 'cooperativeSurplus', 'cooperativeSurplusSubsidy']));
  });
});
