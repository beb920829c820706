import { DEMO_EVENT, DEMO_SITES } from '../src/database/seed/demo-data';
import { demoRisks } from '../src/database/seed/demo-risks';
import { bearer, createTestApp, creator, TestApp } from './harness';
import { PdfLayout, pdfLayout } from './pdf-layout';

/*
 * The risk plan as a partner reads it (issue 15, item 10): no word broken in the middle of a table
 * column, and the map's numbered key on the map's own page, for the demo register and a busy map.
 */

const LONG_WORDS: Record<'sv' | 'en', string[]> = {
  sv: ['Kommunikationsenheten', 'Informationssäkerhet', 'Kvarvarande', 'Konsekvens', 'Sannolikhet'],
  en: ['Kommunikationsenheten', 'Information', 'Residual', 'Consequence', 'Likelihood'],
};
const MAP_HEADING = { sv: 'Karta', en: 'Map' };

describe('the risk plan PDF', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;
  const extraSites = 24;

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    const post = creator(t, token);
    eventId = await post('/api/events', DEMO_EVENT);
    const siteIds: Record<string, string> = {};
    for (const site of DEMO_SITES) siteIds[site.name] = await post(`/api/events/${eventId}/sites`, site);
    for (let i = 0; i < extraSites; i++) {
      await post(`/api/events/${eventId}/sites`, {
        kind: 'meeting-point',
        name: `Mötesplats ${i + 1}`,
        geometry: {
          type: 'Point',
          coordinates: [18.285 + (i % 6) * 0.002, 57.638 + Math.floor(i / 6) * 0.001],
        },
      });
    }
    for (const risk of demoRisks(siteIds)) await post(`/api/events/${eventId}/risks`, risk);
    await post(`/api/events/${eventId}/risks`, {
      title: 'Doxning av talare',
      category: 'information-security',
      likelihood: 3,
      consequence: 4,
      residualLikelihood: 2,
      residualConsequence: 3,
      owner: 'Kommunikationsenheten',
    });
  }, 60_000);
  afterAll(() => t.close());

  const plan = async (lang: 'sv' | 'en'): Promise<PdfLayout> => {
    const res = await t.http
      .get(`/api/events/${eventId}/risk-plan.pdf?lang=${lang}`)
      .set(bearer(token))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    return pdfLayout(res.body as Buffer);
  };

  it.each(['sv', 'en'] as const)('breaks no word in the middle of a column (%s)', async (lang) => {
    const { lines } = await plan(lang);
    for (const word of LONG_WORDS[lang]) {
      expect({ word, whole: lines.some((line) => line.text.includes(word)) }).toEqual({ word, whole: true });
    }
  });

  it.each(['sv', 'en'] as const)('keeps the whole map key on the map page (%s)', async (lang) => {
    const { lines } = await plan(lang);
    const mapPage = lines.find((line) => line.text === MAP_HEADING[lang])?.page;
    expect(mapPage).toBeDefined();
    const keyPages = new Set(
      lines.filter((line) => /^\d+\s+Mötesplats \d+/.test(line.text)).map((line) => line.page),
    );
    expect([...keyPages]).toEqual([mapPage]);
    const onMapPage = lines.filter((line) => line.page === mapPage);
    // the key's three columns share their lines
    expect(onMapPage.some((line) => line.text.includes('Mötesplats 24 – '))).toBe(true);
    expect(onMapPage.some((line) => line.text.includes('Publikyta Almedalen – '))).toBe(true);
  });
});
