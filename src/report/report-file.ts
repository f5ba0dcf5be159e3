/**
 * File names of a report by language, so the English and Chinese reports of one folder sit
 * side by side instead of overwriting each other: report.html and charts/<id>.svg in
 * English, report.zh.html and charts/<id>.zh.svg in Chinese.
 */
import type { Lang } from './messages.js';

export function reportFileName(lang: Lang): string {
  return lang === 'en' ? 'report.html' : `report.${lang}.html`;
}

/** What goes between a chart's id and its extension: nothing in English, `.zh` in Chinese. */
export function chartSuffix(lang: Lang): string {
  return lang === 'en' ? '' : `.${lang}`;
}
