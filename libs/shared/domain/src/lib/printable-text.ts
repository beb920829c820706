import { PRINT_FONTS, PRINTABLE_RANGES } from './printable-ranges';

export { PRINT_FONTS };
export type PrintFont = (typeof PRINT_FONTS)[number];

/** The font of the PDFs' text; the others only draw what it lacks. */
export const TEXT_FONT: PrintFont = PRINT_FONTS[0];

/** What a PDF prints in place of a character none of its fonts can draw. */
export const UNPRINTABLE_MARK = '\uFFFD';

/** A stretch of text drawn with one font. */
export interface PrintRun {
  text: string;
  font: PrintFont;
}

/** Tab, line feed and carriage return lay text out and need no glyph. */
const LAYOUT_CHARACTERS = new Set([0x09, 0x0a, 0x0d]);
/** Text and emoji presentation selectors only choose how a symbol looks: a PDF leaves them out. */
const PRESENTATION_SELECTORS = new Set([0xfe0e, 0xfe0f]);
const RIGHT_TO_LEFT: ReadonlySet<PrintFont> = new Set<PrintFont>(['NotoSansArabic']);
const PLAIN_TEXT = /^[\x20-\x7E\t\n\r]*$/;
const WHITESPACE_ONLY = /^\s+$/;

/** The font that draws a code point, or undefined when none of them can. */
export function printFontOf(codePoint: number): PrintFont | undefined {
  let low = 0;
  let high = PRINTABLE_RANGES.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last, font] = PRINTABLE_RANGES[middle];
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return PRINT_FONTS[font];
  }
  return undefined;
}

const codePointOf = (character: string) => character.codePointAt(0) as number;
const isPrintable = (character: string) =>
  LAYOUT_CHARACTERS.has(codePointOf(character)) || printFontOf(codePointOf(character)) !== undefined;

/** User-perceived characters: an emoji with its skin tone or a family of several stays one. */
function graphemes(text: string): string[] {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return Array.from(text);
  return Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
    (s) => s.segment,
  );
}

/** A character as printed: as it is, without presentation selectors, or the mark when a part can't be drawn. */
function printedGrapheme(grapheme: string): string {
  const kept = Array.from(grapheme).filter((c) => !PRESENTATION_SELECTORS.has(codePointOf(c)));
  return kept.every(isPrintable) ? kept.join('') : UNPRINTABLE_MARK;
}

function isAllPrintable(text: string): boolean {
  return PLAIN_TEXT.test(text) || Array.from(text).every(isPrintable);
}

/** The characters of `text` that print as the mark, each once, in order of appearance. */
export function unprintableCharacters(text: string): string[] {
  if (isAllPrintable(text)) return [];
  return [...new Set(graphemes(text).filter((g) => printedGrapheme(g) === UNPRINTABLE_MARK))];
}

/** `text` as the PDFs print it: every character no embedded font can draw replaced by the mark. */
export function asPrinted(text: string): string {
  if (isAllPrintable(text)) return text;
  return graphemes(text).map(printedGrapheme).join('');
}

/**
 * `text` as printed, split into runs of one font each, left to right as drawn: the words of a
 * right-to-left stretch (Arabic) in reverse order, since a PDF line is laid out left to right.
 */
export function printRuns(text: string): PrintRun[] {
  const printed = asPrinted(text);
  if (PLAIN_TEXT.test(printed)) return [{ text: printed, font: TEXT_FONT }];
  const runs: PrintRun[] = [];
  for (const character of printed) {
    const last = runs.at(-1);
    const font = printFontOf(codePointOf(character)) ?? last?.font ?? TEXT_FONT;
    if (last?.font === font) last.text += character;
    else runs.push({ text: character, font });
  }
  return inVisualOrder(runs);
}

/** Reverses each stretch of right-to-left runs and the spaces between them. */
function inVisualOrder(runs: PrintRun[]): PrintRun[] {
  const out: PrintRun[] = [];
  let index = 0;
  while (index < runs.length) {
    if (!RIGHT_TO_LEFT.has(runs[index].font)) {
      out.push(runs[index++]);
      continue;
    }
    let end = index;
    for (let next = index + 1; next < runs.length; next++) {
      if (RIGHT_TO_LEFT.has(runs[next].font)) end = next;
      else if (!WHITESPACE_ONLY.test(runs[next].text)) break;
    }
    out.push(...runs.slice(index, end + 1).reverse());
    index = end + 1;
  }
  return out;
}
