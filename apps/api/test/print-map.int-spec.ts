import { groundDistance, METRES_PER_POINT, gridColumnName } from '@tryggplan/shared/geo';
import { SITE_KIND_LABELS } from '@tryggplan/shared/domain';
import { crc32, deflateSync } from 'node:zlib';
import { bearer, createTestApp, TestApp, validEvent, validSite } from './harness';
import { pdfLayout } from './pdf-layout';
import { readObjects } from './pdf-objects';

const binary = (res: import('supertest').Request) =>
  res.buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });

const TEN_MB = 10 * 1024 * 1024;

/** A real 8 × 8 grey PNG, so the PDF can embed it as the site plan. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(8, 0);
  header.writeUInt32BE(8, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.concat(Array.from({ length: 8 }, () => Buffer.from([0, ...Array(8).fill(180)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const STAGE: [number, number] = [18.2882, 57.6404];
// 240 m due east of the stage, on the same parallel
const GATE: [number, number] = [18.2882 + 240 / (111_195 * Math.cos((57.6404 * Math.PI) / 180)), 57.6404];

describe('print maps', () => {
  let t: TestApp;
  let token: string;
  let adminToken: string;
  let eventId: string;
  const url = (query: string) => `/api/events/${eventId}/print-map.pdf${query}`;
  const fields = (body: { details?: { field: string }[] }) => (body.details ?? []).map((d) => d.field);

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    adminToken = (await t.user('admin')).token;
    eventId = (
      await t.http
        .post('/api/events')
        .set(bearer(token))
        .send(validEvent({ name: 'Almedalen 2027' }))
    ).body.id;
    const site = (body: Record<string, unknown>) =>
      t.http.post(`/api/events/${eventId}/sites`).set(bearer(token)).send(validSite(body));
    expect(
      (await site({ name: 'Huvudscenen', geometry: { type: 'Point', coordinates: STAGE } })).status,
    ).toBe(201);
    expect(
      (
        await site({
          kind: 'meeting-point',
          name: 'Östra grinden',
          geometry: { type: 'Point', coordinates: GATE },
        })
      ).status,
    ).toBe(201);
    await site({
      kind: 'accommodation',
      name: 'Hotell Strand',
      geometry: { type: 'Point', coordinates: [18.289, 57.641] },
    });
  });
  afterAll(() => t.close());

  it('prints an A3 landscape sheet at the scale asked for, which the drawing holds', async () => {
    const res = await binary(
      t.http.get(url('?paper=a3&orientation=landscape&scale=2000&lang=sv')).set(bearer(token)),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="almedalen-2027-karta-a3-sv.pdf"');
    const pdf = res.body as Buffer;
    expect(pdf.length).toBeGreaterThan(0);
    expect(pdf.length).toBeLessThan(TEN_MB);
    const layout = pdfLayout(pdf);
    expect(layout.pages).toHaveLength(1);
    expect(layout.pages[0].width).toBeCloseTo(1190.55, 1);
    expect(layout.pages[0].height).toBeCloseTo(841.89, 1);
    const lines = layout.lines.map((line) => line.text);
    expect(lines).toContain('Almedalen 2027');
    expect(lines.some((line) => line.startsWith('Skala 1:2 000 (vid A3) · Utskriven '))).toBe(true);
    expect(lines).toContain('Bakgrund: ingen (kartserver inte nåbar, ingen situationsplan uppladdad)');
    const row = (number: number, name: string, kind: string) =>
      lines.find((line) => new RegExp(`^${number}${name}${kind}[A-Z]+\\d+$`).test(line));
    const stageRow = row(1, 'Huvudscenen', SITE_KIND_LABELS.venue.sv);
    const gateRow = row(2, 'Östra grinden', SITE_KIND_LABELS['meeting-point'].sv);
    expect(stageRow).toBeDefined();
    expect(gateRow).toBeDefined();
    expect(lines.join('\n')).not.toContain('Hotell Strand');
    // the grid's letters run along the map's edges
    expect(layout.texts.filter((text) => text.text === gridColumnName(0)).length).toBeGreaterThanOrEqual(2);

    // the markers: white numbers in the map; their distance on paper, at 1:2000, is the ground's
    const marker = (number: string) =>
      layout.texts.find((text) => text.text === number && text.colour === '1 1 1' && text.size === 8);
    const one = marker('1');
    const two = marker('2');
    expect(one && two).toBeTruthy();
    const paperMetres =
      Math.hypot((two?.x ?? 0) - (one?.x ?? 0), (two?.y ?? 0) - (one?.y ?? 0)) * METRES_PER_POINT;
    const ground = groundDistance(STAGE, GATE);
    expect(Math.abs(paperMetres * 2000 - ground) / ground).toBeLessThan(0.02);
  });

  it('fits the map to the area at a round scale it states, in English on A4 portrait', async () => {
    const res = await binary(
      t.http
        .get(url('?paper=a4&orientation=portrait&bbox=18.285,57.639,18.296,57.642&lang=en'))
        .set(bearer(token)),
    );
    expect(res.status).toBe(200);
    const layout = pdfLayout(res.body as Buffer);
    expect(layout.pages[0].width).toBeCloseTo(595.28, 1);
    expect(layout.pages[0].height).toBeCloseTo(841.89, 1);
    const scale = layout.lines.map((line) => line.text).find((line) => line.startsWith('Scale 1:'));
    expect(scale).toMatch(/^Scale 1:(1 000|1 250|2 000|2 500|5 000) \(at A4\) · Printed /);
    expect(layout.lines.map((line) => line.text)).toContain('Sites on the map');
  });

  it('lays the uploaded site plan under the sites when the tile server does not answer', async () => {
    const upload = await t.http
      .post(`/api/events/${eventId}/site-plan`)
      .set(bearer(token))
      .attach('file', png(), { filename: 'plan.png', contentType: 'image/png' });
    expect(upload.status).toBe(200);
    const res = await binary(t.http.get(url('?paper=a3&scale=2000')).set(bearer(token)));
    expect(res.status).toBe(200);
    const objects = [...readObjects(res.body as Buffer).values()];
    expect(objects.some((object) => /\/Subtype \/Image/.test(object.dict))).toBe(true);
    expect(pdfLayout(res.body as Buffer).lines.map((line) => line.text)).toContain(
      'Bakgrund: arrangörens situationsplan',
    );
  });

  it('prints 2,000 sites on A3 with the numbered list on the pages after the map, under 10 MB', async () => {
    const crowded = (
      await t.http
        .post('/api/events')
        .set(bearer(token))
        .send(validEvent({ name: 'Stor karta' }))
    ).body.id as string;
    let seed = 11;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const kinds = ['venue', 'first-aid', 'police', 'meeting-point', 'assembly-point'];
    const features = Array.from({ length: 2000 }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [18.28 + random() * 0.03, 57.633 + random() * 0.012] },
      properties: { kind: kinds[i % kinds.length], name: `Plats ${String(i + 1).padStart(4, '0')}` },
    }));
    const imported = await t.http
      .post(`/api/events/${crowded}/sites/import`)
      .set(bearer(token))
      .set('Content-Type', 'application/geo+json')
      .send(JSON.stringify({ type: 'FeatureCollection', features }));
    expect(imported.status).toBe(201);
    const started = performance.now();
    const res = await binary(
      t.http.get(`/api/events/${crowded}/print-map.pdf?paper=a3&orientation=landscape`).set(bearer(token)),
    );
    const ms = performance.now() - started;
    expect(res.status).toBe(200);
    expect((res.body as Buffer).length).toBeLessThan(TEN_MB);
    const layout = pdfLayout(res.body as Buffer);
    expect(layout.pages.length).toBeGreaterThan(1);
    // four columns of the list share each baseline: count the entries, not the lines
    const listed = layout.lines.flatMap((line) =>
      [...line.text.matchAll(/(\d+)Plats (\d{4})/g)].map((m) => ({ page: line.page, name: m[2] })),
    );
    expect(new Set(listed.map((entry) => entry.name)).size).toBe(2000);
    expect(listed.every((entry) => entry.page > 1)).toBe(true);
    expect(ms).toBeGreaterThan(0);
    process.stdout.write(`2,000-site A3 print map: ${Math.round(ms)} ms, ${layout.pages.length} pages\n`);
  });

  it('answers 400 naming each bad parameter, in the API’s error shape', async () => {
    const cases: [string, string][] = [
      ['?paper=a5', 'paper'],
      ['?orientation=sideways', 'orientation'],
      ['?scale=100', 'scale'],
      ['?scale=30000', 'scale'],
      ['?scale=two', 'scale'],
      ['?scale=2000.5', 'scale'],
      ['?bbox=18.28,57.63,18.30', 'bbox'],
      ['?bbox=18.30,57.63,18.28,57.65', 'bbox'],
      ['?bbox=a,b,c,d', 'bbox'],
      ['?bbox=18.28,-89,18.30,57.65', 'bbox'],
      ['?lang=fi', 'lang'],
      ['?zoom=3', 'zoom'],
    ];
    for (const [query, field] of cases) {
      const res = await t.http.get(url(query)).set(bearer(token));
      expect({ query, status: res.status, fields: fields(res.body) }).toEqual({
        query,
        status: 400,
        fields: [field],
      });
      expect(res.body.details[0].message).toBeTruthy();
    }
    const english = await t.http.get(url('?bbox=1,2')).set(bearer(token)).set('Accept-Language', 'en');
    expect(english.body.details[0].message).toMatch(/west,south,east,north/);
  });

  it('is audited, and only for the event’s coordinators', async () => {
    const log = await t.http.get(`/api/audit?eventId=${eventId}&limit=500`).set(bearer(adminToken));
    const prints = log.body.items.filter(
      (entry: { action: string }) => entry.action === 'print-map.download',
    );
    expect(prints.length).toBeGreaterThanOrEqual(3);
    expect(prints.map((entry: { details: { paper: string } }) => entry.details.paper)).toContain('a3');
    const outsider = (await t.user('coordinator')).token;
    expect((await t.http.get(url('')).set(bearer(outsider))).status).toBe(404);
    expect((await t.http.get(url('')).set(bearer(adminToken))).status).toBe(404);
    expect((await t.http.get(url(''))).status).toBe(401);
  });
});
