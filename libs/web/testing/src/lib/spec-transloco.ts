import { TranslocoTestingModule } from '@jsverse/transloco';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const I18N = join(__dirname, '../../../../../apps/web/public/i18n');

/** The app's real texts of the given parts (`core`, `incidents`, …) in one language, merged. */
export function specTexts(parts: readonly string[], lang: 'sv' | 'en'): Record<string, unknown> {
  return Object.assign(
    {},
    ...parts.map((part) => JSON.parse(readFileSync(join(I18N, part, `${lang}.json`), 'utf8'))),
  );
}

/** Transloco with the real texts of the given parts, Swedish first, for component specs. */
export function specTransloco(parts: readonly string[]) {
  return TranslocoTestingModule.forRoot({
    langs: { sv: specTexts(parts, 'sv'), en: specTexts(parts, 'en') },
    translocoConfig: { availableLangs: ['sv', 'en'], defaultLang: 'sv' },
    preloadLangs: true,
  });
}
