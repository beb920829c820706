import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type TranslationTree = { [key: string]: string | TranslationTree };

const I18N = join(__dirname, '../../public/i18n');

/** The parts the texts are written in, one folder each; tools/merge-texts.mjs merges them for the browser. */
export const TRANSLATION_PARTS = readdirSync(I18N, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** One part's texts in one language, as the browser loads them. */
export function translationPart(part: string, lang: 'sv' | 'en'): TranslationTree {
  return JSON.parse(readFileSync(join(I18N, part, `${lang}.json`), 'utf8'));
}

/** All texts of one language, merged the way tools/merge-texts.mjs merges them. */
export function translations(lang: 'sv' | 'en'): TranslationTree {
  return Object.assign({}, ...TRANSLATION_PARTS.map((part) => translationPart(part, lang)));
}
