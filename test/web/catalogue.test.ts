import { describe, expect, it } from 'vitest';
import { BINDINGS, describeBinding } from '../../web/src/model/bindings.js';
import { en } from '../../web/src/i18n/en.js';
import { LANGUAGES, translate } from '../../web/src/i18n/index.js';
import { LESSON, lessonKeys } from '../../web/src/model/lesson.js';
import { NUMBERS_METRICS } from '../../web/src/model/findings.js';
import { zh } from '../../web/src/i18n/zh.js';
import { resolveRuns } from '../../web/src/model/resolve.js';
import { readFileSync } from 'node:fs';

const baseline = { file: 'p-village.yaml', text: readFileSync('scenarios/p-village.yaml', 'utf8') };

describe('the language catalogues', () => {
  it('have exactly the same keys in English and Chinese, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [lang, catalogue] of Object.entries(LANGUAGES))
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(names(zh[key]), key).toEqual(names(en[key]));
  });

  it('hold every part of every lesson step, translated (the Chinese text is not the English one)', () => {
    expect(LESSON.length).toBeGreaterThanOrEqual(5);
    expect(LESSON.length).toBeLessThanOrEqual(6);
    for (const key of lessonKeys()) {
      expect(en, key).toHaveProperty([key]);
      expect(zh, key).toHaveProperty([key]);
      expect(translate('zh', key)).not.toBe(translate('en', key));
      expect(translate('zh', key)).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('name every control and every option a control offers', () => {
    for (const b of BINDINGS) {
      expect(en, b.id).toHaveProperty([`control.${b.id}`]);
      if (b.kind !== 'select') continue;
      const { values } = describeBinding(b, {} as never);
      for (const v of values ?? []) expect(en, v).toHaveProperty([b.optionKey?.(v) ?? `option.${v}`]);
      if (b.asScenario) expect(en).toHaveProperty([b.optionKey?.('') ?? 'option.asScenario']);
    }
  });

  it('caption every table of the Numbers tab', () => {
    for (const m of NUMBERS_METRICS) expect(en, m).toHaveProperty([`numbers.metric.${m}`]);
  });

  it('no lesson text states a figure or says households are topped up to the line (results are findings, computed)', () => {
    const statics = [...lessonKeys(), ...Object.keys(en).filter((k) => k.startsWith('control.') || k.startsWith('option.') || k.startsWith('tip.') || k.startsWith('status.'))];
    for (const key of statics)
      for (const lang of ['en', 'zh'] as const) {
        const text = translate(lang, key);
        expect(text, `${lang} ${key}`).not.toMatch(/top(ped|s)? up|补足到|\d\s*%|百分之/i);
      }
  });

  it('fails loudly for a key no catalogue has', () => {
    expect(() => translate('en', 'lesson.nope.title')).toThrow(/no message/);
  });
});

describe('the lesson steps', () => {
  it('set only existing controls, to values within the schema range or among its choices', async () => {
    const scenarios = await resolveRuns(baseline, {}, {});
    for (const step of LESSON) {
      for (const [id, value] of Object.entries(step.settings)) {
        const b = BINDINGS.find((x) => x.id === id);
        expect(b, `${step.id}: ${id}`).toBeDefined();
        const d = describeBinding(b!, scenarios[b!.villages[0]]);
        if (typeof value === 'string') expect(d.values, `${step.id}: ${id}`).toContain(value);
        else {
          expect(value).toBeGreaterThanOrEqual(d.min!);
          expect(value).toBeLessThanOrEqual(d.max!);
        }
      }
      // And the scenarios they give are valid (the loader throws otherwise), with the shipped designs the page bundles.
      await resolveRuns(baseline, { 'p-village': baseline.text, 'p-village-withdrawal': readFileSync('scenarios/p-village-withdrawal.yaml', 'utf8') }, step.settings);
    }
  });
});
