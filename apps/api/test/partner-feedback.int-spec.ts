import { bearer, createTestApp, TestApp, validEvent, validRisk } from './harness';
import { createOrganization, createPartner, createShare, publishRevision } from './partners-fixture';

describe('partner feedback: what a coordinator has not seen yet', () => {
  let t: TestApp;
  let admin: string;
  let coordinator: string;
  let colleague: string;
  let eventId: string;
  let otherEventId: string;
  let riskId: string;
  let otherRiskId: string;
  let police: { token: string };
  let share: string;

  const unread = (token: string, event = eventId) =>
    t.http.get(`/api/events/${event}/partner-feedback/unread`).set(bearer(token));
  const seen = (token: string, event = eventId) =>
    t.http.post(`/api/events/${event}/partner-feedback/seen`).set(bearer(token));
  const comment = (risk: string, body: string) =>
    t.http
      .post(`/api/shared/${share}/revisions/1/comments`)
      .set(bearer(police.token))
      .send({ riskId: risk, body });

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.user('admin')).token;
    coordinator = (await t.user('coordinator', 'samordnare')).token;
    const second = await t.user('coordinator', 'kollega');
    colleague = second.token;
    eventId = (await t.http.post('/api/events').set(bearer(coordinator)).send(validEvent())).body.id;
    otherEventId = (await t.http.post('/api/events').set(bearer(coordinator)).send(validEvent())).body.id;
    await t.http.post(`/api/events/${eventId}/members`).set(bearer(coordinator)).send({ userId: second.id });
    riskId = (await t.http.post(`/api/events/${eventId}/risks`).set(bearer(coordinator)).send(validRisk()))
      .body.id;
    otherRiskId = (
      await t.http
        .post(`/api/events/${eventId}/risks`)
        .set(bearer(coordinator))
        .send(validRisk({ title: 'Trängsel vid scenen' }))
    ).body.id;
    const policeId = await createOrganization(t, coordinator, 'Polisen');
    police = await createPartner(t, admin, policeId);
    await publishRevision(t, coordinator, eventId);
    share = await createShare(t, coordinator, eventId, policeId);
  });

  afterAll(() => t.close());

  it('counts nothing before partners have said anything', async () => {
    const res = await unread(coordinator);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ comments: 0, decisions: 0, riskIds: {} });
  });

  it('counts new comments per risk and new decisions, for each coordinator on their own', async () => {
    expect((await comment(riskId, 'Fler vakter vid scenen.')).status).toBe(201);
    expect((await comment(riskId, 'Och vid utgången.')).status).toBe(201);
    expect((await comment(otherRiskId, 'Staket behövs.')).status).toBe(201);
    const review = await t.http
      .post(`/api/shared/${share}/revisions/1/review`)
      .set(bearer(police.token))
      .send({ decision: 'changes-requested', comment: 'Lägg till utrymning.' });
    expect(review.status).toBe(201);

    const expected = { comments: 3, decisions: 1, riskIds: { [riskId]: 2, [otherRiskId]: 1 } };
    expect((await unread(coordinator)).body).toEqual(expected);
    expect((await unread(colleague)).body).toEqual(expected);
    // another event of the same coordinator has its own feedback
    expect((await unread(coordinator, otherEventId)).body).toEqual({
      comments: 0,
      decisions: 0,
      riskIds: {},
    });
  });

  it("marks everything so far seen for the caller only, and the coordinator's own replies never count", async () => {
    const marked = await seen(coordinator);
    expect(marked.status).toBe(200);
    expect(Date.parse(marked.body.seenUpTo)).not.toBeNaN();
    expect((await unread(coordinator)).body).toEqual({ comments: 0, decisions: 0, riskIds: {} });
    expect((await unread(colleague)).body).toMatchObject({ comments: 3, decisions: 1 });

    const revision = await t.http.get(`/api/events/${eventId}/risk-plan/revisions/1`).set(bearer(colleague));
    const thread = revision.body.comments[0].id as string;
    const reply = await t.http
      .post(`/api/events/${eventId}/risk-plan/revisions/1/comments/${thread}/replies`)
      .set(bearer(colleague))
      .send({ body: 'Tack, vi ordnar det.' });
    expect(reply.status).toBe(201);
    expect((await unread(coordinator)).body).toEqual({ comments: 0, decisions: 0, riskIds: {} });
  });

  it('counts what came after the marker, and a changed decision again', async () => {
    // the comments' times are at least a millisecond after the marker
    await new Promise((resolve) => setTimeout(resolve, 5));
    await comment(otherRiskId, 'Belysningen vid parken?');
    await t.http
      .post(`/api/shared/${share}/revisions/1/review`)
      .set(bearer(police.token))
      .send({ decision: 'approved' });
    expect((await unread(coordinator)).body).toEqual({
      comments: 1,
      decisions: 1,
      riskIds: { [otherRiskId]: 1 },
    });
  });

  it('never moves the marker back', async () => {
    const first = await seen(coordinator);
    await t.sql(`UPDATE "partner_feedback_seen" SET "seenUpTo" = ? WHERE "eventId" = ?`, [
      '2999-01-01T00:00:00.000Z',
      eventId,
    ]);
    const again = await seen(coordinator);
    expect(again.body.seenUpTo).toBe('2999-01-01T00:00:00.000Z');
    expect(first.body.seenUpTo < again.body.seenUpTo).toBe(true);
  });

  it('records marking seen in the audit log', async () => {
    const log = await t.http.get(`/api/audit?eventId=${eventId}`).set(bearer(admin));
    expect(log.status).toBe(200);
    expect(log.body.items.map((entry: { action: string }) => entry.action)).toContain(
      'partner-feedback.seen',
    );
  });

  it('answers 404 for an event the coordinator is not in and for one that does not exist', async () => {
    const outsider = (await t.user('coordinator', 'utomstaende')).token;
    expect((await unread(outsider)).status).toBe(404);
    expect((await seen(outsider)).status).toBe(404);
    expect((await unread(coordinator, 'no-such-event')).status).toBe(404);
    const missing = await seen(coordinator, 'no-such-event');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404 });
  });

  it('lets an event with markers on it be deleted: the markers go with it', async () => {
    expect((await t.http.delete(`/api/events/${eventId}`).set(bearer(coordinator))).status).toBe(204);
    expect((await unread(coordinator)).status).toBe(404);
  });
});
