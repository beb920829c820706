import { RetentionService } from '@tryggplan/api/participants';
import { bearer, createTestApp, TestApp, validEvent, validSite } from './harness';

const shift = (startsAt: string, endsAt: string, siteId?: string) => ({
  startsAt,
  endsAt,
  ...(siteId ? { siteId } : {}),
});

describe('the security organisation', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;
  let siteId: string;

  beforeAll(async () => {
    // a long retention time, so the app's own purge at start leaves the ended event of the last test alone
    t = await createTestApp({ RETENTION_DAYS: '3650' });
    token = (await t.user('coordinator')).token;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    siteId = (
      await t.http
        .post(`/api/events/${eventId}/sites`)
        .set(bearer(token))
        .send(validSite({ name: 'Scenen' }))
    ).body.id;
  });
  afterAll(() => t.close());

  const url = (path = '') => `/api/events/${eventId}/staff${path}`;
  const create = async (body: Record<string, unknown>) => {
    const res = await t.http.post(url()).set(bearer(token)).send(body);
    expect(res.status).toBe(201);
    return res.body;
  };

  it('adds a guard with shifts at a post, in the field names of the API, times in UTC', async () => {
    const guard = await create({
      fullName: 'Ove Vakt',
      role: 'guard',
      organization: 'Gotlands Bevakning',
      phone: '070-174 06 05',
      email: 'Ove@Example.se',
      shifts: [
        shift('2027-06-29T08:00:00+02:00', '2027-06-29T16:00:00+02:00', siteId),
        shift('2027-06-28T08:00:00+02:00', '2027-06-28T16:00:00+02:00'),
      ],
    });
    expect(guard).toEqual({
      id: expect.any(String),
      eventId,
      fullName: 'Ove Vakt',
      role: 'guard',
      organization: 'Gotlands Bevakning',
      phone: '+46701740605',
      email: 'ove@example.se',
      shifts: [
        { startsAt: '2027-06-28T06:00:00.000Z', endsAt: '2027-06-28T14:00:00.000Z', siteId: null },
        { startsAt: '2027-06-29T06:00:00.000Z', endsAt: '2027-06-29T14:00:00.000Z', siteId },
      ],
      version: 1,
    });
    const list = await t.http.get(url()).set(bearer(token));
    expect(list.body.map((member: { id: string }) => member.id)).toContain(guard.id);
  });

  it('refuses what a user can type wrong with 400 naming the field, in the caller’s language', async () => {
    const res = await t.http
      .post(url())
      .set(bearer(token))
      .set('Accept-Language', 'en')
      .send({
        fullName: '',
        role: 'bouncer',
        phone: 'ring mig',
        shifts: [shift('2027-06-28T16:00:00+02:00', '2027-06-28T08:00:00+02:00')],
      });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      error: expect.any(String),
      message: expect.any(String),
    });
    const fields = res.body.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['fullName', 'role', 'phone', 'shifts.0.endsAt']));
    const post = await t.http
      .post(url())
      .set(bearer(token))
      .send({
        fullName: 'Ulla',
        role: 'first-aid',
        shifts: [shift('2027-06-28T08:00:00+02:00', '2027-06-28T10:00:00+02:00', 'no-such-site')],
      });
    expect(post.status).toBe(400);
    expect(post.body.details).toEqual([
      expect.objectContaining({
        field: 'shifts.0.siteId',
        code: 'unknown_site',
        message: expect.any(String),
      }),
    ]);
    const unknown = await t.http
      .post(url())
      .set(bearer(token))
      .send({ fullName: 'X', role: 'guard', age: 3 });
    expect(unknown.status).toBe(400);
  });

  it('edits with the version and answers 409 to a stale one; deletes with the shifts', async () => {
    const medic = await create({ fullName: 'Sara Sjukvård', role: 'first-aid' });
    const edited = await t.http
      .patch(url(`/${medic.id}`))
      .set(bearer(token))
      .send({
        version: 1,
        shifts: [shift('2027-06-28T10:00:00+02:00', '2027-06-28T18:00:00+02:00', siteId)],
      });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, fullName: 'Sara Sjukvård', shifts: [{ siteId }] });
    const stale = await t.http
      .patch(url(`/${medic.id}`))
      .set(bearer(token))
      .send({ version: 1, fullName: 'X' });
    expect(stale.status).toBe(409);
    expect((await t.http.delete(url(`/${medic.id}`)).set(bearer(token))).status).toBe(204);
    expect((await t.http.delete(url(`/${medic.id}`)).set(bearer(token))).status).toBe(404);
    expect(
      (
        await t.http
          .patch(url(`/${medic.id}`))
          .set(bearer(token))
          .send({ version: 2 })
      ).status,
    ).toBe(404);
  });

  it('answers who is on duty at an instant, with the shift they are in', async () => {
    const driver = await create({
      fullName: 'Dan Chaufför',
      role: 'driver',
      shifts: [shift('2027-06-30T07:00:00+02:00', '2027-06-30T12:00:00+02:00', siteId)],
    });
    const at = encodeURIComponent('2027-06-30T09:30:00+02:00');
    const res = await t.http.get(`/api/events/${eventId}/on-duty?at=${at}`).set(bearer(token));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      at: '2027-06-30T07:30:00.000Z',
      items: [
        {
          member: expect.objectContaining({ id: driver.id, fullName: 'Dan Chaufför' }),
          shift: { startsAt: '2027-06-30T05:00:00.000Z', endsAt: '2027-06-30T10:00:00.000Z', siteId },
        },
      ],
    });
    const end = encodeURIComponent('2027-06-30T12:00:00+02:00');
    expect(
      (await t.http.get(`/api/events/${eventId}/on-duty?at=${end}`).set(bearer(token))).body.items,
    ).toEqual([]);
    expect((await t.http.get(`/api/events/${eventId}/on-duty?at=igår`).set(bearer(token))).status).toBe(400);
    expect((await t.http.get(`/api/events/${eventId}/on-duty`).set(bearer(token))).status).toBe(200);
  });

  it('keeps a shift when its post is deleted, without the post', async () => {
    const post = (await t.http.post(`/api/events/${eventId}/sites`).set(bearer(token)).send(validSite()))
      .body;
    const liaison = await create({
      fullName: 'Lisa Samband',
      role: 'liaison',
      shifts: [shift('2027-06-28T08:00:00+02:00', '2027-06-28T09:00:00+02:00', post.id)],
    });
    await t.http.delete(`/api/events/${eventId}/sites/${post.id}`).set(bearer(token));
    const list = await t.http.get(url()).set(bearer(token));
    const after = list.body.find((member: { id: string }) => member.id === liaison.id);
    expect(after.shifts).toEqual([expect.objectContaining({ siteId: null })]);
  });

  it('audits every read and change by id or count, never by name', async () => {
    const admin = await t.user('admin');
    const log = await t.http.get(`/api/audit?eventId=${eventId}&limit=200`).set(bearer(admin.token));
    const actions = log.body.items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['staff.list', 'staff.create', 'staff.update', 'staff.erase', 'staff.on-duty']),
    );
    expect(JSON.stringify(log.body)).not.toContain('Ove Vakt');
  });

  it('erases the staff of an ended event with the participants, once its retention has passed', async () => {
    const ended = (
      await t.http
        .post('/api/events')
        .set(bearer(token))
        .send(validEvent({ startsAt: '2020-06-01T10:00:00Z', endsAt: '2020-06-02T10:00:00Z' }))
    ).body.id;
    await t.http
      .post(`/api/events/${ended}/staff`)
      .set(bearer(token))
      .send({
        fullName: 'Gammal Vakt',
        role: 'guard',
        shifts: [shift('2020-06-01T10:00:00Z', '2020-06-01T12:00:00Z')],
      });
    const report = await t.app.get(RetentionService).purgeReport(new Date('2033-01-01T00:00:00Z'));
    expect(report.staff).toEqual(expect.arrayContaining([{ eventId: ended, erased: 1 }]));
    expect((await t.http.get(`/api/events/${ended}/staff`).set(bearer(token))).body).toEqual([]);
    // the event still running keeps its people
    expect((await t.http.get(url()).set(bearer(token))).body.length).toBeGreaterThan(0);
  });
});
