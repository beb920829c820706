import { inflateSync } from 'node:zlib';
import { DEMO_EVENT, DEMO_SITES } from '../src/database/seed/demo-data';
import { demoParticipants } from '../src/database/seed/demo-participants';
import { bearer, createTestApp, TestApp } from './harness';
import { pdfText } from './pdf-text';

/*
 * The briefing folder as a reader gets it (issue 15, items 3 and 4): its pages, where each line and
 * each map number is drawn, read back from the PDF the API sends. The data is the demo event's, with
 * one parking zone far out of town, the demo participants, one with five schedule items and one with
 * nothing of their own.
 */

/** One run of text as drawn: page (1-based), left x and baseline y from the page's top, in points. */
interface PdfText {
  page: number;
  x: number;
  y: number;
  size: number;
  /** Fill colour as "r g b" in 0–1, e.g. "1 1 1" for white. */
  colour: string;
  text: string;
}

/** A text line: the runs of one page at one baseline, left to right. */
interface PdfLine {
  page: number;
  y: number;
  size: number;
  text: string;
}

interface PdfLayout {
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

interface PdfObject {
  dict: string;
  stream?: string;
}

function readObjects(pdf: Buffer): Map<string, PdfObject> {
  const source = pdf.toString('latin1');
  const objects = new Map<string, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(source))) {
    const dictStart = match.index + match[0].length;
    const streamAt = source.indexOf('stream', dictStart);
    const endAt = source.indexOf('endobj', dictStart);
    if (streamAt < 0 || endAt < streamAt) {
      objects.set(match[1], { dict: source.slice(dictStart, endAt) });
      header.lastIndex = endAt;
      continue;
    }
    const dict = source.slice(dictStart, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const dataStart = streamAt + 6 + (source[streamAt + 6] === '\r' ? 2 : 1);
    const bytes = Buffer.from(source.slice(dataStart, dataStart + length), 'latin1');
    const stream = dict.includes('/FlateDecode')
      ? inflateSync(bytes).toString('latin1')
      : bytes.toString('latin1');
    objects.set(match[1], { dict, stream });
    header.lastIndex = dataStart + length;
  }
  return objects;
}

function utf16(hex: string): string {
  const bytes = Buffer.from(hex, 'hex');
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes.readUInt16BE(i));
  return text;
}

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, start, end, list, base] of body.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:\[([^\]]*)\]|<([0-9a-fA-F]+)>)/g,
    )) {
      const from = parseInt(start, 16);
      const to = parseInt(end, 16);
      if (list !== undefined) {
        [...list.matchAll(/<([0-9a-fA-F\s]*)>/g)].forEach((m, i) =>
          map.set(from + i, utf16(m[1].replace(/\s/g, ''))),
        );
      } else {
        const first = parseInt(base, 16);
        for (let code = from; code <= to; code++) map.set(code, String.fromCharCode(first + code - from));
      }
    }
  }
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, value] of body.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(parseInt(code, 16), utf16(value));
    }
  }
  return map;
}

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
function pdfLayout(pdf: Buffer): PdfLayout {
  const objects = readObjects(pdf);
  const cmaps = new Map<string, Map<number, string>>();
  for (const [id, { dict }] of objects) {
    const ref = /\/ToUnicode (\d+) 0 R/.exec(dict);
    if (ref) cmaps.set(id, toUnicodeMap(objects.get(ref[1])?.stream ?? ''));
  }
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

type Format = 'a4' | 'a6';
type Lang = 'sv' | 'en';

const FORMATS: Format[] = ['a4', 'a6'];
const LANGS: Lang[] = ['sv', 'en'];
/** The folder's page margins, top and bottom (buildBriefingFolder's pageMargins). */
const MARGINS: Record<Format, { top: number; bottom: number }> = {
  a4: { top: 56, bottom: 56 },
  a6: { top: 24, bottom: 30 },
};
/** The map's height in points, without the key (FOLDER_MAP_SIZE). */
const MAP_HEIGHT: Record<Format, number> = { a4: 400, a6: 160 };
const FOOTER = /^(Sida|Page) \d+ (av|of) \d+$/;
const HEADINGS: Record<Lang, string[]> = {
  sv: [
    'Nödnummer och kontakter',
    'Fler kontakter',
    'Om du blir hotad, trakasserad eller angripen',
    'Ditt program',
    'Ditt boende',
    'Återsamlingsplatser',
    'Hotbild',
    'Allmänna råd',
    'Karta',
    'Platser på kartan',
    'Senaste versionen',
  ],
  en: [
    'Emergency numbers and contacts',
    'More contacts',
    'If you are threatened, harassed or attacked',
    'Your schedule',
    'Your accommodation',
    'Assembly points',
    'Threat summary',
    'General advice',
    'Map',
    'Sites on the map',
    'Latest version',
  ],
};

/** How full each page is: from the top margin down to the lowest thing drawn above the footer, of the page's content height. */
function pageFills(layout: PdfLayout, format: Format): number[] {
  const { top, bottom } = MARGINS[format];
  return layout.pages.map((page, index) => {
    const footer = layout.lines.find((line) => line.page === index + 1 && FOOTER.test(line.text));
    const limit = footer ? footer.y - footer.size : page.height - bottom;
    const lowest = Math.max(
      top,
      ...layout.marks.filter((mark) => mark.page === index + 1 && mark.y < limit).map((mark) => mark.y),
    );
    return (lowest - top) / (page.height - top - bottom);
  });
}

/** The headings with nothing of their own page after them: "page 2: Fler kontakter". */
function lonelyHeadings(layout: PdfLayout, lang: Lang): string[] {
  const lines = layout.lines;
  const lonely: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = HEADINGS[lang].find(
      (h) => line.size >= 9 && (h === line.text || (line.text.length >= 10 && h.startsWith(`${line.text} `))),
    );
    if (!heading) continue;
    let text = line.text;
    let j = i + 1;
    while (
      text !== heading &&
      j < lines.length &&
      lines[j].page === line.page &&
      lines[j].size === line.size
    ) {
      text = `${text} ${lines[j].text}`;
      j++;
    }
    const next = lines[j];
    if (!next || next.page !== line.page || FOOTER.test(next.text))
      lonely.push(`page ${line.page}: ${heading}`);
  }
  return lonely;
}

/** The pages that the emergency block's large numbers are drawn on, by number. */
function emergencyNumbers(layout: PdfLayout, numbers: string[]): Record<string, number[]> {
  return Object.fromEntries(
    numbers.map((number) => [
      number,
      layout.lines.filter((line) => line.size >= 17 && line.text === number).map((line) => line.page),
    ]),
  );
}

/** The numbers on the map: digits drawn within the map's frame, which ends below the scale bar's label. */
function mapNumbers(layout: PdfLayout, format: Format): { number: string; x: number; y: number }[] {
  const scale = scaleBar(layout);
  const top = scale.y + 20 - MAP_HEIGHT[format];
  return layout.texts
    .filter((t) => t.page === scale.page && /^\d+$/.test(t.text) && t.y > top && t.y < scale.y + 20)
    .map((t) => ({ number: t.text, x: t.x + t.text.length * 0.29 * t.size, y: t.y - 0.36 * t.size }));
}

function scaleBar(layout: PdfLayout): { page: number; y: number; metres: number } {
  const label = layout.texts.find((t) => /^\d+ k?m$/.test(t.text)) as PdfText;
  const [value, unit] = label.text.split(' ');
  return { page: label.page, y: label.y, metres: Number(value) * (unit === 'km' ? 1000 : 1) };
}

/** The pairs of map numbers whose markers (7 pt in radius) meet: "1 under 10". */
function coveredNumbers(numbers: { number: string; x: number; y: number }[]): string[] {
  const covered: string[] = [];
  numbers.forEach((a, i) =>
    numbers.slice(i + 1).forEach((b) => {
      if (Math.hypot(a.x - b.x, a.y - b.y) < 12) covered.push(`${a.number} under ${b.number}`);
    }),
  );
  return covered;
}

describe('briefing folder layout', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;
  let smallEventId: string;
  const people: Record<string, string> = {};
  const folders = new Map<string, { bytes: Buffer; layout: PdfLayout; text: string }>();
  const FIVE = 'Fem Punkter';
  const NOBODY = 'Tom Utanplats';

  const download = async (path: string) => {
    const res = await t.http
      .get(path)
      .set(bearer(token))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    return res.body as Buffer;
  };
  /** A folder, general or a participant's, read once. */
  const folder = async (format: Format, lang: Lang, person?: string) => {
    const key = `${person ?? 'general'} ${format} ${lang}`;
    let read = folders.get(key);
    if (!read) {
      const path = person
        ? `/api/events/${eventId}/participants/${people[person]}/briefing.pdf?format=${format}&lang=${lang}`
        : `/api/events/${eventId}/briefing.pdf?format=${format}&lang=${lang}`;
      const bytes = await download(path);
      read = { bytes, layout: pdfLayout(bytes), text: pdfText(bytes) };
      folders.set(key, read);
    }
    return read;
  };
  const everyFolder = () => [undefined, ...Object.keys(people)];

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    const post = async (path: string, body: object) => {
      const res = await t.http.post(path).set(bearer(token)).send(body);
      expect({ path, status: res.status, error: res.status === 201 ? undefined : res.body }).toEqual({
        path,
        status: 201,
      });
      return res.body.id as string;
    };
    eventId = await post('/api/events', DEMO_EVENT);
    const siteIds: Record<string, string> = {};
    for (const site of DEMO_SITES) siteIds[site.name] = await post(`/api/events/${eventId}/sites`, site);
    // One distant zone: the airport's parking, 4 km out of the centre.
    await post(`/api/events/${eventId}/sites`, {
      kind: 'zone',
      name: 'Parkering Visby flygplats',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [18.344, 57.661],
            [18.35, 57.661],
            [18.35, 57.664],
            [18.344, 57.664],
            [18.344, 57.661],
          ],
        ],
      },
    });
    const demo = demoParticipants(siteIds);
    const anna = demo[0];
    const johan = demo[1];
    const everyone = [
      ...demo,
      {
        person: { ...anna.person, fullName: FIVE, email: 'fem@demo.tryggplan.local', phone: '+46701234599' },
        schedule: [...anna.schedule, ...johan.schedule],
      },
      { person: { fullName: NOBODY, accommodationSiteId: null }, schedule: [] },
    ];
    expect(everyone.find((p) => p.person.fullName === FIVE)?.schedule).toHaveLength(5);
    for (const { person, schedule } of everyone) {
      const id = await post(`/api/events/${eventId}/participants`, person);
      people[person.fullName] = id;
      for (const item of schedule) await post(`/api/events/${eventId}/participants/${id}/schedule`, item);
    }
    smallEventId = await post('/api/events', { ...DEMO_EVENT, name: 'Litet evenemang' });
    await post(`/api/events/${smallEventId}/sites`, DEMO_SITES[0]);
  }, 60_000);
  afterAll(() => t.close());

  it('fits the personal pocket (A6) folder of someone with five schedule items in four pages', async () => {
    for (const lang of LANGS) {
      const { layout, text } = await folder('a6', lang, FIVE);
      expect({ lang, pages: layout.pages.length }).toEqual({ lang, pages: expect.any(Number) });
      expect(layout.pages.length).toBeLessThanOrEqual(4);
      for (const title of ['Tal på Almedalsscenen', 'Paneldebatt om kollektivtrafik', 'Mingel med besökare'])
        expect(text).toContain(title);
    }
  }, 60_000);

  it('fills every page but the last at least a third, in A4 and A6, Swedish and English, for every folder', async () => {
    const thin: string[] = [];
    for (const format of FORMATS) {
      for (const lang of LANGS) {
        for (const person of everyFolder()) {
          const fills = pageFills((await folder(format, lang, person)).layout, format);
          fills.slice(0, -1).forEach((fill, index) => {
            if (fill < 1 / 3)
              thin.push(
                `${person ?? 'general'} ${format} ${lang} page ${index + 1}: ${Math.round(fill * 100)} %`,
              );
          });
        }
      }
    }
    expect(thin).toEqual([]);
  }, 120_000);

  it('keeps every heading with its text and the emergency block on one page, "114 14" on one line', async () => {
    const problems: string[] = [];
    for (const format of FORMATS) {
      for (const lang of LANGS) {
        for (const person of everyFolder()) {
          const { layout } = await folder(format, lang, person);
          const name = `${person ?? 'general'} ${format} ${lang}`;
          for (const lonely of lonelyHeadings(layout, lang)) problems.push(`${name} ${lonely}`);
          const pages = emergencyNumbers(layout, [
            '112',
            '114 14',
            '1177',
            '+46 70 174 06 05',
            '+46 70 174 06 06',
          ]);
          const all = Object.values(pages).flat();
          if (Object.values(pages).some((on) => on.length !== 1) || new Set(all).size !== 1)
            problems.push(`${name} emergency block: ${JSON.stringify(pages)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('leaves empty sections out instead of printing placeholders', async () => {
    for (const format of FORMATS) {
      for (const lang of LANGS) {
        const { text } = await folder(format, lang, NOBODY);
        expect(text).toContain(NOBODY);
        for (const absent of [
          'Ditt program',
          'Inga programpunkter ännu.',
          'Ditt boende',
          'Inget boende angivet.',
          'Your schedule',
          'No schedule items yet.',
          'Your accommodation',
          'No accommodation given.',
        ])
          expect({ format, lang, text: text.includes(absent) ? absent : '' }).toEqual({
            format,
            lang,
            text: '',
          });
        const small = pdfText(
          await download(`/api/events/${smallEventId}/briefing.pdf?format=${format}&lang=${lang}`),
        );
        expect(small).toContain('Litet evenemang');
        for (const absent of [
          'Återsamlingsplatser',
          'Inga återsamlingsplatser',
          'Assembly points',
          'No assembly points',
        ])
          expect({ format, lang, text: small.includes(absent) ? absent : '' }).toEqual({
            format,
            lang,
            text: '',
          });
      }
    }
  }, 60_000);

  it('places the map numbers so that none covers another, on every folder map', async () => {
    const covered: string[] = [];
    for (const format of FORMATS) {
      for (const person of everyFolder()) {
        const numbers = mapNumbers((await folder(format, 'sv', person)).layout, format);
        expect(numbers.length).toBeGreaterThan(0);
        for (const pair of coveredNumbers(numbers)) covered.push(`${person ?? 'general'} ${format}: ${pair}`);
      }
    }
    expect(covered).toEqual([]);
  }, 120_000);

  it('fits the map to the centre, the personal one to the person’s own places and the nearest help, with an overview', async () => {
    // Karin Sjöberg has one seminar at Donners plats and sleeps at the harbour hotel.
    const karin = 'Karin Sjöberg';
    for (const format of FORMATS) {
      for (const lang of LANGS) {
        const general = await folder(format, lang, undefined);
        const own = await folder(format, lang, karin);
        const overview = lang === 'sv' ? 'Översikt' : 'Overview';
        // The distant parking zone no longer shrinks the town to a few dots: it is in the overview.
        expect({
          format,
          lang,
          general: scaleBar(general.layout).metres,
          own: scaleBar(own.layout).metres,
        }).toEqual({
          format,
          lang,
          general: format === 'a4' ? 200 : 500,
          own: format === 'a4' ? 200 : 500,
        });
        for (const map of [general, own])
          expect(map.layout.texts.map((t) => t.text).join(' ')).toContain(overview);
        expect(general.text).toContain('Parkering Visby flygplats');
        expect(general.text).toContain(
          lang === 'sv' ? 'utanför kartan, se översikten' : 'off the map, see the overview',
        );
        // On it: her seminar, her hotel, the nearest assembly point, first aid and police; nobody else's venues.
        for (const place of [
          'Donners plats seminarietält',
          'Boende A – hotell vid hamnen',
          'Återsamlingsplats Strandgärdet',
          'Visby lasarett',
          'Polisstationen Visby',
        ])
          expect(own.text).toContain(place);
        for (const elsewhere of [
          'Regionens mötesrum',
          'Visby hamn, färjeterminalen',
          'Parkering Visby flygplats',
        ])
          expect({ format, lang, text: own.text.includes(elsewhere) ? elsewhere : '' }).toEqual({
            format,
            lang,
            text: '',
          });
      }
    }
  }, 60_000);
});
