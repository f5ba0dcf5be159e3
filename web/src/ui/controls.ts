/**
 * The settings panel: one labelled input per binding, its range from the schema, a description
 * written for a teacher in the page's language (`control.<id>.help`), and the scenario field,
 * range, default and source in its tooltip for those who write scenario files.
 */
import { BINDINGS, describeBinding, type Binding, type ControlValues } from '../model/bindings.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { citeSource } from '../../../src/scenario/cite-source.js';
import { formatNumber } from '../../../src/scenario/parameter-table.js';
import type { VillageKey } from '../model/villages.js';

export interface ControlsText {
  t(key: string, vars?: Record<string, string | number>): string;
}

/** Renders the panel; `onChange` fires when a value is committed (not on every drag step). */
export function renderControls(host: HTMLElement, scenarios: Record<VillageKey, Scenario>, values: ControlValues, text: ControlsText, onChange: (b: Binding, value: number | string) => void): void {
  host.replaceChildren();
  for (const b of BINDINGS) {
    const { row, min, max, values: options, value } = describeBinding(b, scenarios[b.villages[0]]);
    const id = `control-${b.id}`;
    const wrap = document.createElement('div');
    wrap.className = 'control';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = text.t(`control.${b.id}`);
    const help = text.t('control.schema', {
      path: b.paths.join(', '), unit: row.unit ?? '–', min: min ?? '–', max: max ?? '–',
      def: row.default === undefined ? '–' : typeof row.default === 'number' ? formatNumber(row.default, row.unit !== 'year') : String(row.default),
      source: row.source ? citeSource(row.source) : '–',
    });
    const current = values[b.id] ?? value;
    let input: HTMLInputElement | HTMLSelectElement;
    if (b.kind === 'select') {
      const select = document.createElement('select');
      const choices = [...(b.asScenario ? [''] : []), ...(options ?? [])];
      for (const c of choices) select.add(new Option(text.t(b.optionKey?.(c) ?? (c === '' ? 'option.asScenario' : `option.${c}`)), c));
      select.value = String(values[b.id] ?? (b.asScenario ? '' : value));
      select.addEventListener('change', () => onChange(b, select.value));
      input = select;
    } else {
      const el = document.createElement('input');
      el.type = b.kind === 'number' ? 'number' : 'range';
      if (min !== undefined) el.min = String(min);
      if (max !== undefined) el.max = String(max);
      el.step = String(b.step ?? 'any');
      el.value = String(current);
      const out = document.createElement('output');
      out.htmlFor.add(id);
      out.textContent = show(current, b);
      el.addEventListener('input', () => (out.textContent = show(el.value, b)));
      el.addEventListener('change', () => onChange(b, Number(el.value)));
      label.append(' ', out);
      input = el;
    }
    input.id = id;
    input.dataset.binding = b.id;
    input.dataset.path = b.paths[0];
    input.title = help;
    input.setAttribute('aria-description', help);
    const small = document.createElement('small');
    small.className = 'help';
    // For a teacher, in the page's language; the scenario field (for scenario files) stays in the tooltip.
    small.textContent = text.t(`control.${b.id}.help`);
    small.title = help;
    wrap.append(label, input, small);
    host.append(wrap);
  }
}

function show(value: number | string | undefined, b: Binding): string {
  const n = Number(value);
  if (b.id === 'lastSupportYear' || b.id === 'seed') return String(value);
  return Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : String(value);
}
