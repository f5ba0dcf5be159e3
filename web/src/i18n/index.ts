/** The two catalogues and a lookup with `{name}` placeholders. */
import { en, type Catalogue, type MessageKey } from './en.js';
import { zh } from './zh.js';

export const LANGUAGES = { en, zh } as const satisfies Record<string, Catalogue>;
export type Language = keyof typeof LANGUAGES;
export type { MessageKey };

/** The message `key` in `lang`, placeholders filled; throws for a key no catalogue has (a typo must fail loudly). */
export function translate(lang: Language, key: string, vars: Record<string, string | number> = {}): string {
  const text = (LANGUAGES[lang] as Record<string, string>)[key];
  if (text === undefined) throw new Error(`no message "${key}" in the ${lang} catalogue`);
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
