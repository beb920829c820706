import { AddressInfo } from 'node:net';
import { request as httpRequest } from 'node:http';
import { bearer, createTestApp, TestApp, validEvent, validRisk, validSite } from './harness';
import { pdfText } from './pdf-text';
import { RetentionService } from '@tryggplan/api/participants';
import { LiveChannel } from '@tryggplan/api/core';
import { createOrganization, createPartner, createShare } from './partners-fixture';

const binary = (res: import('supertest').Request) =>
  res.buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });

describe('incidents', () => {
  let t: TestApp;
  let token: string;
  let coordinator: { id: string; token: string };
  let eventId: string;
  let siteId: string;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.user('coordinator');
    token = coordinator.token;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    siteId = (
      await t.http
        .post(`/api/events/${eventId}/sites`)
        .set(bearer(token))
        .send(validSite({ name: 'Scenen' }))
    ).body.id;
  });
  afterAll(() => t.close());

  const url = (path = '') => `/api/events/${eventId}/incidents${path}`;
  const quick = (overrides: Record<string, unknown> = {}) => ({
    category: 'harassment',
    severity: 'high',
    location: { place: 'Almedalsparken, vid scenen' },
    description: 'En person ropade hotfulla saker mot talaren.',
    ...overrides,
  });
  const addParticipant = async (person: { fullName: string; phone?: string }) => {
    const res = await t.http.post(`/api/events/${eventId}/participants`).set(bearer(token)).send(person);
    expect(res.status).toBe(201);
    return res.body;
  };
  const create = async (overrides: Record<string, unknown> = {}) => {
    const res = await t.http.post(url()).set(bearer(token)).send(quick(overrides));
    expect(res.status).toBe(201);
    return res.body;
  };

  it('logs an incident from the four fields of the quick form, numbered per event, with its checklist', async () => {
    const first = await create();
    const second = await create({ category: 'theft', severity: 'low', location: { siteId } });
    expect(second.number).toBe(first.number + 1);
    expect(first).toMatchObject({
      status: 'reported',
      title: 'Trakasserier – Almedalsparken, vid scenen',
      isCrime: false,
      police: { status: 'not-reported', reportNumber: '' },
      isExercise: false,
      reporter: { kind: 'coordinator' },
      version: 1,
    });
    expect(second.location).toMatchObject({ siteId, siteName: 'Scenen' });
    expect(first.checklist).toHaveLength(8);
    expect(first.checklist[0]).toMatchObject({ id: 'safe', done: false, text: { sv: expect.any(String) } });

    const other = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    const elsewhere = await t.http.post(`/api/events/${other}/incidents`).set(bearer(token)).send(quick());
    expect(elsewhere.body.number).toBe(1);
  });

  it('writes a new incident whole: its links, first timeline entry, audit entry and live entry name its number', async () => {
    const person = await addParticipant({ fullName: 'Inblandad Person', phone: '0701234599' });
    const risk = (await t.http.post(`/api/events/${eventId}/risks`).set(bearer(token)).send(validRisk()))
      .body;
    const before = await t.app.get(LiveChannel).since(eventId, 0);
    const incident = await create({ participantIds: [person.id], riskIds: [risk.id] });
    expect(incident).toMatchObject({ participantIds: [person.id], riskIds: [risk.id] });
    const detail = await t.http.get(url(`/${incident.id}`)).set(bearer(token));
    expect(detail.body).toMatchObject({ participantIds: [person.id], riskIds: [risk.id] });
    const entries = await t.http.get(url(`/${incident.id}/entries`)).set(bearer(token));
    expect(entries.body.items ?? entries.body).toEqual([
      expect.objectContaining({ kind: 'created', data: { number: incident.number } }),
    ]);
    const admin = await t.user('admin');
    const log = await t.http.get(`/api/audit?subject=${incident.id}&limit=50`).set(bearer(admin.token));
    expect(log.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'incident.create', details: { number: incident.number } }),
      ]),
    );
    const live = (await t.app.get(LiveChannel).since(eventId, 0)).slice(before.length);
    expect(live).toEqual([
      expect.objectContaining({
        type: 'incident.created',
        data: { incidentId: incident.id, number: incident.number },
      }),
    ]);
  });

  it('names the fields of bad input, in the language asked for', async () => {
    const res = await t.http
      .post(url())
      .set(bearer(token))
      .set('Accept-Language', 'en')
      .send({ category: 'nope', severity: 'high', location: {}, description: '' });
    expect(res.status).toBe(400);
    const fields = res.body.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['category', 'description']));
    const unknown = await t.http
      .post(url())
      .set(bearer(token))
      .send(quick({ participantIds: ['nobody'], riskIds: ['none'], location: { siteId: 'gone' } }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`)).toEqual(
      expect.arrayContaining([
        'participantIds[0]:unknown_participant',
        'riskIds[0]:unknown_risk',
        'location.siteId:unknown_site',
      ]),
    );
    const nowhere = await t.http
      .post(url())
      .set(bearer(token))
      .send(quick({ location: {} }));
    expect(nowhere.body.details).toEqual([
      expect.objectContaining({ field: 'location', code: 'location_required' }),
    ]);
  });

  it('keeps an append-only timeline of every change, and strikes a wrong entry with a reason', async () => {
    const incident = await create();
    const risk = (await t.http.post(`/api/events/${eventId}/risks`).set(bearer(token)).send(validRisk()))
      .body;
    const patched = await t.http
      .patch(url(`/${incident.id}`))
      .set(bearer(token))
      .send({
        version: 1,
        status: 'in-progress',
        assigneeId: coordinator.id,
        riskIds: [risk.id],
        severity: 'critical',
      });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      status: 'in-progress',
      severity: 'critical',
      riskIds: [risk.id],
      version: 2,
    });

    const stale = await t.http
      .patch(url(`/${incident.id}`))
      .set(bearer(token))
      .send({ version: 1, severity: 'low' });
    expect(stale.status).toBe(409);

    const note = await t.http
      .post(url(`/${incident.id}/entries`))
      .set(bearer(token))
      .send({ body: 'Fel person' });
    expect(note.status).toBe(201);
    const struck = await t.http
      .post(url(`/${incident.id}/entries/${note.body.id}/strike`))
      .set(bearer(token))
      .send({ reason: 'Skrivet på fel händelse' });
    expect(struck.status).toBe(200);
    expect(struck.body.struck).toMatchObject({ reason: 'Skrivet på fel händelse' });
    const again = await t.http
      .post(url(`/${incident.id}/entries/${note.body.id}/strike`))
      .set(bearer(token))
      .send({ reason: 'igen' });
    expect(again.status).toBe(409);

    const detail = await t.http.get(url(`/${incident.id}`)).set(bearer(token));
    expect(detail.body.entries.map((entry: { kind: string }) => entry.kind)).toEqual([
      'created',
      'status',
      'assignment',
      'change',
      'note',
    ]);
    expect(detail.body.entries[4]).toMatchObject({
      body: 'Fel person',
      struck: { reason: 'Skrivet på fel händelse' },
    });
    expect(detail.body.entries[1].body).toBe('Status: Rapporterad → Hanteras.');
    expect(detail.body.risks).toEqual([expect.objectContaining({ id: risk.id })]);
    expect(detail.body.assignee).toMatchObject({ id: coordinator.id });
  });

  it('does not close a possible crime without a police report number or a reason', async () => {
    const incident = await create({ isCrime: true });
    const closing = await t.http
      .patch(url(`/${incident.id}`))
      .set(bearer(token))
      .send({ version: 1, status: 'closed' });
    expect(closing.status).toBe(400);
    expect(closing.body.details[0]).toMatchObject({ field: 'police', code: 'crime_not_reported' });

    const board = await t.http.get(url('?unreportedCrime=true')).set(bearer(token));
    expect(board.body.items.map((item: { id: string }) => item.id)).toContain(incident.id);
    expect(board.body.counts.unreportedCrimes).toBeGreaterThanOrEqual(1);

    const noNumber = await t.http
      .patch(url(`/${incident.id}`))
      .set(bearer(token))
      .send({ version: 1, police: { status: 'reported' } });
    expect(noNumber.body.details[0]).toMatchObject({
      field: 'police.reportNumber',
      code: 'report_number_required',
    });

    const reported = await t.http
      .patch(url(`/${incident.id}`))
      .set(bearer(token))
      .send({
        version: 1,
        police: { status: 'reported', reportNumber: '5000-K123456-27' },
        status: 'closed',
      });
    expect(reported.status).toBe(200);
    expect(reported.body).toMatchObject({
      status: 'closed',
      police: { status: 'reported', reportNumber: '5000-K123456-27' },
    });
    expect(reported.body.closedAt).toEqual(expect.any(String));
  });

  it('ticks checklist steps into the timeline', async () => {
    const incident = await create();
    const ticked = await t.http
      .post(url(`/${incident.id}/checklist/safe`))
      .set(bearer(token))
      .send({ done: true, version: 1 });
    expect(ticked.status).toBe(200);
    expect(ticked.body.checklist[0]).toMatchObject({ id: 'safe', done: true, doneBy: expect.any(String) });
    const unknown = await t.http
      .post(url(`/${incident.id}/checklist/nope`))
      .set(bearer(token))
      .send({ done: true, version: 2 });
    expect(unknown.status).toBe(404);
    const entries = await t.http.get(url(`/${incident.id}/entries`)).set(bearer(token));
    expect(entries.body.at(-1)).toMatchObject({
      kind: 'checklist',
      body: 'Klart: Se till att personen är i säkerhet.',
    });
  });

  it('keeps exercises out of the counts, and filters the board', async () => {
    const before = (await t.http.get(url()).set(bearer(token))).body.counts.total;
    const exercise = await create({ isExercise: true, category: 'fire' });
    const board = await t.http.get(url()).set(bearer(token));
    expect(board.body.counts.total).toBe(before);
    expect(board.body.items[0].id).toBe(exercise.id);
    const fires = await t.http.get(url('?category=fire&exercise=only')).set(bearer(token));
    expect(fires.body.items.map((item: { id: string }) => item.id)).toEqual([exercise.id]);
    const search = await t.http.get(url('?q=HOTFULLA')).set(bearer(token));
    expect(search.body.items.length).toBeGreaterThan(0);
  });

  it('lets the coordinator edit the action plan per category, with 409 on a stale save', async () => {
    const plan = await t.http.get(`/api/events/${eventId}/action-plan`).set(bearer(token));
    expect(plan.body.version).toBe(0);
    const categories = {
      ...plan.body.categories,
      theft: [{ text: { sv: 'Spärra kort', en: 'Block cards' }, forPerson: true }],
    };
    const saved = await t.http
      .put(`/api/events/${eventId}/action-plan`)
      .set(bearer(token))
      .send({ version: 0, categories });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    expect(saved.body.categories.theft).toEqual([
      expect.objectContaining({ text: { sv: 'Spärra kort', en: 'Block cards' } }),
    ]);
    const stale = await t.http
      .put(`/api/events/${eventId}/action-plan`)
      .set(bearer(token))
      .send({ version: 0, categories });
    expect(stale.status).toBe(409);
    const folder = await binary(
      t.http.get(`/api/events/${eventId}/briefing.pdf?format=a6&lang=en`).set(bearer(token)),
    );
    expect(folder.status).toBe(200);
    expect(pdfText(folder.body)).toContain('Make the person safe.');
    const theft = await create({ category: 'theft' });
    expect(theft.checklist.map((step: { text: { sv: string } }) => step.text.sv)).toEqual(['Spärra kort']);
  });

  it('takes a participant report from the personal page once per clientId, and shows its status there', async () => {
    const person = await addParticipant({ fullName: 'Rapportör', phone: '0701234567' });
    const link = await t.http
      .post(`/api/events/${eventId}/participants/${person.id}/link`)
      .set(bearer(token));
    const tokenOfLink = String(link.body.url).split('/p/')[1];
    const report = {
      clientId: 'phone-report-0001',
      description: 'Någon följde efter mig',
      mayCall: true,
      place: 'Hamnen',
    };
    const first = await t.http.post(`/api/p/${tokenOfLink}/incidents`).send(report);
    expect(first.status).toBe(201);
    const replay = await t.http.post(`/api/p/${tokenOfLink}/incidents`).send(report);
    expect(replay.status).toBe(200);
    expect(replay.body.id).toBe(first.body.id);

    // another person's phone sending the same clientId learns nothing of the first report
    const other = await addParticipant({ fullName: 'Annan' });
    const otherLink = await t.http
      .post(`/api/events/${eventId}/participants/${other.id}/link`)
      .set(bearer(token));
    const otherToken = String(otherLink.body.url).split('/p/')[1];
    const foreign = await t.http
      .post(`/api/p/${otherToken}/incidents`)
      .send({ ...report, description: 'Något annat' });
    expect(foreign.status).toBe(409);
    expect(foreign.body.message).toBe('Rapporten har redan skickats från en annan länk.');
    expect(JSON.stringify(foreign.body)).not.toContain(first.body.id);
    expect(JSON.stringify(foreign.body)).not.toContain('Hamnen');
    expect((await t.http.get(`/api/p/${otherToken}/incidents`)).body).toEqual([]);

    const mine = await t.http.get(`/api/p/${tokenOfLink}/incidents`);
    expect(mine.body).toEqual([
      expect.objectContaining({ id: first.body.id, status: 'reported', place: 'Hamnen' }),
    ]);

    const seen = await t.http.get(url(`/${first.body.id}`)).set(bearer(token));
    expect(seen.body).toMatchObject({
      reporter: { kind: 'participant', name: 'Rapportör', mayCall: true, phone: '+46701234567' },
      participantIds: [person.id],
    });
    expect((await t.http.post('/api/p/not-a-token/incidents').send(report)).status).toBe(404);
  });

  it('prints one incident for the police, and the post-event report as PDF and CSV, in both languages', async () => {
    const risk = (
      await t.http
        .post(`/api/events/${eventId}/risks`)
        .set(bearer(token))
        .send(validRisk({ title: 'Hot mot talare' }))
    ).body;
    const incident = await create({
      isCrime: true,
      riskIds: [risk.id],
      location: { point: { lat: 57.64, lng: 18.29 } },
    });
    await t.http
      .post(url(`/${incident.id}/entries`))
      .set(bearer(token))
      .send({ body: 'Vittne: Kalle' });
    await create({ isCrime: true, category: 'theft', description: 'Cykel stulen' });

    const one = await binary(t.http.get(url(`/${incident.id}/report.pdf?lang=en`)).set(bearer(token)));
    expect(one.status).toBe(200);
    expect(one.headers['content-type']).toBe('application/pdf');
    const oneText = pdfText(one.body);
    expect(oneText).toContain(`H-${incident.number}`);
    expect(oneText).toContain('INCIDENT REPORT');
    expect(oneText).toContain('Vittne: Kalle');
    expect(oneText).toContain('Hot mot talare');
    expect(oneText).toContain('Not reported to the police');

    const week = await binary(t.http.get(`/api/events/${eventId}/incident-report.pdf`).set(bearer(token)));
    expect(week.status).toBe(200);
    const weekText = pdfText(week.body);
    expect(weekText).toContain('Händelser under evenemanget');
    expect(weekText).toContain('Ännu inte polisanmälda');
    expect(weekText).toContain('Risker som inträffade');
    expect(weekText).toContain(`Hot mot talare (Hot och trakasserier): H-${incident.number}`);
    expect(weekText).toContain('Händelser utan planerad risk');

    const csv = await t.http.get(`/api/events/${eventId}/incidents.csv?lang=en`).set(bearer(token));
    expect(csv.status).toBe(200);
    expect(csv.text.split('\n')[0]).toContain('Number');
    expect(csv.text).toContain(`H-${incident.number}`);
    expect(csv.text).toContain('Hot mot talare');
  });

  it("erases the incidents' personal data with the event's retention, and keeps the statistics", async () => {
    const ended = (
      await t.http
        .post('/api/events')
        .set(bearer(token))
        .send(validEvent({ startsAt: '2020-01-01T10:00:00Z', endsAt: '2020-01-02T10:00:00Z' }))
    ).body.id;
    const person = (
      await t.http
        .post(`/api/events/${ended}/participants`)
        .set(bearer(token))
        .send({ fullName: 'Gallras Gustavsson' })
    ).body;
    const old = await t.http
      .post(`/api/events/${ended}/incidents`)
      .set(bearer(token))
      .send(quick({ description: 'Gustavsson hotades', participantIds: [person.id], isCrime: true }));
    await t.http
      .post(`/api/events/${ended}/incidents/${old.body.id}/entries`)
      .set(bearer(token))
      .send({ body: 'Ring Gustavsson' });

    const report = await t.app.get(RetentionService).purgeReport();
    expect(report.incidents).toEqual(expect.arrayContaining([{ eventId: ended, redacted: 1 }]));
    const after = await t.http.get(`/api/events/${ended}/incidents/${old.body.id}`).set(bearer(token));
    expect(after.body).toMatchObject({
      redacted: true,
      title: '',
      description: '',
      participantIds: [],
      entries: [],
    });
    expect(JSON.stringify(after.body)).not.toContain('Gustavsson');
    const board = await t.http.get(`/api/events/${ended}/incidents`).set(bearer(token));
    expect(board.body.counts).toMatchObject({ total: 1, unreportedCrimes: 1, bySeverity: { high: 1 } });
    expect((await t.app.get(RetentionService).purgeReport()).incidents).toEqual([]);
  });

  it("shows a partner with the incidents scope the event's incidents, names only with participant names", async () => {
    const admin = await t.user('admin');
    const person = await addParticipant({ fullName: 'Hemlig Person' });
    const incident = await create({
      participantIds: [person.id],
      description: 'Hemlig Person hotades vid scenen',
    });
    await t.http
      .post(url(`/${incident.id}/entries`))
      .set(bearer(token))
      .send({ body: 'Hemlig Person ringer tillbaka' });
    const withoutNames = await createOrganization(t, token, 'Polisen A');
    const withNames = await createOrganization(t, token, 'Polisen B');
    const riskOnly = await createOrganization(t, token, 'Vaktbolaget', 'security-company');
    const [a, b, c] = [
      await createPartner(t, admin.token, withoutNames),
      await createPartner(t, admin.token, withNames),
      await createPartner(t, admin.token, riskOnly),
    ];
    const shareA = await createShare(t, token, eventId, withoutNames, ['risks', 'incidents']);
    const shareB = await createShare(
      t,
      token,
      eventId,
      withNames,
      ['risks', 'incidents', 'participant-names'],
      {
        confirmParticipantNames: true,
      },
    );
    const shareC = await createShare(t, token, eventId, riskOnly, ['risks']);

    const plain = await t.http.get(`/api/shared/${shareA}/incidents`).set(bearer(a.token));
    expect(plain.status).toBe(200);
    const seen = plain.body.find((item: { id: string }) => item.id === incident.id);
    expect(seen).toMatchObject({ number: incident.number, description: null, participantNames: null });
    expect(plain.text).not.toContain('Hemlig Person');
    const note = await t.http
      .post(`/api/shared/${shareA}/incidents/${incident.id}/entries`)
      .set(bearer(a.token))
      .send({ body: 'Polisen har patrull på plats' });
    expect(note.status).toBe(201);

    const named = await t.http.get(`/api/shared/${shareB}/incidents`).set(bearer(b.token));
    const full = named.body.find((item: { id: string }) => item.id === incident.id);
    expect(full).toMatchObject({
      description: 'Hemlig Person hotades vid scenen',
      participantNames: ['Hemlig Person'],
    });
    expect(full.entries.map((entry: { body: string }) => entry.body)).toEqual(
      expect.arrayContaining(['Hemlig Person ringer tillbaka', 'Polisen har patrull på plats']),
    );
    expect((await t.http.get(`/api/shared/${shareC}/incidents`).set(bearer(c.token))).status).toBe(404);
    expect((await t.http.get(`/api/shared/${shareA}/incidents`).set(bearer(b.token))).status).toBe(404);
    const timeline = await t.http.get(url(`/${incident.id}/entries`)).set(bearer(token));
    expect(timeline.body.at(-1)).toMatchObject({ kind: 'note', body: 'Polisen har patrull på plats' });
  });

  it('audits every read of the incidents', async () => {
    const incident = await create();
    await t.http.get(url(`/${incident.id}`)).set(bearer(token));
    await t.http.get(url()).set(bearer(token));
    const admin = await t.user('admin');
    const log = await t.http.get(`/api/audit?eventId=${eventId}&limit=200`).set(bearer(admin.token));
    const actions = log.body.items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['incident.read', 'incident.list', 'incident.create']));
  });

  it('streams new incidents to an open board, and resumes after Last-Event-ID', async () => {
    const server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const open = (lastEventId?: string) =>
      new Promise<{ frames: string[]; close: () => void; next: (type: string) => Promise<string> }>(
        (resolve) => {
          const frames: string[] = [];
          const waiters: { type: string; resolve: (frame: string) => void }[] = [];
          const req = httpRequest(
            {
              port,
              host: '127.0.0.1',
              path: `/api/events/${eventId}/stream`,
              headers: { ...bearer(token), ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) },
            },
            (res) => {
              expect(res.headers['content-type']).toContain('text/event-stream');
              let buffer = '';
              res.on('data', (chunk: Buffer) => {
                buffer += chunk.toString();
                let end: number;
                while ((end = buffer.indexOf('\n\n')) >= 0) {
                  const frame = buffer.slice(0, end);
                  buffer = buffer.slice(end + 2);
                  frames.push(frame);
                  for (const waiter of [...waiters]) {
                    if (frame.includes(`event: ${waiter.type}`)) {
                      waiters.splice(waiters.indexOf(waiter), 1);
                      waiter.resolve(frame);
                    }
                  }
                }
              });
              resolve({
                frames,
                close: () => req.destroy(),
                next: (type) => {
                  const seen = frames.find((frame) => frame.includes(`event: ${type}`));
                  return seen
                    ? Promise.resolve(seen)
                    : new Promise((done) => waiters.push({ type, resolve: done }));
                },
              });
            },
          );
          req.end();
        },
      );

    const board = await open();
    await board.next('ready');
    const created = await create({ description: 'Live' });
    const frame = await board.next('incident.created');
    expect(frame).toContain(`"incidentId":"${created.id}"`);
    expect(frame).not.toContain('Live');
    const seq = /id: (\d+)/.exec(frame)?.[1] as string;
    board.close();

    const updated = await t.http
      .patch(url(`/${created.id}`))
      .set(bearer(token))
      .send({ version: 1, status: 'acknowledged' });
    expect(updated.status).toBe(200);
    const resumed = await open(seq);
    const missed = await resumed.next('incident.updated');
    expect(missed).toContain(created.id);
    resumed.close();

    const outsider = await t.user('coordinator', 'outsider');
    const denied = await t.http.get(`/api/events/${eventId}/stream`).set(bearer(outsider.token));
    expect(denied.status).toBe(404);
  });
});
