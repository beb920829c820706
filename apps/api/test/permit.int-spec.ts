import { RetentionService } from '@tryggplan/api/participants';
import JSZip from 'jszip';
import { DemoSeeder } from '../src/database/seed/demo-seeder';
import {
  bearer,
  createTestApp,
  TestApp,
  validEvent,
  validRisk,
  validScheduleItem,
  validSite,
} from './harness';
import { pdfText } from './pdf-text';

const binary = (res: import('supertest').Request) =>
  res.buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });

const TEN_MB = 10 * 1024 * 1024;

describe('the police permit application and its pack', () => {
  let t: TestApp;
  let token: string;
  let adminToken: string;
  let eventId: string;
  let stageId: string;
  const url = (path: string) => `/api/events/${eventId}${path}`;
  const fields = (body: { details?: { field: string }[] }) => (body.details ?? []).map((d) => d.field);

  const application = (overrides: Record<string, unknown> = {}) => ({
    organizer: {
      name: 'Region Gotland',
      organizationNumber: '2120000803',
      address: 'Visborgsallén 19, Visby',
    },
    responsible: { name: 'Kim Lindqvist', phone: '070-174 06 05', email: 'kim@example.se' },
    kind: 'public-gathering',
    appearances: [
      {
        title: 'Regionens tal',
        topic: 'Trygghet under Almedalsveckan',
        startsAt: '2027-06-28T10:00:00+02:00',
        endsAt: '2027-06-28T11:00:00+02:00',
        siteId: stageId,
        place: '',
      },
    ],
    expectedVisitors: 800,
    evacuation: 'Publiken leds norrut längs Strandvägen till Strandgärdet.',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    adminToken = (await t.user('admin')).token;
    eventId = (
      await t.http
        .post('/api/events')
        .set(bearer(token))
        .send(validEvent({ locationName: 'Visby' }))
    ).body.id;
    stageId = (await t.http.post(url('/sites')).set(bearer(token)).send(validSite())).body.id;
    const person = await t.http
      .post(url('/participants'))
      .set(bearer(token))
      .send({ fullName: 'Åsa Öberg', role: 'elected-official' });
    await t.http
      .post(url(`/participants/${person.body.id}/schedule`))
      .set(bearer(token))
      .send(validScheduleItem({ title: 'Öppet samtal om trygghet', siteId: stageId, isPublic: true }));
    await t.http
      .post(url(`/participants/${person.body.id}/schedule`))
      .set(bearer(token))
      .send(validScheduleItem({ title: 'Internt möte', isPublic: false }));
  });
  afterAll(() => t.close());

  it('answers a draft made from the plan before anything is saved, with everything it lacks', async () => {
    const res = await t.http.get(url('/permit-application')).set(bearer(token));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      eventId,
      version: 0,
      updatedAt: null,
      kind: null,
      appearances: [
        {
          title: 'Öppet samtal om trygghet',
          topic: '',
          startsAt: '2027-06-28T08:00:00.000Z',
          siteId: stageId,
          place: 'Almedalsscenen',
        },
      ],
      context: { guards: 0, firstAid: 0, venues: 1, evacuationRoutes: 0, assemblyPoints: 0, risks: 0 },
    });
    expect(res.body.missing.map((item: { field: string }) => item.field)).toEqual([
      'organizer.name',
      'organizer.organizationNumber',
      'organizer.address',
      'responsible.name',
      'responsible.phone',
      'kind',
      'expectedVisitors',
      'staff.guards',
      'staff.firstAid',
      'sites.evacuationRoute',
      'sites.assemblyPoint',
      'risks',
    ]);
    expect(res.body.missing[0].message).toBe('Arrangörens namn');
  });

  it('refuses what a user can type wrong with 400 naming each field, in the caller’s language', async () => {
    const res = await t.http
      .put(url('/permit-application'))
      .set(bearer(token))
      .set('Accept-Language', 'en')
      .send({
        ...application(),
        organizer: { name: 'X', organizationNumber: '212000-0804', address: '' },
        responsible: { name: 'Kim', phone: 'ring mig', email: null },
        kind: 'concert',
        expectedVisitors: -3,
        version: 0,
      });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      error: expect.any(String),
      message: expect.any(String),
    });
    expect(fields(res.body).sort()).toEqual(
      ['expectedVisitors', 'kind', 'organizer.organizationNumber', 'responsible.phone'].sort(),
    );
    const unknownSite = await t.http
      .put(url('/permit-application'))
      .set(bearer(token))
      .send({
        ...application({ appearances: [{ ...application().appearances[0], siteId: 'no-such-site' }] }),
        version: 0,
      });
    expect(unknownSite.status).toBe(400);
    expect(fields(unknownSite.body)).toEqual(['appearances.0.siteId']);
  });

  it('saves with the version, answers 409 to a stale one, and the checklist shrinks', async () => {
    const first = await t.http
      .put(url('/permit-application'))
      .set(bearer(token))
      .send({
        ...application({ organizer: { name: 'Region Gotland', organizationNumber: '', address: '' } }),
        version: 0,
      });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, organizer: { name: 'Region Gotland' } });
    expect(first.body.responsible.phone).toBe('+46701740605');
    expect(fields({ details: first.body.missing })).toEqual([
      'organizer.organizationNumber',
      'organizer.address',
      'staff.guards',
      'staff.firstAid',
      'sites.evacuationRoute',
      'sites.assemblyPoint',
      'risks',
    ]);
    const stale = await t.http
      .put(url('/permit-application'))
      .set(bearer(token))
      .send({ ...application(), version: 0 });
    expect(stale.status).toBe(409);
    const second = await t.http
      .put(url('/permit-application'))
      .set(bearer(token))
      .send({ ...application(), version: 1 });
    expect(second.status).toBe(200);
    expect(second.body.version).toBe(2);
    expect(second.body.organizer.organizationNumber).toBe('212000-0803');
  });

  it('refuses the pack with 400 naming what is missing: never a half-empty PDF', async () => {
    const res = await t.http.get(url('/permit-pack.zip?lang=en')).set(bearer(token));
    expect(res.status).toBe(400);
    expect(fields(res.body)).toEqual([
      'staff.guards',
      'staff.firstAid',
      'sites.evacuationRoute',
      'sites.assemblyPoint',
      'risks',
    ]);
    expect(res.body.details[0].message).toBe('Guards (ordningsvakter) in the security organisation');
    const badLang = await t.http.get(url('/permit-pack.zip?lang=fi')).set(bearer(token));
    expect(badLang.status).toBe(400);
  });

  it('makes the pack of five numbered PDFs, each under 10 MB and holding its part, and audits it', async () => {
    const post = (path: string, body: object) => t.http.post(url(path)).set(bearer(token)).send(body);
    await post('/staff', {
      fullName: 'Ove Vakt',
      role: 'guard',
      organization: 'Gotlands Bevakning',
      phone: '070-111 22 33',
      shifts: [
        { startsAt: '2027-06-28T08:00:00+02:00', endsAt: '2027-06-28T16:00:00+02:00', siteId: stageId },
      ],
    });
    await post('/staff', { fullName: 'Sara Sjukvård', role: 'first-aid', phone: '070-222 33 44' });
    await post(
      '/sites',
      validSite({
        kind: 'evacuation-route',
        name: 'Utrymning Strandvägen',
        geometry: {
          type: 'LineString',
          coordinates: [
            [18.2882, 57.6404],
            [18.2902, 57.6424],
          ],
        },
      }),
    );
    await post(
      '/sites',
      validSite({
        kind: 'assembly-point',
        name: 'Återsamling Strandgärdet',
        geometry: { type: 'Point', coordinates: [18.2902, 57.6424] },
      }),
    );
    await post(
      '/sites',
      validSite({
        kind: 'accommodation',
        name: 'Hotell Hemlig',
        geometry: { type: 'Point', coordinates: [18.29, 57.64] },
      }),
    );
    await post('/risks', validRisk({ title: 'Trängsel vid scenen', category: 'crowding' }));
    const checked = await t.http.get(url('/permit-application')).set(bearer(token));
    expect(checked.body.missing).toEqual([]);
    expect(checked.body.context).toMatchObject({
      guards: 1,
      firstAid: 1,
      evacuationRoutes: 1,
      assemblyPoints: 1,
    });

    const res = await binary(t.http.get(url('/permit-pack.zip?lang=sv')).set(bearer(token)));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toContain('almedalsveckan-2027-tillstandsansokan-sv.zip');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
    expect(names.map((name) => name.split('/').pop())).toEqual([
      '01-ansokan.pdf',
      '02-situationsplan.pdf',
      '03-riskanalys.pdf',
      '04-sakerhetsorganisation.pdf',
      '05-utrymnings-och-beredskapskarta.pdf',
    ]);
    const text: string[] = [];
    for (const name of names) {
      const pdf = await zip.files[name].async('nodebuffer');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeLessThan(TEN_MB);
      text.push(pdfText(pdf).replace(/\s+/g, ' '));
    }
    const [summary, sitePlan, riskAnalysis, organisation, evacuation] = text;
    for (const expected of [
      'Bilaga 1 · Ansökan'.toUpperCase(),
      'Allmän sammankomst',
      'Region Gotland',
      '212000-0803',
      'Kim Lindqvist',
      '+46701740605',
      'Regionens tal',
      'Trygghet under Almedalsveckan',
      '800 personer',
      'Ordningsvakter 1',
      'Första hjälpen 1',
    ])
      expect(summary).toContain(expected);
    expect(sitePlan).toMatch(/Skala 1:[\d ]+/);
    expect(sitePlan).toContain('Almedalsscenen');
    expect(sitePlan).toContain('Utrymning Strandvägen');
    expect(sitePlan).not.toContain('Hotell Hemlig');
    expect(riskAnalysis).toContain('Trängsel vid scenen');
    expect(organisation).toContain('Ove Vakt');
    expect(organisation).toContain('+46701112233');
    expect(organisation).toContain('Sara Sjukvård');
    expect(organisation).toContain('post Almedalsscenen');
    expect(evacuation).toContain('Återsamling Strandgärdet');
    expect(evacuation).toContain('Publiken leds norrut');
    expect(evacuation).toContain('112');

    const english = await binary(t.http.get(url('/permit-pack.zip?lang=en')).set(bearer(token)));
    expect(english.status).toBe(200);
    const enZip = await JSZip.loadAsync(english.body as Buffer);
    const enNames = Object.keys(enZip.files).filter((name) => !enZip.files[name].dir);
    expect(enNames[0]).toMatch(/01-application\.pdf$/);
    const enSummary = pdfText(await enZip.files[enNames[0]].async('nodebuffer')).replace(/\s+/g, ' ');
    expect(enSummary).toContain('Public gathering');
    expect(enSummary).toContain('Expected visitors');

    const log = await t.http.get(`/api/audit?eventId=${eventId}&limit=500`).set(bearer(adminToken));
    const actions = log.body.items.map((entry: { action: string }) => entry.action);
    expect(actions.filter((action: string) => action === 'permit-pack.download')).toHaveLength(2);
    expect(actions).toContain('permit-application.read');
    expect(actions).toContain('permit-application.update');
    expect(JSON.stringify(log.body)).not.toContain('Kim Lindqvist');
  });

  it('is erased with the participants once the event’s retention has passed', async () => {
    const report = await t.app.get(RetentionService).purgeReport(new Date('2033-01-01T00:00:00Z'));
    expect(report.permitApplications).toContain(eventId);
    const after = await t.http.get(url('/permit-application')).set(bearer(token));
    expect(after.body).toMatchObject({ version: 0, organizer: { name: '' }, responsible: { name: '' } });
  });

  it('is for the event’s coordinators only', async () => {
    const outsider = (await t.user('coordinator')).token;
    const res = await t.http.get(url('/permit-application')).set(bearer(outsider));
    expect(res.status).toBe(404);
    const pack = await t.http.get(url('/permit-pack.zip')).set(bearer(outsider));
    expect(pack.status).toBe(404);
  });
});

describe('the demo event’s permit pack', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeeder).seedIfEmpty('demo-password-123');
  });
  afterAll(() => t.close());

  it('is complete at once: the application filled in, guards and first aid in the staff', async () => {
    const token = await t.login('samordnare@demo.tryggplan.local', 'demo-password-123');
    const eventId = (await t.http.get('/api/events').set(bearer(token))).body.items[0].id;
    const application = await t.http.get(`/api/events/${eventId}/permit-application`).set(bearer(token));
    expect(application.body).toMatchObject({ version: 1, missing: [], kind: 'public-gathering' });
    expect(application.body.appearances.length).toBeGreaterThan(3);
    expect(application.body.context.guards).toBeGreaterThanOrEqual(2);
    const res = await binary(t.http.get(`/api/events/${eventId}/permit-pack.zip`).set(bearer(token)));
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const files = Object.values(zip.files).filter((file) => !file.dir);
    expect(files).toHaveLength(5);
    for (const file of files) {
      const pdf = await file.async('nodebuffer');
      expect(pdf.length).toBeLessThan(TEN_MB);
    }
  });
});
