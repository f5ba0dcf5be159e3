/**
 * The font files PNG rendering uses: Noto Sans SC (Latin and Chinese, OFL-1.1), cut down to
 * the characters charts draw (assets/fonts/, made by scripts/subset-chart-font.ts from the npm
 * package @expo-google-fonts/noto-sans-sc). Bundled, so a machine with no CJK font still draws
 * Chinese and no system font can make two machines' PNGs differ; cut down, because resvg draws
 * text about ten times faster with a small font than with the full 10 MB one.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHART_FONT_FAMILY = 'Noto Sans SC';

/** The catalogues whose characters the font holds: the reports' and the classroom page's (which embeds it too). */
export const CHART_FONT_CATALOGUES = ['src/report/messages-en.ts', 'src/report/messages-zh.ts', 'src/report/summary-messages.ts', 'web/src/i18n/en.ts', 'web/src/i18n/zh.ts'] as const;

/** The package root: the same code runs from src/charts (tsx, vitest) and dist/src/charts (built). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('ipasim package root not found');
    dir = up;
  }
  return dir;
}

/** Paths of the regular and bold TTF, or null when they are missing (then no PNGs; the caller says so). */
export function chartFontFiles(): string[] | null {
  const root = packageRoot();
  const files = ['Regular', 'Bold'].map((w) => join(root, `assets/fonts/NotoSansSC-charts-${w}.ttf`));
  return files.every((f) => existsSync(f)) ? files : null;
}

/** The characters the subset font must hold: printable ASCII, Latin-1, chart punctuation, and every character of `text`. */
export function chartFontCharacters(text: string): string {
  const set = new Set<string>();
  for (let c = 0x20; c < 0x7f; c++) set.add(String.fromCharCode(c));
  for (let c = 0xa0; c <= 0xff; c++) set.add(String.fromCharCode(c));
  for (const c of '–—−‘’“”…·×≥≤°•→、。，：；（）！？《》「」【】％') set.add(c);
  for (const c of text) if (c.codePointAt(0)! >= 0x20) set.add(c);
  return [...set].sort().join('');
}
