import { DEMO_EVENT, DEMO_SITES } from '../src/database/seed/demo-data';
import { demoParticipants } from '../src/database/seed/demo-participants';
import { bearer, createTestApp, creator, TestApp } from './harness';
import { PdfLayout, pdfLayout, PdfText } from './pdf-layout';
import { pdfText } from './pdf-text';

/*
 * The briefing folder as a reader gets it (issue 15, items 3 and 4): its pages, where each line and
 * each map number is drawn, read back from the PDF the API sends. The data is the demo event's, with
 * one parking zone far out of town, the demo participants, one with five schedule items and one with
 * nothing of their own.
 */

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
    const post = creator(t, token);
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
