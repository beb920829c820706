import { measureSvgsByTheirRootTag, rootTagOf, SvgMeasure } from './svg-size';

/** pdfmake's own measure as the patch finds it: here it only says it was asked. */
const fallback = (): SvgMeasure & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    measureSVG: (svg) => (asked.push(`measure ${String(svg)}`), { width: 1, height: 1 }),
    writeDimensions: (svg) => (asked.push(`write ${String(svg)}`), svg),
  };
};

describe('measureSvgsByTheirRootTag', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="1190.5" height="841" viewBox="0 0 1190.5 841"><text>Å &amp; Ö</text></svg>';

  it('reads the size off the root tag, without parsing the document', () => {
    const measure = fallback();
    measureSvgsByTheirRootTag(measure);
    expect(measure.measureSVG(svg)).toEqual({ width: 1190.5, height: 841 });
    expect(measure.measureSVG('<svg viewBox="0 0 40 30"><g/></svg>')).toEqual({ width: 40, height: 30 });
    expect(measure.asked).toEqual([]);
  });

  it('sets the size drawn on the root tag and leaves the rest as it was', () => {
    const measure = fallback();
    measureSvgsByTheirRootTag(measure);
    expect(measure.writeDimensions(svg, { width: 595, height: 420 })).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="595" height="420" viewBox="0 0 1190.5 841"><text>Å &amp; Ö</text></svg>',
    );
    expect(
      measure.writeDimensions('<svg width="40pt" height="30"><g/></svg>', { width: 20, height: 15 }),
    ).toBe('<svg width="20" height="15" viewBox="0 0 40 30"><g/></svg>');
  });

  it("leaves an SVG it cannot read at a glance to pdfmake's own parser", () => {
    const measure = fallback();
    measureSvgsByTheirRootTag(measure);
    const declared = '<?xml version="1.0"?><svg width="1" height="1"/>';
    measure.measureSVG(declared);
    measure.writeDimensions("<svg width='1' height='1'></svg>", { width: 1, height: 1 });
    measure.measureSVG('<svg><g/></svg>');
    expect(measure.asked).toEqual([
      `measure ${declared}`,
      "write <svg width='1' height='1'></svg>",
      'measure <svg><g/></svg>',
    ]);
    expect(rootTagOf('<svg width="1" onload=x>')).toBeNull();
  });
});
