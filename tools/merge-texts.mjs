// The web app's texts are written in parts, one folder per feature under apps/web/public/i18n; the
// browser loads one file per language, merged here before the build: one request instead of one per part.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PARTS = join(root, 'apps/web/public/i18n');
const OUT = join(root, 'apps/web/.generated/i18n');
const LANGUAGES = ['sv', 'en'];

const parts = readdirSync(PARTS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

mkdirSync(OUT, { recursive: true });
for (const lang of LANGUAGES) {
  const merged = {};
  const owner = {};
  for (const part of parts) {
    const texts = JSON.parse(readFileSync(join(PARTS, part, `${lang}.json`), 'utf8'));
    for (const key of Object.keys(texts)) {
      if (key in merged) throw new Error(`i18n: "${key}" is in both ${owner[key]} and ${part} (${lang})`);
      merged[key] = texts[key];
      owner[key] = part;
    }
  }
  writeFileSync(join(OUT, `${lang}.json`), JSON.stringify(merged));
}
console.log(
  `texts: ${parts.length} parts merged into ${LANGUAGES.map((lang) => `i18n/${lang}.json`).join(', ')}`,
);
