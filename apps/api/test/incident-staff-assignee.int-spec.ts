import { bearer, createTestApp, TestApp, validEvent } from './harness';
import { binaryBody, pdfText } from './pdf-text';

/** An incident assigned to a staff member on duty instead of a member of the event. */
describe('staff on duty as incident assignees', () => {
  let t: TestApp;
  let token: string;
  let memberId: string;
  let eventId: string;
  let otherEventId: string;
  let guardId: string;

  const hour = 3_600_000;
  const onDutyNow = () => ({
    startsAt: new Date(Date.now() - hour).toISOString(),
    endsAt: new Date(Date.now() + 2 * hour).toISOString(),
  });
  const addStaff = async (event: string, body: Record<string, unknown>) => {
    const res = await t.http.post(`/api/events/${event}/staff`).set(bearer(token)).send(body);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const url = (path = '') => `/api/events/${eventId}/incidents${path}`;
  const quick = (extra: Record<string, unknown> = {}) => ({
    category: 'threat',
    severity: 'high',
    description: 'Hotfull person vid scenen',
    location: { place: 'Almedalsparken' },
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestApp();
    const coordinator = await t.user('coordinator', 'cora');
    token = coordinator.token;
    memberId = coordinator.id;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    otherEventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    guardId = await addStaff(eventId, {
      fullName: 'Åsa Vakt',
      role: 'guard',
      phone: '070-174 06 50',
      shifts: [onDutyNow()],
    });
  });
  afterAll(() => t.close());

  it('assigns a guard on duty now: the incident, its page and its report PDF name them with their role', async () => {
    const onDuty = await t.http.get(`/api/events/${eventId}/on-duty`).set(bearer(token));
    expect(onDuty.body.items.map((item: { member: { id: string } }) => item.member.id)).toContain(guardId);

    const created = await t.http
      .post(url())
      .set(bearer(token))
      .send(quick({ staffAssigneeId: guardId }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ staffAssigneeId: guardId, assigneeId: null });

    const detail = await t.http.get(url(`/${created.body.id}`)).set(bearer(token));
    expect(detail.body.assignee).toEqual({
      id: guardId,
      displayName: 'Åsa Vakt',
      kind: 'staff',
      role: 'guard',
    });

    const pdf = await binaryBody(t.http.get(url(`/${created.body.id}/report.pdf`)).set(bearer(token)));
    expect(pdf.status).toBe(200);
    expect(pdfText(pdf.body)).toContain('Åsa Vakt');
  });

  it('refuses a staff member who is not of this event, and two assignees at once, with 400 naming the field', async () => {
    const elsewhere = await addStaff(otherEventId, { fullName: 'Bo Annan', role: 'driver' });
    for (const staffAssigneeId of ['nobody', elsewhere]) {
      const res = await t.http
        .post(url())
        .set(bearer(token))
        .set('Accept-Language', 'en')
        .send(quick({ staffAssigneeId }));
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        {
          field: 'staffAssigneeId',
          code: 'unknown_staff',
          message: "The staff member is not part of this event's security organisation.",
        },
      ]);
    }
    const both = await t.http
      .post(url())
      .set(bearer(token))
      .send(quick({ staffAssigneeId: guardId, assigneeId: memberId }));
    expect(both.status).toBe(400);
    expect(both.body.details).toEqual([
      expect.objectContaining({ field: 'staffAssigneeId', code: 'one_assignee' }),
    ]);
  });

  it('keeps one assignee: a member replaces the staff member and back, each change in the timeline', async () => {
    const created = (
      await t.http
        .post(url())
        .set(bearer(token))
        .send(quick({ staffAssigneeId: guardId }))
    ).body;
    const toMember = await t.http
      .patch(url(`/${created.id}`))
      .set(bearer(token))
      .send({ version: created.version, assigneeId: memberId });
    expect(toMember.status).toBe(200);
    expect(toMember.body).toMatchObject({ assigneeId: memberId, staffAssigneeId: null });

    const toStaff = await t.http
      .patch(url(`/${created.id}`))
      .set(bearer(token))
      .send({ version: toMember.body.version, staffAssigneeId: guardId });
    expect(toStaff.body).toMatchObject({ assigneeId: null, staffAssigneeId: guardId });

    const unknown = await t.http
      .patch(url(`/${created.id}`))
      .set(bearer(token))
      .send({ version: toStaff.body.version, staffAssigneeId: 'nobody' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0]).toMatchObject({ field: 'staffAssigneeId', code: 'unknown_staff' });

    const detail = (await t.http.get(url(`/${created.id}`)).set(bearer(token))).body;
    const assignments = detail.entries
      .filter((entry: { kind: string }) => entry.kind === 'assignment')
      .map((entry: { body: string }) => entry.body);
    expect(assignments).toEqual([expect.stringMatching(/^Ansvarig: cora \d+\.$/), 'Ansvarig: Åsa Vakt.']);
  });

  it('survives the staff member’s deletion: no assignee, the timeline keeps their name', async () => {
    const driverId = await addStaff(eventId, {
      fullName: 'Dan Förare',
      role: 'driver',
      shifts: [onDutyNow()],
    });
    const created = (await t.http.post(url()).set(bearer(token)).send(quick())).body;
    await t.http
      .patch(url(`/${created.id}`))
      .set(bearer(token))
      .send({ version: created.version, staffAssigneeId: driverId })
      .expect(200);
    await t.http.delete(`/api/events/${eventId}/staff/${driverId}`).set(bearer(token)).expect(204);

    const detail = await t.http.get(url(`/${created.id}`)).set(bearer(token));
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ staffAssigneeId: null, assignee: null });
    expect(detail.body.entries.map((entry: { body: string }) => entry.body)).toContain(
      'Ansvarig: Dan Förare.',
    );
    const board = await t.http.get(url()).set(bearer(token));
    expect(board.status).toBe(200);
  });
});
