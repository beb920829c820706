import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TranslocoTestingModule } from '@jsverse/transloco';

const I18N = join(__dirname, '../../../../../../apps/web/public/i18n');

function texts(lang: 'sv' | 'en') {
  const part = (name: string) => JSON.parse(readFileSync(join(I18N, name, `${lang}.json`), 'utf8'));
  return { ...part('core'), ...part('risks') };
}

/** Transloco with the real core and risks texts, Swedish first, for component specs of this lib. */
export function riskTransloco() {
  return TranslocoTestingModule.forRoot({
    langs: { sv: texts('sv'), en: texts('en') },
    translocoConfig: { availableLangs: ['sv', 'en'], defaultLang: 'sv' },
    preloadLangs: true,
  });
}
