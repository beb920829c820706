import { CheckInsService } from '@tryggplan/api/check-ins-data';
import { LiveChannel } from '@tryggplan/api/core';
import { RetentionService } from '@tryggplan/api/participants';
import { bearer, createTestApp, TestApp, validEvent, validSite } from './harness';

/** A square zone around Almedalen park, about 400 m across. */
const ZONE = {
  kind: 'zone',
  name: 'Almedalszonen',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [18.285, 57.638],
        [18.292, 57.638],
        [18.292, 57.642],
        [18.285, 57.642],
        [18.285, 57.638],
      ],
    ],
  },
};

describe('check-ins', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;
  const sites: Record<string, string> = {};
  const people: Record<string, { id: string; link: string }> = {};
  let phoneCounter = 0;

  const post = (path: string, body: object) =>
    t.http.post(`/api/events/${eventId}${path}`).set(bearer(token)).send(body);
  const link = async (participantId: string, event = eventId) => {
    const res = await t.http
      .post(`/api/events/${event}/participants/${participantId}/link`)
      .set(bearer(token));
    return String(res.body.url).split('/p/')[1];
  };
  /** A person with an optional schedule item at a site, and an optional accommodation. */
  const person = async (
    name: string,
    options: { itemAt?: string; startsAt?: string; endsAt?: string; hotel?: string; event?: string } = {},
  ) => {
    const event = options.event ?? eventId;
    phoneCounter += 1;
    const created = await t.http
      .post(`/api/events/${event}/participants`)
      .set(bearer(token))
      .send({
        fullName: name,
        phone: `+4670123450${phoneCounter}`,
        accommodationSiteId: options.hotel ?? null,
      });
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201 });
    const id = created.body.id as string;
    if (options.itemAt) {
      const item = await t.http
        .post(`/api/events/${event}/participants/${id}/schedule`)
        .set(bearer(token))
        .send({
          title: 'Seminarium',
          siteId: options.itemAt,
          startsAt: options.startsAt ?? new Date(Date.now() - 30 * 60_000).toISOString(),
          endsAt: options.endsAt ?? new Date(Date.now() + 30 * 60_000).toISOString(),
        });
      expect(item.status).toBe(201);
    }
    return { id, link: await link(id, event) };
  };
  const answer = (who: string, checkInId: string, body: object) =>
    t.http.post(`/api/p/${people[who].link}/check-ins/${checkInId}`).send(body);
  const liveTypes = async () =>
    (await t.app.get(LiveChannel).since(eventId, 0)).map(
      (entry) => `${entry.type} ${JSON.stringify(entry.data)}`,
    );

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    // the event runs now, so that "now" is inside its week
    eventId = (
      await t.http
        .post('/api/events')
        .set(bearer(token))
        .send(
          validEvent({
            startsAt: new Date(Date.now() - 2 * 86400_000).toISOString(),
            endsAt: new Date(Date.now() + 5 * 86400_000).toISOString(),
          }),
        )
    ).body.id;
    sites['zone'] = (await post('/sites', ZONE)).body.id;
    sites['stage'] = (
      await post(
        '/sites',
        validSite({ name: 'Scenen', geometry: { type: 'Point', coordinates: [18.2882, 57.6404] } }),
      )
    ).body.id;
    sites['hotelInside'] = (
      await post(
        '/sites',
        validSite({
          kind: 'accommodation',
          name: 'Hotell Almedalen',
          geometry: { type: 'Point', coordinates: [18.289, 57.639] },
        }),
      )
    ).body.id;
    sites['harbour'] = (
      await post(
        '/sites',
        validSite({ name: 'Hamnen', geometry: { type: 'Point', coordinates: [18.2795, 57.6445] } }),
      )
    ).body.id;
    sites['nearHarbour'] = (
      await post(
        '/sites',
        validSite({ name: 'Hamnkiosken', geometry: { type: 'Point', coordinates: [18.281, 57.6447] } }),
      )
    ).body.id;
    people['onStage'] = await person('Anna Scen', { itemAt: sites['stage'] });
    people['hotelGuest'] = await person('Bertil Hotell', { hotel: sites['hotelInside'] });
    people['later'] = await person('Cecilia Senare', {
      itemAt: sites['stage'],
      startsAt: new Date(Date.now() + 5 * 3600_000).toISOString(),
      endsAt: new Date(Date.now() + 6 * 3600_000).toISOString(),
    });
    people['harbour'] = await person('David Hamn', { itemAt: sites['nearHarbour'] });
  }, 60_000);
  afterAll(() => t.close());

  it('goes to the people in a zone: a schedule item there in the window, or their accommodation there', async () => {
    const res = await post('/check-ins', {
      target: { kind: 'zone', siteId: sites['zone'] },
      message: 'Stanna inomhus och svara här.',
      messageEn: 'Stay indoors and answer here.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      eventId,
      message: 'Stanna inomhus och svara här.',
      messageEn: 'Stay indoors and answer here.',
      target: { kind: 'zone', siteId: sites['zone'], siteName: 'Almedalszonen' },
      counts: { ok: 0, needHelp: 0, noAnswer: 2 },
      escalateAfterMinutes: 15,
      escalatedAt: null,
    });
    expect(Date.parse(res.body.escalatesAt) - Date.parse(res.body.createdAt)).toBe(15 * 60_000);
    const detail = await t.http.get(`/api/events/${eventId}/check-ins/${res.body.id}`).set(bearer(token));
    expect(detail.status).toBe(200);
    expect(detail.body.recipients.map((r: { fullName: string }) => r.fullName)).toEqual([
      'Anna Scen',
      'Bertil Hotell',
    ]);
    expect(detail.body.recipients[0]).toMatchObject({
      state: 'no-answer',
      phone: '+46701234501',
      raised: false,
    });
    const list = await t.http.get(`/api/events/${eventId}/check-ins`).set(bearer(token));
    expect(list.body).toMatchObject({ total: 1, items: [{ id: res.body.id }] });
    expect(await liveTypes()).toContain(`check-in.created {"checkInId":"${res.body.id}"}`);
  });

  it('goes to everyone, or to those at or near a site, and names every bad field', async () => {
    const all = await post('/check-ins', { target: { kind: 'all' } });
    expect(all.body.counts.noAnswer).toBe(4);
    const near = await post('/check-ins', { target: { kind: 'near-site', siteId: sites['harbour'] } });
    expect(near.status).toBe(201);
    expect(near.body.counts.noAnswer).toBe(1);
    const later = await post('/check-ins', {
      target: {
        kind: 'near-site',
        siteId: sites['stage'],
        from: new Date(Date.now() + 4 * 3600_000).toISOString(),
        to: new Date(Date.now() + 7 * 3600_000).toISOString(),
      },
    });
    // Cecilia's item at the stage later on; Bertil's hotel is some 160 m from the stage
    expect(later.body.counts.noAnswer).toBe(2);

    const missing = await post('/check-ins', { target: { kind: 'zone' }, mesage: 'typo' });
    expect(missing.status).toBe(400);
    expect(missing.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'mesage',
      'target.siteId',
    ]);
    const notZone = await t.http
      .post(`/api/events/${eventId}/check-ins?lang=en`)
      .set(bearer(token))
      .send({ target: { kind: 'zone', siteId: sites['stage'] } });
    expect(notZone.body.details).toEqual([
      { field: 'target.siteId', code: 'not_a_zone', message: 'The site must be a zone or perimeter.' },
    ]);
    const backwards = await post('/check-ins', {
      target: {
        kind: 'near-site',
        siteId: sites['stage'],
        from: '2027-06-28T12:00:00+02:00',
        to: '2027-06-28T10:00:00+02:00',
      },
      escalateAfterMinutes: 0,
      incidentId: 'nope',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'escalateAfterMinutes',
      'target.to',
    ]);
    const unknown = await post('/check-ins', {
      target: { kind: 'near-site', siteId: 'nope' },
      incidentId: 'nope',
    });
    expect(unknown.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'incidentId',
      'target.siteId',
    ]);
    expect((await t.http.get(`/api/events/${eventId}/check-ins/nope`).set(bearer(token))).status).toBe(404);
  });

  it('takes answers from personal pages once each, and "needs help" files one incident for the person', async () => {
    const incident = await post('/incidents', {
      category: 'threat',
      severity: 'high',
      location: { siteId: sites['stage'] },
      description: 'Hot mot scenen',
    });
    const checkIn = (
      await post('/check-ins', {
        target: { kind: 'near-site', siteId: sites['stage'] },
        incidentId: incident.body.id,
      })
    ).body;
    expect(checkIn.incidentId).toBe(incident.body.id);

    const mine = await t.http.get(`/api/p/${people['onStage'].link}/check-ins`);
    expect(mine.status).toBe(200);
    expect(mine.body[0]).toMatchObject({ id: checkIn.id, answer: null });

    const ok = await answer('hotelGuest', checkIn.id, { status: 'ok' });
    expect(ok.status).toBe(201);
    expect(ok.body.answer).toMatchObject({ status: 'ok', note: '' });
    // resent from the phone's queue: taken once
    expect((await answer('hotelGuest', checkIn.id, { status: 'ok' })).status).toBe(200);

    const help = await answer('onStage', checkIn.id, {
      status: 'need-help',
      note: 'Någon följer efter mig.',
    });
    expect(help.status).toBe(201);
    expect(
      (await answer('onStage', checkIn.id, { status: 'need-help', note: 'Någon följer efter mig.' })).status,
    ).toBe(200);
    await answer('onStage', checkIn.id, { status: 'need-help', note: 'Han står kvar vid kiosken.' });

    const detail = (await t.http.get(`/api/events/${eventId}/check-ins/${checkIn.id}`).set(bearer(token)))
      .body;
    expect(detail.counts).toEqual({ ok: 1, needHelp: 1, noAnswer: 0 });
    const helped = detail.recipients[0];
    expect(helped).toMatchObject({
      fullName: 'Anna Scen',
      state: 'need-help',
      note: 'Han står kvar vid kiosken.',
    });
    const made = await t.http.get(`/api/events/${eventId}/incidents/${helped.incidentId}`).set(bearer(token));
    expect(made.body).toMatchObject({
      status: 'reported',
      category: 'threat',
      severity: 'high',
      participantIds: [people['onStage'].id],
      reporter: { kind: 'participant', name: 'Anna Scen', mayCall: true },
      location: { siteId: sites['stage'] },
    });
    expect(made.body.description).toContain('Någon följer efter mig.');
    expect(helped.incidentNumber).toBe(made.body.number);
    const board = await t.http.get(`/api/events/${eventId}/incidents?q=avstämning`).set(bearer(token));
    expect(board.body.total).toBe(1);

    // not sent to this person, or no such check-in: nothing to answer
    expect((await answer('harbour', checkIn.id, { status: 'ok' })).status).toBe(404);
    expect((await answer('harbour', 'nope', { status: 'ok' })).status).toBe(404);
    const bad = await answer('hotelGuest', checkIn.id, { status: 'fine', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['extra', 'status']);
    expect(await liveTypes()).toContain(`check-in.answered {"checkInId":"${checkIn.id}"}`);

    const audit = await t.http
      .get(`/api/audit?eventId=${eventId}&limit=200`)
      .set(bearer((await t.user('admin')).token));
    const actions = (audit.body.items as { action: string }[]).map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['check-in.read', 'check-in.own.read', 'check-in.answer']),
    );
  });

  it('raises who has not answered once the time has come, on one instance, and tells the live stream', async () => {
    const checkIn = (
      await post('/check-ins', { target: { kind: 'zone', siteId: sites['zone'] }, escalateAfterMinutes: 5 })
    ).body;
    await answer('hotelGuest', checkIn.id, { status: 'ok' });
    // read once before: the view is kept, and the escalation (no request) must still show
    const before = await t.http.get(`/api/events/${eventId}/check-ins/${checkIn.id}`).set(bearer(token));
    expect(before.body.escalatedAt).toBeNull();
    const service = t.app.get(CheckInsService);
    expect(await service.escalateDue(new Date(Date.parse(checkIn.escalatesAt) - 1000))).toBe(0);
    const later = new Date(Date.parse(checkIn.escalatesAt) + 1000);
    expect(await service.escalateDue(later)).toBeGreaterThanOrEqual(1);
    // another instance looking after it finds nothing left to raise
    expect(await service.escalateDue(later)).toBe(0);
    const detail = (await t.http.get(`/api/events/${eventId}/check-ins/${checkIn.id}`).set(bearer(token)))
      .body;
    expect(detail.escalatedAt).not.toBeNull();
    expect(
      detail.recipients.map((r: { fullName: string; raised: boolean }) => [r.fullName, r.raised]),
    ).toEqual([
      ['Anna Scen', true],
      ['Bertil Hotell', false],
    ]);
    const escalations = (await liveTypes()).filter(
      (line) => line.startsWith('check-in.escalated') && line.includes(checkIn.id),
    );
    expect(escalations).toEqual([`check-in.escalated {"checkInId":"${checkIn.id}","raised":1}`]);
  });

  it('gives the recipients with how to reach them, for messages', async () => {
    const checkIn = (await post('/check-ins', { target: { kind: 'near-site', siteId: sites['harbour'] } }))
      .body;
    const contacts = await t.app
      .get(CheckInsService)
      .recipientsOf({ kind: 'system', lang: 'sv' }, eventId, checkIn.id);
    expect(contacts).toEqual([
      {
        participantId: people['harbour'].id,
        fullName: 'David Hamn',
        email: null,
        phone: '+46701234504',
        language: null,
      },
    ]);
  });

  it('limits the answers from one address', async () => {
    const checkIn = (await post('/check-ins', { target: { kind: 'all' } })).body;
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++)
      statuses.push((await answer('harbour', checkIn.id, { status: i % 2 ? 'ok' : 'need-help' })).status);
    expect(statuses).toContain(429);
    const limited = await answer('harbour', checkIn.id, { status: 'ok' });
    expect(limited.body).toMatchObject({ statusCode: 429 });
  });

  it("erases the answers with the event's retention", async () => {
    const ended = (
      await t.http
        .post('/api/events')
        .set(bearer(token))
        .send(validEvent({ startsAt: '2020-01-01T10:00:00Z', endsAt: '2020-01-02T10:00:00Z' }))
    ).body.id;
    const gone = await person('Gallras Gustavsson', { event: ended });
    const checkIn = (
      await t.http
        .post(`/api/events/${ended}/check-ins`)
        .set(bearer(token))
        .send({ target: { kind: 'all' } })
    ).body;
    await t.http
      .post(`/api/p/${gone.link}/check-ins/${checkIn.id}`)
      .send({ status: 'ok', note: 'Gustavsson är hemma' });
    await t.app.get(RetentionService).purgeReport();
    const after = await t.http.get(`/api/events/${ended}/check-ins/${checkIn.id}`).set(bearer(token));
    expect(after.body.recipients).toEqual([]);
    expect(JSON.stringify(after.body)).not.toContain('Gustavsson');
  });
});
