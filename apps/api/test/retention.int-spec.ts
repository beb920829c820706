import { RetentionService } from '@tryggplan/api/participants';
import { pdfText } from './pdf-text';
import { bearer, createTestApp, TestApp, validEvent, validScheduleItem, validSite } from './harness';
import { createOrganization, createPartner, createShare, publishRevision } from './partners-fixture';

/** An event that ended in 2020, long past the retention time, with one person on its public schedule. */
async function endedEventWithPublicSchedule(t: TestApp, coordinator: string) {
  const event = (
    await t.http
      .post('/api/events')
      .set(bearer(coordinator))
      .send(validEvent({ startsAt: '2020-06-01T10:00:00Z', endsAt: '2020-06-02T10:00:00Z' }))
  ).body;
  const stage = await t.http.post(`/api/events/${event.id}/sites`).set(bearer(coordinator)).send(validSite());
  const hotel = await t.http
    .post(`/api/events/${event.id}/sites`)
    .set(bearer(coordinator))
    .send(validSite({ kind: 'accommodation', name: 'Hotell Hemligheten' }));
  const person = await t.http
    .post(`/api/events/${event.id}/participants`)
    .set(bearer(coordinator))
    .send({ fullName: 'Åsa Öberg', accommodationSiteId: hotel.body.id });
  await t.http
    .post(`/api/events/${event.id}/participants/${person.body.id}/schedule`)
    .set(bearer(coordinator))
    .send(
      validScheduleItem({
        isPublic: true,
        siteId: stage.body.id,
        startsAt: '2020-06-01T12:00:00Z',
        endsAt: '2020-06-01T13:00:00Z',
      }),
    );
  return event.id as string;
}

describe('retention: what is erased is gone everywhere, in every process', () => {
  let t: TestApp;
  let coordinator: string;
  let partner: string;
  let shareId: string;
  let eventId: string;

  beforeAll(async () => {
    // a long retention time, so the first app's own purge at start leaves the 2020 event alone
    t = await createTestApp({ RETENTION_DAYS: '3650' });
    coordinator = (await t.user('coordinator')).token;
    const admin = (await t.user('admin')).token;
    eventId = await endedEventWithPublicSchedule(t, coordinator);
    await publishRevision(t, coordinator, eventId, { includePublicSchedule: true });
    const organization = await createOrganization(t, coordinator, 'Säkerhetspolisen', 'security-police');
    partner = (await createPartner(t, admin, organization)).token;
    shareId = await createShare(
      t,
      coordinator,
      eventId,
      organization,
      ['risks', 'map', 'public-schedule', 'participant-names'],
      { confirmParticipantNames: true },
    );
  }, 30_000);
  afterAll(() => t.close());

  const partnerRevision = () => t.http.get(`/api/shared/${shareId}/revisions/1`).set(bearer(partner));
  const participantList = () => t.http.get(`/api/events/${eventId}/participants`).set(bearer(coordinator));

  it('never shows a partner where participants sleep: not in the JSON, not in the PDF', async () => {
    const revision = await partnerRevision();
    expect(revision.status).toBe(200);
    expect(revision.body.sites.map((site: { kind: string }) => site.kind)).not.toContain('accommodation');
    expect(revision.text).not.toContain('Hotell Hemligheten');
    const pdf = await t.http
      .get(`/api/shared/${shareId}/revisions/1/risk-plan.pdf`)
      .set(bearer(partner))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdfText(pdf.body as Buffer)).not.toContain('Hotell Hemligheten');
  });

  it('serves nothing erased by a purge that ran in another process, and redacts the revisions', async () => {
    // both caches are warm before the purge
    expect((await partnerRevision()).body.publicSchedule[0].participantName).toBe('Åsa Öberg');
    expect((await participantList()).body.total).toBe(1);

    // `npm run purge`: another app on the same database that runs the purge, as purge.ts does
    const purger = await createTestApp({ ...t.databaseEnv, RETENTION_DAYS: '30' });
    const report =
      purger.app.get(RetentionService).lastStartupReport ??
      (await purger.app.get(RetentionService).purgeReport());
    await purger.close();
    expect(report.erased).toBe(1);

    expect((await participantList()).body.total).toBe(0);
    const revision = await partnerRevision();
    expect(revision.status).toBe(200);
    expect(revision.text).not.toContain('Åsa Öberg');
    expect(revision.body.publicSchedule).toHaveLength(1);
    const own = await t.http.get(`/api/events/${eventId}/risk-plan/revisions/1`).set(bearer(coordinator));
    expect(own.text).not.toContain('Åsa Öberg');
  });
});
