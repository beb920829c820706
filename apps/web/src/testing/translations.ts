import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATION_PARTS } from '@tryggplan/web/core';

export type TranslationTree = { [key: string]: string | TranslationTree };

const I18N = join(__dirname, '../../public/i18n');

/** One part's texts in one language, as the browser loads them. */
export function translationPart(part: string, lang: 'sv' | 'en'): TranslationTree {
  return JSON.parse(readFileSync(join(I18N, part, `${lang}.json`), 'utf8'));
}

/** All texts of one language, merged the way TranslocoHttpLoader merges them. */
export function translations(lang: 'sv' | 'en'): TranslationTree {
  return Object.assign({}, ...TRANSLATION_PARTS.map((part) => translationPart(part, lang)));
}
