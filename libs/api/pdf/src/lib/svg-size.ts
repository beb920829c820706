/** The bits of pdfmake's SVG measure that reading the root tag replaces. */
export interface SvgMeasure {
  measureSVG(svg: unknown): { width?: number; height?: number };
  writeDimensions(svg: unknown, dimensions: { width: number; height: number }): unknown;
}

/** Our SVGs open with their root tag: no XML declaration, comment or doctype before it. */
const ROOT_TAG = /^<svg(\s[^<>]*)?>/;
const ATTRIBUTE = /\s([A-Za-z_:][-\w:.]*)="([^"<>]*)"/g;
const ATTRIBUTES = /^(\s[A-Za-z_:][-\w:.]*="[^"<>]*")*\s*$/;

/** A length as pdfmake reads it: the number before any unit, or undefined. */
const lengthOf = (text: string | undefined) => {
  const value = parseFloat(text ?? '');
  return Number.isNaN(value) ? undefined : value;
};

/** The root tag's attributes and length, or null for an SVG that does not start with a plain one. */
export function rootTagOf(svg: string): { attributes: Map<string, string>; length: number } | null {
  const tag = ROOT_TAG.exec(svg);
  if (!tag) return null;
  const text = tag[1] ?? '';
  if (!ATTRIBUTES.test(text)) return null;
  return {
    attributes: new Map([...text.matchAll(ATTRIBUTE)].map(([, name, value]) => [name, value])),
    length: tag[0].length,
  };
}

/**
 * pdfmake finds an SVG's size by parsing the whole document twice and writing it out again, and the
 * renderer then parses it once more: for a print map of 2,000 sites, half a megabyte of XML three times
 * over. The size is on the root tag, so it is read and set there; an SVG whose root tag this does not
 * read goes pdfmake's way. Same answers: width and height, else the viewBox's; a viewBox added when
 * missing; width and height set to the size drawn.
 */
export function measureSvgsByTheirRootTag(measure: SvgMeasure): void {
  const { measureSVG, writeDimensions } = measure;
  measure.measureSVG = function (this: SvgMeasure, svg: unknown) {
    const root = typeof svg === 'string' ? rootTagOf(svg) : null;
    if (!root) return measureSVG.call(this, svg);
    const box = root.attributes.get('viewBox')?.split(/[,\s]+/);
    const width = lengthOf(root.attributes.get('width'));
    const height = lengthOf(root.attributes.get('height'));
    if ((width === undefined || height === undefined) && box?.length !== 4) return measureSVG.call(this, svg);
    return { width: width ?? lengthOf(box?.[2]), height: height ?? lengthOf(box?.[3]) };
  };
  measure.writeDimensions = function (this: SvgMeasure, svg: unknown, dimensions) {
    const root = typeof svg === 'string' ? rootTagOf(svg) : null;
    if (!root) return writeDimensions.call(this, svg, dimensions);
    const attributes = new Map(root.attributes);
    if (!attributes.has('viewBox'))
      attributes.set(
        'viewBox',
        `0 0 ${lengthOf(attributes.get('width'))} ${lengthOf(attributes.get('height'))}`,
      );
    attributes.set('width', String(dimensions.width));
    attributes.set('height', String(dimensions.height));
    const tag = [...attributes].map(([name, value]) => ` ${name}="${value}"`).join('');
    return `<svg${tag}>${(svg as string).slice(root.length)}`;
  };
}
