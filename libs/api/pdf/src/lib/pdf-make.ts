import { dirname, resolve } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { TEXT_FONT } from '@tryggplan/shared/domain';
import { inPrintFonts } from '@tryggplan/shared/briefing';
import { FONT_FILES, FONT_PATHS } from './pdf-font-files';
import { measureSvgsByTheirRootTag, SvgMeasure } from './svg-size';

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake: PdfMake = require('pdfmake');

/** The bits of fontkit's parsed font and subset that the common glyph set touches. */
interface ParsedFont {
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number; codePoints: number[] };
}

interface FontSubset {
  glyphs: number[];
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}

/** The bits of pdfkit's embedded font and document that font reuse touches. */
interface EmbeddedFont {
  font: ParsedFont;
  scale: number;
  subset: FontSubset;
  widths: number[];
  unicode: number[][];
  layoutCache?: Record<string, unknown>;
  constructor: new (doc: PdfKitDocument, font: ParsedFont, id: string) => EmbeddedFont;
}

interface PdfKitDocument {
  _fontCount: number;
  _fontFamilies: Record<string, unknown>;
  _font: EmbeddedFont;
  font(src: string, family?: string, size?: number): PdfKitDocument;
}

const MAX_SHARED_LAYOUTS = 50_000;
const MAX_KEPT_SUBSETS = 64;

/** Letters, digits and signs nearly every folder prints, Swedish and English. */
const COMMON_CHARACTERS = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ...'åäöÅÄÖéÉüÜ–—•·…‘’“”«»°§',
];

/**
 * Every document embeds the common glyphs first, in one order, so two documents that print nothing
 * beyond them embed the very same font subset, which is then built once per thread instead of once
 * per document. A name with another letter only adds that glyph (and builds its own subset). Fallback
 * fonts (Arabic, symbols) get no common glyphs, only the built subset shared when their glyphs match.
 */
function shareCommonSubset(
  embedded: EmbeddedFont,
  path: string,
  kept: Map<string, Uint8Array>,
  common: string[],
): void {
  for (const character of common) {
    const glyph = embedded.font.glyphForCodePoint(character.codePointAt(0) as number);
    const id = embedded.subset.includeGlyph(glyph.id);
    embedded.widths[id] ??= glyph.advanceWidth * embedded.scale;
    embedded.unicode[id] ??= glyph.codePoints;
  }
  const subset = embedded.subset;
  const encode = subset.encode.bind(subset);
  subset.encode = () => {
    const key = `${path} ${subset.glyphs.join(',')}`;
    let bytes = kept.get(key);
    if (!bytes) {
      if (kept.size >= MAX_KEPT_SUBSETS) kept.clear();
      kept.set(key, (bytes = encode()));
    }
    return bytes;
  };
}

/**
 * Parsing the TrueType files, shaping words and building font subsets are most of what a small PDF
 * costs. Each font file is parsed once per thread, and every document gets its own embedded font (own
 * subset, own id) around that one parsed font, sharing the shaped words (they depend on the font only)
 * and, where the glyphs are the same, the built subset.
 */
function reuseParsedFonts(paths: Set<string>, textFontPaths: Set<string>): void {
  const pdfkitPath = require.resolve('pdfkit', { paths: [dirname(require.resolve('pdfmake/package.json'))] });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const PDFKit: { new (options?: object): PdfKitDocument; prototype: PdfKitDocument } = require(pdfkitPath);
  const parsed = new Map<string, EmbeddedFont>();
  const layouts = new Map<string, Record<string, unknown>>();
  const subsets = new Map<string, Uint8Array>();
  const scratch = new PDFKit();
  for (const path of paths) parsed.set(path, scratch.font(path)._font);
  const sharedLayouts = (path: string) => {
    let cache = layouts.get(path);
    if (!cache || Object.keys(cache).length > MAX_SHARED_LAYOUTS)
      layouts.set(path, (cache = Object.create(null)));
    return cache as Record<string, unknown>;
  };
  const font = PDFKit.prototype.font;
  PDFKit.prototype.font = function (this: PdfKitDocument, src: string, family?: string, size?: number) {
    const known = typeof src === 'string' ? parsed.get(src) : undefined;
    if (known && !this._fontFamilies[src]) {
      const embedded = new known.constructor(this, known.font, `F${++this._fontCount}`);
      if (embedded.layoutCache) embedded.layoutCache = sharedLayouts(src);
      shareCommonSubset(embedded, src, subsets, textFontPaths.has(src) ? COMMON_CHARACTERS : []);
      this._fontFamilies[src] = embedded;
    }
    return font.call(this, src, family, size);
  };
}

// Fonts by path: pdfkit then keeps one parsed font per path for the whole document, which the map's
// SVG text shares (an in-memory copy would be parsed again for every label).
pdfmake.setFonts(FONT_FILES);
reuseParsedFonts(FONT_PATHS, new Set(Object.values(FONT_FILES[TEXT_FONT])));
// eslint-disable-next-line @typescript-eslint/no-require-imports
measureSvgsByTheirRootTag((require('pdfmake/js/SVGMeasure').default as { prototype: SvgMeasure }).prototype);
// A PDF must never fetch anything: no URLs, and local files only the fonts above.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => FONT_PATHS.has(resolve(path)));

/** PDF bytes for a pdfmake definition, each text in the embedded font that draws it (Noto Sans first). */
export function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(inPrintFonts(doc)).getBuffer();
}
