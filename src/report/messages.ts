/**
 * The one message catalogue of charts and reports, in English and Chinese: every label,
 * title and reading comes from here, so a language is complete or the type check fails.
 */
import { en } from './messages-en.js';
import { zh } from './messages-zh.js';

export type Messages = typeof en;
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export function messages(lang: Lang): Messages {
  return lang === 'zh' ? zh : en;
}
