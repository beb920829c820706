import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { crc32, deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { bearer, createTestApp, TestApp, validEvent, validScheduleItem, validSite } from './harness';
import { pdfText } from './pdf-text';

const binary = (res: import('supertest').Request) =>
  res.buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });

describe('briefing folders', () => {
  let t: TestApp;
  let token: string;
  let adminToken: string;
  let eventId: string;
  const people: Record<string, string> = {};
  const api = (path: string) => `/api/events/${eventId}${path}`;
  const get = (path: string) => binary(t.http.get(path).set(bearer(token)));
  const auditActions = async () =>
    (await t.http.get(`/api/audit?eventId=${eventId}&limit=500`).set(bearer(adminToken))).body.items.map(
      (e: { action: string }) => e.action,
    ) as string[];

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    adminToken = (await t.user('admin')).token;
    eventId = (
      await t.http
        .post('/api/events')
        .set(bearer(token))
        .send(
          validEvent({
            name: 'Almedalsveckan – övning',
            contacts: [
              { role: 'security-coordinator', name: 'Kim Lindqvist', phone: '+46 70 174 06 05' },
              { role: 'unit-duty', name: 'Jouren', phone: '+46 70 174 06 06', email: 'jour@region.example' },
            ],
          }),
        )
    ).body.id;
    const site = async (body: Record<string, unknown>) =>
      (await t.http.post(api('/sites')).set(bearer(token)).send(validSite(body))).body.id as string;
    const stage = await site({ name: 'Almedalsscenen' });
    await site({ kind: 'assembly-point', name: 'Återsamling Donners plats', address: 'Donners plats' });
    await site({ kind: 'hazard', name: 'Trång passage vid muren' });
    await site({
      kind: 'evacuation-route',
      name: 'Utrymning norr',
      geometry: {
        type: 'LineString',
        coordinates: [
          [18.289, 57.641],
          [18.293, 57.645],
        ],
      },
    });
    const hotels = {
      'Åsa Öberg': await site({ kind: 'accommodation', name: 'Hotell Strand', address: 'Strandgatan 34' }),
      'Björn Ärlemark': await site({
        kind: 'accommodation',
        name: 'Hotell Solhem',
        address: 'Solhemsgatan 3',
      }),
    };
    for (const [fullName, hotel] of Object.entries(hotels)) {
      const person = await t.http
        .post(api('/participants'))
        .set(bearer(token))
        .send({ fullName, accommodationSiteId: hotel });
      people[fullName] = person.body.id;
      await t.http
        .post(api(`/participants/${person.body.id}/schedule`))
        .set(bearer(token))
        .send(validScheduleItem({ title: `Tal av ${fullName}`, siteId: stage }));
    }
  });
  afterAll(() => t.close());

  it('saves the advice and threat summary with the event version, and prints them', async () => {
    const event = (await t.http.get(api('')).set(bearer(token))).body;
    const saved = await t.http.patch(api('')).set(bearer(token)).send({
      version: event.version,
      briefingAdvice: 'Gå två och två på kvällen.',
      threatSummary: 'Förhöjd hotbild.',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      briefingAdvice: 'Gå två och två på kvällen.',
      threatSummary: 'Förhöjd hotbild.',
    });
    const stale = await t.http
      .patch(api(''))
      .set(bearer(token))
      .send({ version: event.version, threatSummary: 'x' });
    expect(stale.status).toBe(409);
    const tooLong = await t.http
      .patch(api(''))
      .set(bearer(token))
      .send({ version: saved.body.version, briefingAdvice: 'x'.repeat(5001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.details[0].field).toBe('briefingAdvice');
  });

  it('makes the general folder in A4 and A6, Swedish and English, with nobody’s hotel and no hazards', async () => {
    for (const format of ['a4', 'a6'] as const) {
      const sv = await get(api(`/briefing.pdf?format=${format}&lang=sv`));
      expect(sv.status).toBe(200);
      expect(sv.headers['content-type']).toBe('application/pdf');
      expect(sv.headers['content-disposition']).toContain(`almedalsveckan-ovning-${format}-sv.pdf`);
      const bytes = sv.body as Buffer;
      expect(bytes.length).toBeLessThan(format === 'a6' ? 300_000 : 2_000_000);
      const text = pdfText(bytes);
      for (const expected of [
        'Säkerhetsfolder',
        'Almedalsveckan – övning',
        '112',
        '114 14',
        '1177',
        'Kim Lindqvist',
        '+46 70 174 06 06',
        'jour@region.example',
        'Om du blir hotad, trakasserad eller angripen',
        'Återsamling Donners plats',
        'Förhöjd hotbild.',
        'Gå två och två på kvällen.',
        'Återsamlingsplats',
        'Sida 1 av',
      ]) {
        expect(text).toContain(expected);
      }
      for (const absent of ['Hotell', 'Trång passage', 'Åsa Öberg', 'Björn'])
        expect(text).not.toContain(absent);
      const en = pdfText((await get(api(`/briefing.pdf?format=${format}&lang=en`))).body);
      expect(en).toContain('Security briefing');
      expect(en).toContain('If you are threatened, harassed or attacked');
      expect(en).toContain('Evacuation route');
      expect(en).not.toContain('Säkerhetsfolder');
    }
    expect((await get(api('/briefing.pdf?format=a5'))).status).toBe(400);
  });

  it('makes a personal folder with the person’s own schedule and hotel and nobody else’s', async () => {
    const res = await get(api(`/participants/${people['Åsa Öberg']}/briefing.pdf?format=a6&lang=sv`));
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('almedalsveckan-ovning-asa-oberg-a6-sv.pdf');
    const text = pdfText(res.body);
    for (const expected of [
      'Personlig säkerhetsfolder',
      'Åsa Öberg',
      'Ditt program',
      'Tal av Åsa Öberg',
      'Almedalsscenen',
      'Hotell Strand',
      'Strandgatan 34',
    ]) {
      expect(text).toContain(expected);
    }
    for (const absent of ['Björn', 'Ärlemark', 'Hotell Solhem', 'Solhemsgatan'])
      expect(text).not.toContain(absent);
    const en = pdfText(
      (await get(api(`/participants/${people['Åsa Öberg']}/briefing.pdf?format=a4&lang=en`))).body,
    );
    expect(en).toContain('Your schedule');
    expect(en).toContain('Tal av Åsa Öberg');
    const other = await t.user('coordinator', 'other');
    const foreign = await binary(
      t.http.get(api(`/participants/${people['Åsa Öberg']}/briefing.pdf`)).set(bearer(other.token)),
    );
    expect(foreign.status).toBe(404);
    expect((await get(api('/participants/nobody/briefing.pdf'))).status).toBe(404);
  });

  it('streams a ZIP with one personal folder per participant', async () => {
    const res = await get(api('/briefings.zip?format=a6&lang=en'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toContain('almedalsveckan-ovning-a6-en.zip');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual([
      'almedalsveckan-ovning-a6-en/001-bjorn-arlemark-a6-en.pdf',
      'almedalsveckan-ovning-a6-en/002-asa-oberg-a6-en.pdf',
    ]);
    const first = pdfText(await zip.files[names[0]].async('nodebuffer'));
    expect(first).toContain('Personal security briefing');
    expect(first).toContain('Björn Ärlemark');
    expect(first).toContain('Hotell Solhem');
    expect(first).not.toContain('Åsa');
    expect(first).not.toContain('Hotell Strand');
  });

  it('prints each person’s own new link in the ZIP when asked, and the old links stop working', async () => {
    const old = String(
      (await t.http.post(api(`/participants/${people['Åsa Öberg']}/link`)).set(bearer(token))).body.url,
    ).split('/p/')[1];
    const post = (path: string) => binary(t.http.post(path).set(bearer(token)));
    // Bad input answers 400 before any link is replaced.
    expect((await post(api('/briefings.zip?format=a5'))).status).toBe(400);
    expect((await t.http.get(`/api/p/${old}`)).status).toBe(200);

    const res = await post(api('/briefings.zip?format=a6&lang=sv'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const files = Object.values(zip.files);
    expect(files).toHaveLength(2);
    for (const file of files) {
      const bytes = await file.async('nodebuffer');
      const text = pdfText(bytes);
      expect(text).toContain('Senaste versionen');
      // The QR code's caption links the same page: its token must open this person's own page.
      const own = /\/p\/([A-Za-z0-9_-]{20,})/.exec(bytes.toString('latin1'))?.[1];
      const page = await t.http.get(`/api/p/${own}`);
      expect(page.status).toBe(200);
      expect(text).toContain(page.body.participant.fullName);
    }
    expect((await t.http.get(`/api/p/${old}`)).status).toBe(404);

    const single = await post(
      api(`/participants/${people['Björn Ärlemark']}/briefing.pdf?format=a4&lang=en`),
    );
    expect(single.status).toBe(200);
    expect(pdfText(single.body)).toContain('Latest version');
    const newest = /\/p\/([A-Za-z0-9_-]{20,})/.exec((single.body as Buffer).toString('latin1'))?.[1];
    expect((await t.http.get(`/api/p/${newest}`)).body.participant.fullName).toBe('Björn Ärlemark');
    expect(await auditActions()).toEqual(expect.arrayContaining(['links.create-all', 'links.create']));
  });

  it('gives a participant their own folder through their link, with a QR code, and the same 404 for bad tokens', async () => {
    const link = await t.http.post(api(`/participants/${people['Björn Ärlemark']}/link`)).set(bearer(token));
    const own = String(link.body.url).split('/p/')[1];
    const res = await binary(t.http.get(`/api/p/${own}/briefing.pdf?format=a4&lang=sv`));
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toContain('private');
    const text = pdfText(res.body);
    expect(text).toContain('Björn Ärlemark');
    expect(text).toContain('Senaste versionen');
    expect(text).not.toContain('Åsa Öberg');
    const bad = await t.http.get(`/api/p/${'x'.repeat(43)}/briefing.pdf`);
    const random = await t.http.get(`/api/p/nonsense/briefing.pdf`);
    expect(bad.status).toBe(404);
    expect(random.status).toBe(404);
    expect(bad.body).toEqual(random.body);
  });

  it('audits every folder download', async () => {
    expect(await auditActions()).toEqual(
      expect.arrayContaining([
        'briefing.event-download',
        'briefing.personal-download',
        'briefing.zip-download',
        'briefing.link-download',
      ]),
    );
  });
});

describe('print map tiles', () => {
  let server: Server;
  let requests = 0;
  // A valid 1×1 grey PNG, served for every tile.
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const png = Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 200, 200, 200, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);

  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests += 1;
      res.setHeader('Content-Type', 'image/png');
      res.end(png);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('lays the tile server’s tiles under the A4 map, caches them on disk, and stays schematic in A6', async () => {
    const { port } = server.address() as AddressInfo;
    const t = await createTestApp({ TILE_URL: `http://127.0.0.1:${port}/{z}/{x}/{y}.png` });
    try {
      const token = (await t.user('coordinator')).token;
      const eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
      await t.http.post(`/api/events/${eventId}/sites`).set(bearer(token)).send(validSite());
      const a4 = await binary(t.http.get(`/api/events/${eventId}/briefing.pdf?format=a4`).set(bearer(token)));
      expect(a4.status).toBe(200);
      const fetched = requests;
      expect(fetched).toBeGreaterThan(0);
      expect((a4.body as Buffer).toString('latin1')).toContain('/Subtype /Image');
      await binary(t.http.get(`/api/events/${eventId}/briefing.pdf?format=a4`).set(bearer(token)));
      expect(requests).toBe(fetched);
      const a6 = await binary(t.http.get(`/api/events/${eventId}/briefing.pdf?format=a6`).set(bearer(token)));
      expect((a6.body as Buffer).toString('latin1')).not.toContain('/Subtype /Image');
    } finally {
      await t.close();
    }
  });
});
