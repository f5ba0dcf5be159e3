/**
 * Colours from the Okabe-Ito palette (safe for the common colour-vision deficiencies), and a
 * second cue beside colour for the poverty status: each status has its own shape.
 */
import type { Status } from '../model/protocol.js';
import type { VillageKey } from '../model/villages.js';

export const STATUS_COLOUR: Record<Status, string> = { above: '#0072B2', atRisk: '#E69F00', poor: '#D55E00', gone: '#BBBBBB' };

/** SVG path of a status glyph of radius r centred at (0, 0): circle, triangle, square, small ring. */
export function statusGlyph(status: Status, r: number): string {
  switch (status) {
    case 'above': return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'atRisk': return `M0,${-r * 1.15}L${r * 1.1},${r * 0.8}L${-r * 1.1},${r * 0.8}Z`;
    case 'poor': { const q = r * 0.9; return `M${-q},${-q}H${q}V${q}H${-q}Z`; }
    case 'gone': { const q = r * 0.45; return `M${-q},0a${q},${q} 0 1,0 ${2 * q},0a${q},${q} 0 1,0 ${-2 * q},0Z`; }
  }
}

export const VILLAGE_COLOUR: Record<VillageKey, string> = { transfusion: '#CC79A7', hematopoiesis: '#009E73', baseline: '#777777' };
/** Transfusion and hematopoiesis shares use the villages' colours: pink for transfers, green for own work. */
export const SHARE_COLOUR = { transfusionShare: VILLAGE_COLOUR.transfusion, hematopoiesisShare: VILLAGE_COLOUR.hematopoiesis };
