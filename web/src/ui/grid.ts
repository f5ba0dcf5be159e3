/**
 * The household grid: one glyph per household (by stable id, so a household keeps its place),
 * its colour and shape the poverty status, its numbers on hover (a tooltip) and in its
 * accessible name (an SVG <title>).
 */
import type { HouseholdYear } from '../model/protocol.js';
import { STATUS_COLOUR, statusGlyph } from './palette.js';

const SVG = 'http://www.w3.org/2000/svg';

export interface GridText {
  describe(h: HouseholdYear): string;
  label: string;
}

export class HouseholdGrid {
  private glyphs = new Map<number, { path: SVGPathElement; title: SVGTitleElement }>();
  private readonly svg: SVGSVGElement;
  private current: HouseholdYear[] = [];
  private text: GridText = { describe: () => '', label: '' };

  constructor(private readonly host: HTMLElement, private readonly tooltip: HTMLElement) {
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('role', 'img');
    host.append(this.svg);
    this.svg.addEventListener('mousemove', (e) => this.hover(e));
    this.svg.addEventListener('mouseleave', () => (this.tooltip.hidden = true));
  }

  /** Lays out glyphs for every household that ever exists in the run (the last year lists them all). */
  layout(all: HouseholdYear[]): void {
    this.svg.replaceChildren();
    this.glyphs.clear();
    const width = 440, height = 170;
    const n = Math.max(1, all.length);
    const cols = Math.max(1, Math.ceil(Math.sqrt((n * width) / height)));
    const rows = Math.ceil(n / cols);
    const cell = Math.min(width / cols, height / rows);
    this.svg.setAttribute('viewBox', `0 0 ${cols * cell} ${rows * cell}`);
    all.forEach((h, i) => {
      const g = document.createElementNS(SVG, 'path');
      g.setAttribute('transform', `translate(${(i % cols) * cell + cell / 2},${Math.floor(i / cols) * cell + cell / 2})`);
      g.dataset.id = String(h.id);
      g.dataset.r = String(cell * 0.36);
      const title = document.createElementNS(SVG, 'title');
      g.append(title);
      this.svg.append(g);
      this.glyphs.set(h.id, { path: g, title });
    });
  }

  /** Shows one year: households not yet formed are hidden. */
  show(year: HouseholdYear[], text: GridText): void {
    this.text = text;
    this.current = year;
    this.svg.setAttribute('aria-label', text.label);
    const present = new Set<number>();
    for (const h of year) {
      const glyph = this.glyphs.get(h.id);
      if (!glyph) continue;
      present.add(h.id);
      const r = Number(glyph.path.dataset.r);
      glyph.path.setAttribute('d', statusGlyph(h.status, r));
      glyph.path.setAttribute('fill', h.status === 'gone' ? 'none' : STATUS_COLOUR[h.status]);
      glyph.path.setAttribute('stroke', h.status === 'gone' ? STATUS_COLOUR.gone : '#ffffff');
      glyph.path.setAttribute('stroke-width', String(r * 0.18));
      glyph.path.dataset.status = h.status;
      glyph.title.textContent = text.describe(h);
    }
    for (const [id, glyph] of this.glyphs) glyph.path.style.visibility = present.has(id) ? 'visible' : 'hidden';
  }

  private hover(e: MouseEvent): void {
    const target = (e.target as Element).closest('path');
    const h = target && this.current.find((x) => String(x.id) === (target as SVGPathElement).dataset.id);
    if (!h) { this.tooltip.hidden = true; return; }
    this.tooltip.textContent = this.text.describe(h);
    this.tooltip.hidden = false;
    this.tooltip.style.left = `${Math.min(e.clientX + 14, window.innerWidth - 260)}px`;
    this.tooltip.style.top = `${Math.min(e.clientY + 14, window.innerHeight - 120)}px`;
  }
}
