import { fontCmaps, PdfObject, readObjects } from './pdf-objects';

/** One run of text as drawn: page (1-based), left x and baseline y from the page's top, in points. */
export interface PdfText {
  page: number;
  x: number;
  y: number;
  size: number;
  /** Fill colour as "r g b" in 0–1, e.g. "1 1 1" for white. */
  colour: string;
  text: string;
}

/** A text line: the runs of one page at one baseline, left to right. */
export interface PdfLine {
  page: number;
  y: number;
  size: number;
  text: string;
}

export interface PdfLayout {
  pages: { width: number; height: number }[];
  /** How far down from the top each drawn thing reaches: text baselines (with descent), path points, images. */
  marks: { page: number; y: number }[];
  texts: PdfText[];
  lines: PdfLine[];
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number) => ({
  x: m[0] * x + m[2] * y + m[4],
  y: m[1] * x + m[3] * y + m[5],
});

/** The names of a resource dictionary (/Font or /XObject) of a page or form, by object id. */
function resourceNames(
  objects: Map<string, PdfObject>,
  dict: string,
  kind: 'Font' | 'XObject',
): Map<string, string> {
  let resources = dict;
  const ref = /\/Resources (\d+) 0 R/.exec(dict);
  if (ref) resources = objects.get(ref[1])?.dict ?? '';
  const names = new Map<string, string>();
  const block = new RegExp(`/${kind} <<([^>]*)>>`).exec(resources);
  for (const [, name, id] of (block?.[1] ?? '').matchAll(/\/([\w.]+) (\d+) 0 R/g)) names.set(name, id);
  return names;
}

/**
 * Where a pdfmake PDF draws its text, page by page, and how far down each page's drawing goes: reads
 * each page's content and the forms it draws (the SVG maps) with their transformations. Small on
 * purpose: it reads what pdfkit writes, not any PDF.
 */
export function pdfLayout(pdf: Buffer): PdfLayout {
  const objects = readObjects(pdf);
  const cmaps = fontCmaps(objects);
  const catalogPages = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict));
  const kids = [
    ...(/\/Kids \[([^\]]*)\]/.exec(catalogPages?.dict ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g),
  ].map((m) => m[1]);
  const pages: PdfLayout['pages'] = [];
  const texts: PdfText[] = [];
  const marks: PdfLayout['marks'] = [];
  kids.forEach((pageId, index) => {
    const page = objects.get(pageId) as PdfObject;
    const box = (/\/MediaBox \[([^\]]*)\]/.exec(page.dict)?.[1] ?? '0 0 0 0').trim().split(/\s+/).map(Number);
    const height = box[3];
    const mark = (m: Matrix, x: number, y: number) => {
      const p = apply(m, x, y);
      if (p.y > 0 && p.y < height) marks.push({ page: index + 1, y: height - p.y });
    };
    const run = (content: string, dict: string, start: Matrix, depth: number) => {
      const fonts = resourceNames(objects, dict, 'Font');
      const forms = resourceNames(objects, dict, 'XObject');
      let ctm = start;
      const saved: { ctm: Matrix; colour: string }[] = [];
      let colour = '0 0 0';
      let tm: Matrix = [1, 0, 0, 1, 0, 0];
      let font: Map<number, string> | undefined;
      let size = 0;
      const operands: string[] = [];
      const tokens = content.matchAll(/\[[^\]]*\]|<[0-9a-fA-F\s]*>|\/[^\s/[\]<>()]+|-?[\d.]+|[A-Za-z*'"]+/g);
      for (const [token] of tokens) {
        if (/^[A-Za-z*'"]+$/.test(token)) {
          const num = (i: number) => Number(operands[operands.length - i]);
          switch (token) {
            case 'q':
              saved.push({ ctm, colour });
              break;
            case 'Q':
              ({ ctm, colour } = saved.pop() ?? { ctm, colour });
              break;
            case 'cm':
              ctm = multiply([num(6), num(5), num(4), num(3), num(2), num(1)], ctm);
              break;
            case 'scn':
            case 'rg':
              if (operands.length >= 3)
                colour = operands
                  .slice(-3)
                  .map((v) => String(Math.round(Number(v) * 100) / 100))
                  .join(' ');
              break;
            case 'BT':
              tm = [1, 0, 0, 1, 0, 0];
              break;
            case 'Tm':
              tm = [num(6), num(5), num(4), num(3), num(2), num(1)];
              break;
            case 'Td':
              tm = multiply([1, 0, 0, 1, num(2), num(1)], tm);
              break;
            case 'Tf':
              font = cmaps.get(fonts.get(operands[operands.length - 2].slice(1)) ?? '');
              size = num(1);
              break;
            case 'TJ':
            case 'Tj': {
              const operand = operands[operands.length - 1] ?? '';
              const hex = [...operand.matchAll(/<([0-9a-fA-F\s]*)>/g)]
                .map((m) => m[1].replace(/\s/g, ''))
                .join('');
              let text = '';
              for (let i = 0; i + 4 <= hex.length; i += 4)
                text += font?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
              const m = multiply(tm, ctm);
              const p = apply(m, 0, 0);
              const scale = Math.hypot(m[2], m[3]);
              texts.push({
                page: index + 1,
                x: p.x,
                y: height - p.y,
                size: Math.round(size * scale * 100) / 100,
                colour,
                text,
              });
              mark(m, 0, -0.25 * size);
              break;
            }
            case 're':
              mark(ctm, num(4), num(3));
              mark(ctm, num(4) + num(2), num(3) + num(1));
              break;
            case 'm':
            case 'l':
              mark(ctm, num(2), num(1));
              break;
            case 'c':
              mark(ctm, num(2), num(1));
              break;
            case 'Do': {
              const id = forms.get(operands[operands.length - 1].slice(1));
              const form = id ? objects.get(id) : undefined;
              if (form?.stream !== undefined && /\/Subtype \/Form/.test(form.dict) && depth < 8) {
                const matrix = /\/Matrix \[([^\]]*)\]/.exec(form.dict)?.[1].trim().split(/\s+/).map(Number);
                run(form.stream, form.dict, matrix ? multiply(matrix as Matrix, ctm) : ctm, depth + 1);
              } else if (form) {
                mark(ctm, 0, 0);
                mark(ctm, 1, 1);
              }
              break;
            }
          }
          operands.length = 0;
        } else operands.push(token);
      }
    };
    const contents = /\/Contents (\d+) 0 R/.exec(page.dict)?.[1];
    run(objects.get(contents ?? '')?.stream ?? '', page.dict, [1, 0, 0, 1, 0, 0], 0);
    pages.push({ width: box[2], height });
  });
  return { pages, marks, texts, lines: linesOf(texts) };
}

function linesOf(texts: PdfText[]): PdfLine[] {
  const lines: (PdfLine & { x: number; parts: PdfText[] })[] = [];
  for (const t of texts) {
    const line = lines.find(
      (l) => l.page === t.page && Math.abs(l.y - t.y) < 0.6 && Math.abs(l.size - t.size) < 0.01,
    );
    if (line) line.parts.push(t);
    else lines.push({ page: t.page, y: t.y, size: t.size, text: '', x: t.x, parts: [t] });
  }
  return lines
    .map((l) => ({
      page: l.page,
      y: l.y,
      size: l.size,
      text: l.parts
        .sort((a, b) => a.x - b.x)
        .map((p) => p.text)
        .join('')
        .trim(),
    }))
    .sort((a, b) => a.page - b.page || a.y - b.y);
}
