import { bearer, createTestApp, TestApp, validEvent, validSite } from './harness';

describe('events', () => {
  let t: TestApp;
  let coordinator: { id: string; token: string };
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.user('coordinator');
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>, token = coordinator.token) =>
    t.http.post('/api/events').set(bearer(token)).send(body);

  it('creates an event with defaults, and its creator can list and read it', async () => {
    const res = await create(validEvent());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Almedalsveckan 2027',
      startsAt: '2027-06-27T06:00:00.000Z',
      endsAt: '2027-07-02T20:00:00.000Z',
      timezone: 'Europe/Stockholm',
      status: 'planning',
      version: 1,
      contacts: [],
    });
    expect(typeof res.body.id).toBe('string');
    const list = await t.http.get('/api/events').set(bearer(coordinator.token));
    expect(list.body.items.map((e: { id: string }) => e.id)).toContain(res.body.id);
    expect(list.body.total).toBeGreaterThanOrEqual(1);
    const read = await t.http.get(`/api/events/${res.body.id}`).set(bearer(coordinator.token));
    expect(read.body).toEqual(res.body);
  });

  it('reads back contacts, the party choice and every field exactly as they were saved', async () => {
    const created = await create(
      validEvent({
        contacts: [
          { role: 'unit-duty', name: 'Jouren', phone: '+46 70 174 06 06', email: 'jour@region.example' },
        ],
        keepsPartyAffiliation: true,
        briefingAdvice: 'Gå två och två.',
      }),
    );
    expect(created.status).toBe(201);
    const read = await t.http.get(`/api/events/${created.body.id}`).set(bearer(coordinator.token));
    expect(read.body).toEqual(created.body);
    expect(read.body.keepsPartyAffiliation).toBe(true);
    expect(read.body.contacts[0].email).toBe('jour@region.example');
  });

  it.each([
    ['name', { name: '' }, 'too_short'],
    ['name', { name: 'x'.repeat(201) }, 'too_long'],
    ['endsAt', { endsAt: '2027-06-26T08:00:00+02:00' }, 'end_before_start'],
    ['startsAt', { startsAt: '2027-06-27 08:00' }, 'invalid_datetime'],
    ['timezone', { timezone: 'Europe/Visby' }, 'invalid_timezone'],
    ['center.lat', { center: { lat: 91, lng: 18 } }, 'too_big'],
    ['center.lng', { center: { lat: 57, lng: -181 } }, 'too_small'],
    ['zoom', { zoom: 3.5 }, 'not_integer'],
    ['status', { status: 'done' }, 'invalid_choice'],
    ['nmae', { nmae: 'typo' }, 'unknown_field'],
    [
      'contacts.0.email',
      { contacts: [{ role: 'police', name: 'P', email: 'not-an-email' }] },
      'invalid_email',
    ],
  ])('rejects a bad %s with 400 naming the field', async (field, overrides, code) => {
    const res = await create(validEvent(overrides));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
  });

  it('names every missing required field at once', async () => {
    const res = await create({});
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'endsAt',
      'name',
      'startsAt',
    ]);
  });

  it('updates with the version read and answers 409 to a stale version', async () => {
    const { body: event } = await create(validEvent());
    const first = await t.http
      .patch(`/api/events/${event.id}`)
      .set(bearer(coordinator.token))
      .send({ name: 'Ny titel', version: event.version });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ name: 'Ny titel', version: event.version + 1 });
    const stale = await t.http
      .patch(`/api/events/${event.id}`)
      .set(bearer(coordinator.token))
      .send({ name: 'Skriver över', version: event.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('Conflict');
    const after = await t.http.get(`/api/events/${event.id}`).set(bearer(coordinator.token));
    expect(after.body.name).toBe('Ny titel');
  });

  it('checks end ≥ start against the stored value on a partial update', async () => {
    const { body: event } = await create(validEvent());
    const res = await t.http
      .patch(`/api/events/${event.id}`)
      .set(bearer(coordinator.token))
      .send({ endsAt: '2027-01-01T00:00:00Z', version: event.version });
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toMatchObject({ field: 'endsAt', code: 'end_before_start' });
  });

  it('requires a version on update', async () => {
    const { body: event } = await create(validEvent());
    const res = await t.http
      .patch(`/api/events/${event.id}`)
      .set(bearer(coordinator.token))
      .send({ name: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toMatchObject({ field: 'version', code: 'required' });
  });

  it('hides events from coordinators who are not members, until an admin adds them', async () => {
    const { body: event } = await create(validEvent());
    const other = await t.user('coordinator');
    const admin = await t.user('admin');
    expect((await t.http.get(`/api/events/${event.id}`).set(bearer(other.token))).status).toBe(404);
    const list = await t.http.get('/api/events').set(bearer(other.token));
    expect(list.body.items.map((e: { id: string }) => e.id)).not.toContain(event.id);
    const added = await t.http
      .post(`/api/events/${event.id}/members`)
      .set(bearer(admin.token))
      .send({ userId: other.id });
    expect(added.status).toBe(201);
    expect(added.body.map((m: { userId: string }) => m.userId)).toEqual(
      expect.arrayContaining([coordinator.id, other.id]),
    );
    expect((await t.http.get(`/api/events/${event.id}`).set(bearer(other.token))).status).toBe(200);
  });

  it('does not make a partner a member', async () => {
    const { body: event } = await create(validEvent());
    const partner = await t.user('partner');
    const res = await t.http
      .post(`/api/events/${event.id}/members`)
      .set(bearer(coordinator.token))
      .send({ userId: partner.id });
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('userId');
  });

  it('deletes an event with its sites', async () => {
    const { body: event } = await create(validEvent());
    await t.http.post(`/api/events/${event.id}/sites`).set(bearer(coordinator.token)).send(validSite());
    expect((await t.http.delete(`/api/events/${event.id}`).set(bearer(coordinator.token))).status).toBe(204);
    expect((await t.http.get(`/api/events/${event.id}`).set(bearer(coordinator.token))).status).toBe(404);
  });
});

describe('sites and the briefing PDF', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    eventId = (
      await t.http
        .post('/api/events')
        .set(bearer(token))
        .send(
          validEvent({
            name: 'Järvaveckan – övning',
            contacts: [{ role: 'security-coordinator', name: 'Åsa Öberg', phone: '+46 70 174 06 07' }],
          }),
        )
    ).body.id;
  });
  afterAll(() => t.close());

  it('creates point sites and lists them, also as GeoJSON', async () => {
    const created = await t.http.post(`/api/events/${eventId}/sites`).set(bearer(token)).send(validSite());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      eventId,
      kind: 'venue',
      name: 'Almedalsscenen',
      version: 1,
      description: '',
    });
    const list = await t.http.get(`/api/events/${eventId}/sites`).set(bearer(token));
    expect(list.body.total).toBe(1);
    const geojson = await t.http.get(`/api/events/${eventId}/sites.geojson`).set(bearer(token));
    expect(geojson.headers['content-type']).toMatch(/application\/geo\+json/);
    expect(geojson.body.features[0]).toMatchObject({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [18.2882, 57.6404] },
      properties: { kind: 'venue', name: 'Almedalsscenen' },
    });
  });

  it.each([
    [
      'geometry.coordinates',
      { geometry: { type: 'Point', coordinates: [18, 95] } },
      'coordinate_out_of_range',
    ],
    ['geometry', { kind: 'zone' }, 'geometry_kind_mismatch'],
    ['kind', { kind: 'castle' }, 'invalid_choice'],
    ['name', { name: '   ' }, 'too_short'],
    ['colour', { colour: 'red' }, 'unknown_field'],
  ])('rejects a bad %s', async (field, overrides, code) => {
    const res = await t.http
      .post(`/api/events/${eventId}/sites`)
      .set(bearer(token))
      .send(validSite(overrides));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
  });

  it('updates a site with its version and deletes it', async () => {
    const { body: site } = await t.http
      .post(`/api/events/${eventId}/sites`)
      .set(bearer(token))
      .send(validSite({ name: 'Tält' }));
    const updated = await t.http
      .patch(`/api/events/${eventId}/sites/${site.id}`)
      .set(bearer(token))
      .send({ address: 'Donners plats', version: 1 });
    expect(updated.body).toMatchObject({ address: 'Donners plats', version: 2 });
    const stale = await t.http
      .patch(`/api/events/${eventId}/sites/${site.id}`)
      .set(bearer(token))
      .send({ address: 'x', version: 1 });
    expect(stale.status).toBe(409);
    expect((await t.http.delete(`/api/events/${eventId}/sites/${site.id}`).set(bearer(token))).status).toBe(
      204,
    );
  });

  it('does not reach a site through another event', async () => {
    const { body: site } = await t.http
      .post(`/api/events/${eventId}/sites`)
      .set(bearer(token))
      .send(validSite());
    const { body: other } = await t.http.post('/api/events').set(bearer(token)).send(validEvent());
    const res = await t.http
      .patch(`/api/events/${other.id}/sites/${site.id}`)
      .set(bearer(token))
      .send({ name: 'x', version: 1 });
    expect(res.status).toBe(404);
  });

  it('downloads the A4 briefing PDF in Swedish and English, and audits it', async () => {
    for (const lang of ['sv', 'en']) {
      const res = await t.http
        .get(`/api/events/${eventId}/briefing.pdf?format=a4&lang=${lang}`)
        .set(bearer(token))
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => callback(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain(`jarvaveckan-ovning-a4-${lang}.pdf`);
      const bytes = res.body as Buffer;
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(5000);
    }
    const plan = await t.http.get(`/api/events/${eventId}/risk-plan.pdf?lang=en`).set(bearer(token));
    expect(plan.status).toBe(200);
    expect(plan.headers['content-type']).toBe('application/pdf');
    const audit = await t.http
      .get(`/api/audit?eventId=${eventId}`)
      .set(bearer((await t.user('admin')).token));
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['briefing.event-download', 'risk-plan.download']),
    );
    const bad = await t.http.get(`/api/events/${eventId}/briefing.pdf?lang=de`).set(bearer(token));
    expect(bad.status).toBe(400);
    expect(bad.body.details[0]).toMatchObject({ field: 'lang', code: 'invalid_choice' });
  });
});
