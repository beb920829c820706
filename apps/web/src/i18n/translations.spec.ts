import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATION_PARTS, translationPart, translations, TranslationTree } from '../testing/translations';

const sv = translations('sv');
const en = translations('en');

type Tree = TranslationTree;

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function valueAt(tree: Tree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
}

const ROOTS = ['apps/web/src', 'libs/web'].map((dir) => join(__dirname, '../../../..', dir));
const KEY = new RegExp(`['"]((?:${Object.keys(sv).join('|')})(?:\\.[A-Za-z0-9]+)+)['"]`, 'g');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('translations', () => {
  const svKeys = keysOf(sv as Tree);
  const enKeys = keysOf(en as Tree);

  it('gives every top-level key to one part only', () => {
    const owners = TRANSLATION_PARTS.flatMap((part) => Object.keys(translationPart(part, 'sv')));
    expect(owners.length).toBe(new Set(owners).size);
  });

  it('has the same keys in Swedish and English', () => {
    expect([...enKeys].sort()).toEqual([...svKeys].sort());
  });

  it('has no empty texts', () => {
    for (const [lang, tree, keys] of [
      ['sv', sv, svKeys],
      ['en', en, enKeys],
    ] as const) {
      for (const key of keys)
        expect(`${lang}:${key}:${valueAt(tree as Tree, key) ? 'ok' : 'empty'}`).toBe(`${lang}:${key}:ok`);
    }
  });

  it('has a text for every key the code uses', () => {
    const used = new Set<string>();
    for (const file of ROOTS.flatMap(sourceFiles)) {
      for (const match of readFileSync(file, 'utf8').matchAll(KEY)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => typeof valueAt(sv as Tree, key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('shows the tile note in both languages as agreed', () => {
    expect(valueAt(sv as Tree, 'map.tilesUnavailable')).toBe('Bakgrundskartan är inte tillgänglig');
    expect(valueAt(en as Tree, 'map.tilesUnavailable')).toBe('The background map is unavailable');
  });
});
