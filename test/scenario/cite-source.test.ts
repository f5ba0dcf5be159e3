import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { citeInText, citeSource } from '../../src/scenario/cite-source.js';
import { parameterRows } from '../../src/scenario/parameter-table.js';
import { Scenario } from '../../src/scenario/schema.js';

describe('sources cited by author and table', () => {
  it('turns the schema\'s codes into author, table and section', () => {
    expect(citeSource('001 T2')).toBe('Cao and Li, Table 2');
    expect(citeSource('001 T3 (r = -0.499)')).toBe('Cao and Li, Table 3 (r = -0.499)');
    expect(citeSource('001 §4.2')).toBe('Cao and Li, §4.2');
    expect(citeSource('004')).toBe('Zhai, Yang, Zhang and Guo (2021)');
    expect(citeSource('003')).toBe('China News Service, 3 November');
    expect(citeSource('000; 002 §3.3')).toMatch(/^Industrial .*; Targeted .*, §3\.3$/);
    expect(citeSource('assumption')).toBe('assumption');
  });

  it('cites codes inside running text and leaves other numbers alone', () => {
    expect(citeInText('the survey reached 76 in P village, 001 §3')).toBe('the survey reached 76 in P village, Cao and Li, §3');
    expect(citeInText('compared with 001 Tables 2-4 (fieldwork)')).toBe('compared with Cao and Li, Tables 2-4 (fieldwork)');
    expect(citeInText('(001 T1 social status; value assumed)')).toBe('(Cao and Li, Table 1 social status; value assumed)');
    expect(citeInText('as in 004, 2,000 yuan or 1000 heads')).toBe('as in Zhai, Yang, Zhang and Guo (2021), 2,000 yuan or 1000 heads');
  });

  it('every source code the schema uses has a full reference in docs/references.md', () => {
    const refs = readFileSync('docs/references.md', 'utf8');
    const codes = new Set(parameterRows(Scenario).flatMap((r) => (r.source ?? '').split(/;\s*/)).map((s) => s.slice(0, 3)).filter((s) => /^\d{3}$/.test(s)));
    expect(codes.size).toBeGreaterThan(3);
    for (const code of codes) {
      expect(refs, code).toMatch(new RegExp(`^## ${code}\\b`, 'm'));
      expect(citeSource(code), code).not.toBe(code);
    }
    expect(refs).toContain('Revista de Cercetare si Interventie Sociala');
    expect(refs).toContain('Soochow University');
  });
});
