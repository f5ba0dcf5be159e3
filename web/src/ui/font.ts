/**
 * The chart font of the reports (Noto Sans SC cut down to every character the catalogues use,
 * assets/fonts/, scripts/subset-chart-font.ts), inlined into the page as data: URIs, so a
 * machine without a Chinese font still shows the Chinese page, offline and from file:// (where
 * a font file beside the page would be refused as cross-origin).
 */
import regular from '../../../assets/fonts/NotoSansSC-charts-Regular.ttf?inline';
import bold from '../../../assets/fonts/NotoSansSC-charts-Bold.ttf?inline';

/** The family the page's CSS and charts name first. */
export const PAGE_FONT_FAMILY = 'Noto Sans SC';

/** Adds the two @font-face rules to the document. */
export function embedFont(doc: Document): void {
  const style = doc.createElement('style');
  style.id = 'embedded-font';
  style.textContent = [[regular, 400], [bold, 700]].map(([src, weight]) => `@font-face{font-family:'${PAGE_FONT_FAMILY}';font-weight:${weight};src:url(${src}) format('truetype')}`).join('\n');
  doc.head.append(style);
}
