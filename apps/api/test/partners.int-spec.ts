import { SHARED_REGISTER_FIRST_PAGE } from '@tryggplan/shared/domain';
import {
  bearer,
  createTestApp,
  TestApp,
  validEvent,
  validRisk,
  validScheduleItem,
  validSite,
} from './harness';
import { createOrganization, createPartner, createShare, publishRevision } from './partners-fixture';
import { binaryBody, pdfText } from './pdf-text';

describe('partners: published risk plans, shares and reviews', () => {
  let t: TestApp;
  let coordinator: string;
  let admin: string;
  let eventId: string;
  let otherEventId: string;
  let policeId: string;
  let guardsId: string;
  let police: { token: string };
  let guards: { token: string };
  let policeShare: string;
  let guardsShare: string;
  let riskId: string;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = (await t.user('coordinator')).token;
    admin = (await t.user('admin')).token;
    eventId = (await t.http.post('/api/events').set(bearer(coordinator)).send(validEvent())).body.id;
    otherEventId = (
      await t.http
        .post('/api/events')
        .set(bearer(coordinator))
        .send(validEvent({ name: 'Annat' }))
    ).body.id;
    const site = await t.http.post(`/api/events/${eventId}/sites`).set(bearer(coordinator)).send(validSite());
    riskId = (
      await t.http
        .post(`/api/events/${eventId}/risks`)
        .set(bearer(coordinator))
        .send(validRisk({ siteIds: [site.body.id] }))
    ).body.id;
    const participant = await t.http
      .post(`/api/events/${eventId}/participants`)
      .set(bearer(coordinator))
      .send({ fullName: 'Åsa Öberg', phone: '070-174 06 09' });
    await t.http
      .post(`/api/events/${eventId}/participants/${participant.body.id}/schedule`)
      .set(bearer(coordinator))
      .send(validScheduleItem({ isPublic: true, siteId: site.body.id }));
    policeId = await createOrganization(t, coordinator, 'Polisen Region Gotland');
    guardsId = await createOrganization(t, coordinator, 'Vaktbolaget', 'security-company');
    police = await createPartner(t, admin, policeId);
    guards = await createPartner(t, admin, guardsId);
    policeShare = await createShare(t, coordinator, eventId, policeId, ['risks', 'map', 'public-schedule']);
    guardsShare = await createShare(t, coordinator, eventId, guardsId, ['risks']);
    await createShare(t, coordinator, otherEventId, guardsId, ['risks']);
  }, 30_000);
  afterAll(() => t.close());

  const read = (token: string, share: string, revision: number) =>
    t.http.get(`/api/shared/${share}/revisions/${revision}`).set(bearer(token));
  const readRisks = (token: string, share: string, revision: number, query = '') =>
    t.http.get(`/api/shared/${share}/revisions/${revision}/risks${query}`).set(bearer(token));

  it('shows a partner nothing before the first revision is published', async () => {
    const list = await t.http.get('/api/shared').set(bearer(police.token));
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ shareId: policeShare, revisions: [] })]);
    expect((await read(police.token, policeShare, 1)).status).toBe(404);
  });

  it('publishes numbered revisions that do not follow later edits', async () => {
    expect(await publishRevision(t, coordinator, eventId, { includePublicSchedule: true })).toBe(1);
    await t.http
      .patch(`/api/events/${eventId}/risks/${riskId}`)
      .set(bearer(coordinator))
      .send({ title: 'Opublicerad ändring', version: 1 });
    const res = await read(police.token, policeShare, 1);
    expect(res.status).toBe(200);
    expect(res.body.revision).toBe(1);
    expect(res.body.risks.map((r: { title: string }) => r.title)).toEqual(['Hot mot talare']);
    expect(res.body.sites).toHaveLength(1);
    expect(res.body.countsByLevel.high).toBe(1);
  });

  it('gives the public schedule without names, and nothing personal', async () => {
    const res = await read(police.token, policeShare, 1);
    expect(res.body.publicSchedule).toEqual([
      expect.objectContaining({ title: 'Seminarium om trygghet', siteName: 'Almedalsscenen' }),
    ]);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('Åsa');
    // her phone in either form (a random id may well hold "070")
    expect(text).not.toMatch(/070-174 06 09|\+46701740609|1740609/);
  });

  it('cuts a revision to the share scope', async () => {
    const res = await read(guards.token, guardsShare, 1);
    expect(res.status).toBe(200);
    expect(res.body.sites).toBeNull();
    expect(res.body.publicSchedule).toBeNull();
    expect(res.body.risks).toHaveLength(1);
  });

  it('shows participant names only when the share says so, and audits it', async () => {
    const bad = await t.http
      .post(`/api/events/${eventId}/shares`)
      .set(bearer(coordinator))
      .send({
        organizationId: policeId,
        scope: ['public-schedule', 'participant-names'],
        expiresAt: new Date(Date.now() + 86400_000).toISOString(),
      });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'confirmParticipantNames' })]);
    const namesOrg = await createOrganization(t, coordinator, 'Säpo', 'security-police');
    const partner = await createPartner(t, admin, namesOrg);
    const share = await createShare(
      t,
      coordinator,
      eventId,
      namesOrg,
      ['public-schedule', 'participant-names'],
      {
        confirmParticipantNames: true,
      },
    );
    const res = await read(partner.token, share, 1);
    expect(res.body.publicSchedule[0].participantName).toBe('Åsa Öberg');
    expect(res.body.risks).toBeNull();
    expect((await readRisks(partner.token, share, 1)).status).toBe(404);
    const audit = await t.http
      .get(`/api/audit?eventId=${eventId}&subject=${share}`)
      .set(bearer((await t.user('admin')).token));
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['shares.create', 'shared.participant-names-read']),
    );
  });

  it('lists an event shared twice with the organisation once, by its newest share', async () => {
    const again = await createShare(t, coordinator, eventId, policeId, ['risks']);
    const list = await t.http.get('/api/shared').set(bearer(police.token));
    expect(list.body.items.map((item: { shareId: string }) => item.shareId)).toEqual([again]);
    await t.http.delete(`/api/events/${eventId}/shares/${again}`).set(bearer(coordinator)).expect(204);
    const after = await t.http.get('/api/shared').set(bearer(police.token));
    expect(after.body.items.map((item: { shareId: string }) => item.shareId)).toEqual([policeShare]);
  });

  it('keeps other events and other organisations out', async () => {
    const list = await t.http.get('/api/shared').set(bearer(police.token));
    expect(list.body.items.map((item: { eventId: string }) => item.eventId)).toEqual([eventId]);
    expect((await read(police.token, guardsShare, 1)).status).toBe(404);
    expect((await t.http.get(`/api/events/${eventId}/risks`).set(bearer(police.token))).status).toBe(404);
  });

  it("hides other organisations' comments until the coordinator shows them", async () => {
    const posted = await t.http
      .post(`/api/shared/${guardsShare}/revisions/1/comments`)
      .set(bearer(guards.token))
      .send({ riskId, body: 'Vi behöver fler vakter vid scenen.' });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ riskTitle: 'Hot mot talare', organizationName: 'Vaktbolaget' });
    expect((await read(police.token, policeShare, 1)).body.comments).toEqual([]);
    expect((await read(guards.token, guardsShare, 1)).body.comments).toHaveLength(1);

    const reply = await t.http
      .post(`/api/events/${eventId}/risk-plan/revisions/1/comments/${posted.body.id}/replies`)
      .set(bearer(coordinator))
      .send({ body: 'Vi lägger till två vakter.' });
    expect(reply.body.replies).toEqual([expect.objectContaining({ body: 'Vi lägger till två vakter.' })]);
    await t.http
      .patch(`/api/events/${eventId}/risk-plan/revisions/1/comments/${posted.body.id}`)
      .set(bearer(coordinator))
      .send({ visibleToPartners: true });
    const seen = (await read(police.token, policeShare, 1)).body.comments;
    expect(seen).toEqual([expect.objectContaining({ body: 'Vi behöver fler vakter vid scenen.' })]);
    expect(seen[0].replies).toHaveLength(1);
  });

  it('refuses comments on risks that are not in the revision', async () => {
    const res = await t.http
      .post(`/api/shared/${policeShare}/revisions/1/comments`)
      .set(bearer(police.token))
      .send({ riskId: 'not-a-risk', body: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('riskId');
  });

  it('records reviews, tells who has not reviewed, and what changed since the last review', async () => {
    const noComment = await t.http
      .post(`/api/shared/${policeShare}/revisions/1/review`)
      .set(bearer(police.token))
      .send({ decision: 'changes-requested' });
    expect(noComment.status).toBe(400);
    const review = await t.http
      .post(`/api/shared/${policeShare}/revisions/1/review`)
      .set(bearer(police.token))
      .send({ decision: 'changes-requested', comment: 'Lägg till utrymning.' });
    expect(review.status).toBe(201);
    const coordinatorView = await t.http
      .get(`/api/events/${eventId}/risk-plan/revisions/1`)
      .set(bearer(coordinator));
    expect(coordinatorView.body.reviews).toEqual([
      expect.objectContaining({ organizationName: 'Polisen Region Gotland', decision: 'changes-requested' }),
    ]);
    expect(coordinatorView.body.pendingOrganizations.map((o: { name: string }) => o.name)).toContain(
      'Vaktbolaget',
    );
    expect(coordinatorView.body.publicSchedule[0].participantName).toBe('Åsa Öberg');
    const audit = await t.http
      .get(`/api/audit?eventId=${eventId}&action=risk-plan.revision-read`)
      .set(bearer((await t.user('admin')).token));
    expect(audit.body.total).toBeGreaterThan(0);

    await t.http
      .post(`/api/events/${eventId}/risks`)
      .set(bearer(coordinator))
      .send(validRisk({ title: 'Utrymning', category: 'crowding' }));
    expect(await publishRevision(t, coordinator, eventId, { note: 'Utrymning tillagd' })).toBe(2);
    const second = await read(police.token, policeShare, 2);
    expect(second.body.changes).toEqual({
      sinceRevision: 1,
      reviewed: true,
      added: [{ id: expect.any(String), number: 2, title: 'Utrymning' }],
      removed: [],
      changed: [
        {
          id: riskId,
          number: 1,
          title: 'Opublicerad ändring',
          fields: [{ field: 'title', before: 'Hot mot talare', after: 'Opublicerad ändring' }],
          mitigations: { added: [], removed: [], changed: [] },
        },
      ],
    });
    // the organisation that never reviewed compares with the previous revision
    const unreviewed = await read(guards.token, guardsShare, 2);
    expect(unreviewed.body.changes).toMatchObject({ sinceRevision: 1, reviewed: false });
    // the coordinator sees the same comparison with the previous revision
    const secondForCoordinator = await t.http
      .get(`/api/events/${eventId}/risk-plan/revisions/2`)
      .set(bearer(coordinator));
    expect(secondForCoordinator.body.changes).toEqual({ ...second.body.changes, reviewed: false });
    expect(coordinatorView.body.changes).toBeNull();
    expect(second.body.publicSchedule).toBeNull();
    const approved = await t.http
      .post(`/api/shared/${policeShare}/revisions/2/review`)
      .set(bearer(police.token))
      .send({ decision: 'approved' });
    expect(approved.body).toMatchObject({ revision: 2, decision: 'approved' });
    const list = await t.http.get('/api/shared').set(bearer(police.token));
    expect(list.body.items[0].lastReviewedRevision).toBe(2);
  });

  it('serves the risk plan PDF of a revision, with the map only when the share includes it', async () => {
    const pdf = async (token: string, share: string) => {
      const res = await binaryBody(
        t.http.get(`/api/shared/${share}/revisions/2/risk-plan.pdf`).set(bearer(token)),
      );
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      return pdfText(res.body as Buffer);
    };
    const withMap = await pdf(police.token, policeShare);
    expect(withMap).toContain('Revision 2');
    expect(withMap).toContain('Platser på kartan');
    expect(withMap).toContain('Almedalsscenen');
    const withoutMap = await pdf(guards.token, guardsShare);
    expect(withoutMap).toContain('Revision 2');
    expect(withoutMap).toContain('Utrymning');
    expect(withoutMap).not.toContain('Platser på kartan');
    expect(withoutMap).not.toContain('Almedalsscenen');
  });

  it('answers 304 to an unchanged revision and shows every change on the next read', async () => {
    const first = await read(guards.token, guardsShare, 1);
    expect(first.headers.etag).toBeTruthy();
    const again = (etag: string) =>
      t.http
        .get(`/api/shared/${guardsShare}/revisions/1`)
        .set(bearer(guards.token))
        .set('if-none-match', etag);
    expect((await again(first.headers.etag)).status).toBe(304);
    const withEncoding = (encoding: string) =>
      t.http
        .get(`/api/shared/${guardsShare}/revisions/1`)
        .set(bearer(guards.token))
        .set('accept-encoding', encoding);
    const plain = await withEncoding('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await withEncoding('gzip');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body).toEqual(plain.body);
    const posted = await t.http
      .post(`/api/shared/${guardsShare}/revisions/1/comments`)
      .set(bearer(guards.token))
      .send({ riskId, body: 'Belysning vid entrén?' });
    const afterComment = await again(first.headers.etag);
    expect(afterComment.status).toBe(200);
    expect(afterComment.body.comments.map((c: { body: string }) => c.body)).toContain(
      'Belysning vid entrén?',
    );
    await t.http
      .post(`/api/events/${eventId}/risk-plan/revisions/1/comments/${posted.body.id}/replies`)
      .set(bearer(coordinator))
      .send({ body: 'Ja, två master.' });
    const afterReply = await read(guards.token, guardsShare, 1);
    const thread = afterReply.body.comments.find((c: { id: string }) => c.id === posted.body.id);
    expect(thread.replies.map((r: { body: string }) => r.body)).toEqual(['Ja, två master.']);
    await t.http
      .post(`/api/shared/${guardsShare}/revisions/1/review`)
      .set(bearer(guards.token))
      .send({ decision: 'approved' });
    const afterReview = await again(afterReply.headers.etag);
    expect(afterReview.status).toBe(200);
    expect(afterReview.body.review).toMatchObject({ decision: 'approved' });
  });

  it('closes a share at once when revoked or expired, and audits it', async () => {
    const cached = await read(guards.token, guardsShare, 1);
    expect(cached.status).toBe(200);
    await t.http.delete(`/api/events/${eventId}/shares/${guardsShare}`).set(bearer(coordinator)).expect(204);
    expect((await read(guards.token, guardsShare, 1)).status).toBe(404);
    const revalidated = await t.http
      .get(`/api/shared/${guardsShare}/revisions/1`)
      .set(bearer(guards.token))
      .set('if-none-match', cached.headers.etag);
    expect(revalidated.status).toBe(404);
    expect((await readRisks(guards.token, guardsShare, 1)).status).toBe(404);
    const shares = await t.http.get(`/api/events/${eventId}/shares`).set(bearer(coordinator));
    expect(shares.body.items.find((s: { id: string }) => s.id === guardsShare).status).toBe('revoked');
    const audit = await t.http
      .get(`/api/audit?subject=${guardsShare}`)
      .set(bearer((await t.user('admin')).token));
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('shares.revoke');
    await t.sql(`UPDATE "shares" SET "expiresAt" = '2020-01-01T00:00:00.000Z' WHERE "id" = ?`, [policeShare]);
    expect((await read(police.token, policeShare, 2)).status).toBe(404);
    expect((await readRisks(police.token, policeShare, 2)).status).toBe(404);
    expect((await t.http.get('/api/shared').set(bearer(police.token))).body.items).toEqual([]);
  });

  it('publishes a 1,000-risk plan', async () => {
    // importing 1,000 rows takes a while on a busy machine; the time itself is the bench's business
    const big = (await t.http.post('/api/events').set(bearer(coordinator)).send(validEvent())).body.id;
    const csv = ['title;category;likelihood;consequence']
      .concat(Array.from({ length: 1000 }, (_, i) => `Risk ${i};fire;${(i % 5) + 1};${(i % 3) + 1}`))
      .join('\n');
    const imported = await t.http
      .post(`/api/events/${big}/risks/import?dryRun=false`)
      .set(bearer(coordinator))
      .attach('file', Buffer.from(csv), 'risks.csv');
    expect(imported.status).toBe(201);
    await publishRevision(t, coordinator, big);
    const list = await t.http.get(`/api/events/${big}/risk-plan/revisions`).set(bearer(coordinator));
    expect(list.body.items[0]).toMatchObject({ revision: 1, riskCount: 1000 });

    // a partner gets the first page of the register with the revision, the rest page by page
    const share = await createShare(t, coordinator, big, policeId, ['risks']);
    const revision = await read(police.token, share, 1);
    expect(revision.body).toMatchObject({ riskCount: 1000, countsByLevel: expect.any(Object) });
    expect(revision.body.risks).toHaveLength(SHARED_REGISTER_FIRST_PAGE);
    const last = await readRisks(police.token, share, 1, '?offset=900&limit=500');
    expect(last.status).toBe(200);
    expect(last.body.total).toBe(1000);
    expect(last.body.items.map((risk: { id: string }) => risk.id)).toEqual(
      (await t.http.get(`/api/events/${big}/risk-plan/revisions/1`).set(bearer(coordinator))).body.risks
        .slice(900)
        .map((risk: { id: string }) => risk.id),
    );
    expect((await readRisks(police.token, share, 1, '?limit=501')).status).toBe(400);
    expect((await readRisks(police.token, share, 2)).status).toBe(404);
  }, 30_000);
});
