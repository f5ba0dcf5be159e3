/**
 * Writes assets/fonts/NotoSansSC-charts-{Regular,Bold}.ttf: Noto Sans SC (from the npm package
 * @expo-google-fonts/noto-sans-sc, OFL-1.1) cut down to printable ASCII, Latin-1, the
 * punctuation charts use, and every character of the message catalogues (src/report/messages-*.ts,
 * summary-messages.ts, and the classroom page's web/src/i18n/zh.ts, which embeds the same font).
 *
 * Why: resvg takes about ten times longer to draw text with the full 10 MB font than with a
 * small one, and charts are drawn on every `ipasim run`. Rerun after adding Chinese text to
 * the catalogue (`npx tsx scripts/subset-chart-font.ts`); test/charts/chart-font.test.ts fails
 * until you do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// @ts-expect-error subset-font ships no types
import subsetFont from 'subset-font';
import { CHART_FONT_CATALOGUES, chartFontCharacters } from '../src/charts/chart-font.js';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
const text = chartFontCharacters(CHART_FONT_CATALOGUES.map((f) => readFileSync(f, 'utf8')).join(''));

for (const [weight, file] of [['Regular', '400Regular/NotoSansSC_400Regular.ttf'], ['Bold', '700Bold/NotoSansSC_700Bold.ttf']]) {
  const out = await subsetFont(readFileSync(join(root, file)), text, { targetFormat: 'truetype' });
  writeFileSync(`assets/fonts/NotoSansSC-charts-${weight}.ttf`, out);
  console.log(`assets/fonts/NotoSansSC-charts-${weight}.ttf: ${out.length} bytes`);
}
writeFileSync('assets/fonts/NotoSansSC-charts.txt', text + '\n');
