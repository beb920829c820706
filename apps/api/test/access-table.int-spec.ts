import {
  bearer,
  createTestApp,
  TestApp,
  validEvent,
  validRisk,
  validScheduleItem,
  validSite,
} from './harness';
import { defaultActionPlan, emptyPermitApplication } from '@tryggplan/shared/domain';
import { createOrganization, createPartner, createShare, publishRevision } from './partners-fixture';

const validIncident = () => ({
  category: 'threat',
  severity: 'high',
  location: { place: 'Almedalsparken' },
  description: 'Hot vid scenen',
});

/**
 * `participant` has no account: it calls with the personal link of a participant of the member's event.
 * `partner` has a live share of the member's event; `partnerExpired` and `partnerRevoked` belong to
 * organisations whose share of it expired or was revoked; `partnerOther` to one sharing only another event.
 */
type Caller =
  | 'anonymous'
  | 'admin'
  | 'member'
  | 'outsider'
  | 'partner'
  | 'partnerExpired'
  | 'partnerRevoked'
  | 'partnerOther'
  | 'participant';
const CALLERS: Caller[] = [
  'anonymous',
  'admin',
  'member',
  'outsider',
  'partner',
  'partnerExpired',
  'partnerRevoked',
  'partnerOther',
  'participant',
];

interface Ids {
  eventId: string;
  siteId: string;
  userId: string;
  riskId: string;
  participantId: string;
  itemId: string;
  organizationId: string;
  shareId: string;
  commentId: string;
  incidentId: string;
  entryId: string;
  checkInId: string;
  staffId: string;
}

interface RouteCase {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** The route as OpenAPI documents it; `{x}` placeholders are filled per call. */
  route: string;
  expected: Record<Caller, number>;
  /** Fresh ids for routes that consume what they touch (delete, version bumps). */
  ids?: (caller: Caller) => Promise<Partial<Ids>>;
  body?: (caller: Caller, ids: Ids) => Promise<object> | object;
  /** A CSV uploaded as multipart `file` (dry run). */
  file?: string;
  /** A Server-Sent Events stream: only its status and first bytes are read, then it is closed. */
  stream?: boolean;
  /** Checks of the answer's body beyond its status. */
  answer?: (caller: Caller, body: unknown) => void;
}

/**
 * What no partner answer may contain: the share in this table has the scopes `risks`, `map` and
 * `incidents`, and an incident names the participant.
 */
const PRIVATE = { name: 'Åsa Öberg', phone: '+46701740610', hotel: 'Hotell Hemligheten' };

function expectNoPersonalData(caller: Caller, text: string): void {
  for (const secret of [...Object.values(PRIVATE), '"accommodation"', 'accommodationSiteId']) {
    expect({ caller, leaks: text.includes(secret) ? secret : null }).toEqual({ caller, leaks: null });
  }
}

/** What the admin sees of an event: enough to manage its members, none of its content. */
const EVENT_SUMMARY_FIELDS = ['endsAt', 'id', 'memberCount', 'name', 'startsAt', 'status', 'timezone'];

const all = (status: number): Record<Caller, number> => ({
  anonymous: status,
  admin: status,
  member: status,
  outsider: status,
  partner: status,
  partnerExpired: status,
  partnerRevoked: status,
  partnerOther: status,
  participant: status,
});
const loggedIn = (status: number) => ({ ...all(status), anonymous: 401, participant: 401 });
const adminOnly = (status: number) => ({ ...all(403), anonymous: 401, participant: 401, admin: status });
const eventMember = (status: number) => ({ ...all(404), anonymous: 401, participant: 401, member: status });
const eventManagers = (status: number) => ({ ...eventMember(status), admin: status });
const organizationManagers = (status: number) => ({
  ...adminOnly(status),
  member: status,
  outsider: status,
});
const livePartner = (status: number) => ({
  ...all(403),
  anonymous: 401,
  participant: 401,
  partner: status,
  partnerExpired: 404,
  partnerRevoked: 404,
  partnerOther: 404,
});
const partners = (status: number) => ({
  ...livePartner(status),
  partnerExpired: status,
  partnerRevoked: status,
  partnerOther: status,
});

describe('access: every route × every caller', () => {
  let t: TestApp;
  const tokens: Partial<Record<Caller, string>> = {};
  let ids: Ids;
  let memberToken: string;
  let linkToken: string;
  /** Each partner caller reads through its own share; partnerOther tries the live partner's. */
  const shareOf: Partial<Record<Caller, string>> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.user('admin');
    const member = await t.user('coordinator', 'member');
    const outsider = await t.user('coordinator', 'outsider');
    const police = await createOrganization(t, member.token, 'Polisen');
    const partner = await createPartner(t, admin.token, police);
    const partnerTokens: Partial<Record<Caller, string>> = {};
    for (const caller of ['partnerExpired', 'partnerRevoked', 'partnerOther'] as const) {
      const organization = await createOrganization(t, member.token, caller, 'security-company');
      partnerTokens[caller] = (await createPartner(t, admin.token, organization)).token;
      shareOf[caller] = organization;
    }
    Object.assign(tokens, {
      admin: admin.token,
      member: member.token,
      outsider: outsider.token,
      partner: partner.token,
      ...partnerTokens,
    });
    memberToken = member.token;
    const event = await t.http.post('/api/events').set(bearer(member.token)).send(validEvent());
    const site = await t.http
      .post(`/api/events/${event.body.id}/sites`)
      .set(bearer(member.token))
      .send(validSite());
    const risk = await t.http
      .post(`/api/events/${event.body.id}/risks`)
      .set(bearer(member.token))
      .send(validRisk());
    const hotel = await t.http
      .post(`/api/events/${event.body.id}/sites`)
      .set(bearer(member.token))
      .send(validSite({ kind: 'accommodation', name: PRIVATE.hotel }));
    const participant = await t.http
      .post(`/api/events/${event.body.id}/participants`)
      .set(bearer(member.token))
      .send({ fullName: PRIVATE.name, phone: PRIVATE.phone, accommodationSiteId: hotel.body.id });
    const item = await t.http
      .post(`/api/events/${event.body.id}/participants/${participant.body.id}/schedule`)
      .set(bearer(member.token))
      .send(validScheduleItem());
    const link = await t.http
      .post(`/api/events/${event.body.id}/participants/${participant.body.id}/link`)
      .set(bearer(member.token));
    linkToken = String(link.body.url).split('/p/')[1];
    await publishRevision(t, member.token, event.body.id);
    const liveShare = await createShare(t, member.token, event.body.id, police, [
      'risks',
      'map',
      'incidents',
    ]);
    const expiredShare = await createShare(t, member.token, event.body.id, shareOf.partnerExpired as string);
    const revokedShare = await createShare(t, member.token, event.body.id, shareOf.partnerRevoked as string);
    const otherEvent = await t.http.post('/api/events').set(bearer(member.token)).send(validEvent());
    await createShare(t, member.token, otherEvent.body.id, shareOf.partnerOther as string);
    await t.http.delete(`/api/events/${event.body.id}/shares/${revokedShare}`).set(bearer(member.token));
    await t.sql(`UPDATE "shares" SET "expiresAt" = '2020-01-01T00:00:00.000Z' WHERE "id" = ?`, [
      expiredShare,
    ]);
    Object.assign(shareOf, {
      partner: liveShare,
      partnerExpired: expiredShare,
      partnerRevoked: revokedShare,
      partnerOther: liveShare,
    });
    const comment = await t.http
      .post(`/api/shared/${liveShare}/revisions/1/comments`)
      .set(bearer(partner.token))
      .send({ riskId: risk.body.id, body: 'Fler vakter?' });
    const incident = await t.http
      .post(`/api/events/${event.body.id}/incidents`)
      .set(bearer(member.token))
      .send({
        ...validIncident(),
        participantIds: [participant.body.id],
        description: `${PRIVATE.name} hotades`,
      });
    const entry = await t.http
      .post(`/api/events/${event.body.id}/incidents/${incident.body.id}/entries`)
      .set(bearer(member.token))
      .send({ body: `Ring ${PRIVATE.name} på ${PRIVATE.phone}` });
    const staffMember = await t.http
      .post(`/api/events/${event.body.id}/staff`)
      .set(bearer(member.token))
      .send({ fullName: PRIVATE.name, role: 'guard', phone: PRIVATE.phone });
    const checkIn = await t.http
      .post(`/api/events/${event.body.id}/check-ins`)
      .set(bearer(member.token))
      .send({ target: { kind: 'all' } });
    ids = {
      checkInId: checkIn.body.id,
      staffId: staffMember.body.id,
      incidentId: incident.body.id,
      entryId: entry.body.id,
      eventId: event.body.id,
      siteId: site.body.id,
      userId: outsider.id,
      riskId: risk.body.id,
      participantId: participant.body.id,
      itemId: item.body.id,
      organizationId: police,
      shareId: liveShare,
      commentId: comment.body.id,
    };
    // partners are invited and set passwords (slow hashing) before the table runs
  }, 30_000);
  afterAll(() => t.close());

  const freshIncident = async () => ({
    incidentId: (
      await t.http.post(`/api/events/${ids.eventId}/incidents`).set(bearer(memberToken)).send(validIncident())
    ).body.id as string,
  });
  const freshStaff = async () => ({
    staffId: (
      await t.http
        .post(`/api/events/${ids.eventId}/staff`)
        .set(bearer(memberToken))
        .send({ fullName: 'Ny vakt', role: 'guard' })
    ).body.id as string,
  });
  const freshEntry = async () => ({
    entryId: (
      await t.http
        .post(`/api/events/${ids.eventId}/incidents/${ids.incidentId}/entries`)
        .set(bearer(memberToken))
        .send({ body: 'Anteckning' })
    ).body.id as string,
  });
  let reportCounter = 0;
  const freshEvent = async () => ({
    eventId: (await t.http.post('/api/events').set(bearer(memberToken)).send(validEvent())).body.id as string,
  });
  const freshSite = async () => ({
    siteId: (await t.http.post(`/api/events/${ids.eventId}/sites`).set(bearer(memberToken)).send(validSite()))
      .body.id as string,
  });
  const freshSitePlan = async () => {
    const event = await freshEvent();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    await t.http
      .post(`/api/events/${event.eventId}/site-plan`)
      .set(bearer(memberToken))
      .attach('file', png, 'plan.png');
    return event;
  };
  const freshRisk = async () => ({
    riskId: (await t.http.post(`/api/events/${ids.eventId}/risks`).set(bearer(memberToken)).send(validRisk()))
      .body.id as string,
  });
  const freshParticipant = async () => ({
    participantId: (
      await t.http
        .post(`/api/events/${ids.eventId}/participants`)
        .set(bearer(memberToken))
        .send({ fullName: 'Ny' })
    ).body.id as string,
  });
  const freshItem = async () => ({
    itemId: (
      await t.http
        .post(`/api/events/${ids.eventId}/participants/${ids.participantId}/schedule`)
        .set(bearer(memberToken))
        .send(validScheduleItem())
    ).body.id as string,
  });
  const freshCoordinatorMember = async () => {
    const user = await t.user('coordinator', 'extra');
    await t.http
      .post(`/api/events/${ids.eventId}/members`)
      .set(bearer(memberToken))
      .send({ userId: user.id });
    return { userId: user.id };
  };
  const freshShare = async () => ({
    shareId: await createShare(t, memberToken, ids.eventId, ids.organizationId),
  });
  const versionOf = async (path: string) =>
    (await t.http.get(path).set(bearer(memberToken))).body.version as number;
  let userCounter = 0;

  const table: RouteCase[] = [
    { method: 'get', route: '/api/health', expected: all(200) },
    { method: 'get', route: '/api/config', expected: all(200) },
    { method: 'post', route: '/api/auth/login', expected: all(400), body: () => ({}) },
    {
      method: 'post',
      route: '/api/auth/invitations/{token}',
      expected: all(404),
      body: () => ({ password: 'a-long-enough-password' }),
    },
    { method: 'get', route: '/api/auth/me', expected: loggedIn(200) },
    { method: 'post', route: '/api/auth/logout', expected: loggedIn(204) },
    { method: 'get', route: '/api/users', expected: adminOnly(200) },
    {
      method: 'post',
      route: '/api/users',
      expected: { ...adminOnly(201) },
      body: () => ({ email: `new-${(userCounter += 1)}@test.local`, displayName: 'Ny', role: 'coordinator' }),
    },
    {
      method: 'patch',
      route: '/api/users/{userId}',
      expected: adminOnly(200),
      body: async () => {
        const users = await t.http.get('/api/users?limit=500').set(bearer(tokens.admin as string));
        const version = users.body.items.find((u: { id: string }) => u.id === ids.userId).version;
        return { displayName: 'Ändrad', version };
      },
    },
    { method: 'get', route: '/api/audit', expected: adminOnly(200) },
    {
      method: 'get',
      route: '/api/events',
      expected: loggedIn(200),
      answer: (caller, body) => {
        const items = (body as { items: object[] }).items;
        if (caller === 'admin') {
          expect(items.length).toBeGreaterThan(0);
          for (const item of items) expect(Object.keys(item).sort()).toEqual(EVENT_SUMMARY_FIELDS);
        }
        if (caller.startsWith('partner')) expect(items).toEqual([]);
      },
    },
    {
      method: 'post',
      route: '/api/events',
      expected: { ...all(403), anonymous: 401, participant: 401, member: 201, outsider: 201 },
      body: () => validEvent(),
    },
    { method: 'get', route: '/api/events/{eventId}', expected: eventMember(200) },
    {
      method: 'patch',
      route: '/api/events/{eventId}',
      expected: eventMember(200),
      body: async (_caller, current) => ({
        description: 'Ändrad',
        version: await versionOf(`/api/events/${current.eventId}`),
      }),
    },
    { method: 'delete', route: '/api/events/{eventId}', expected: eventMember(204), ids: freshEvent },
    { method: 'get', route: '/api/events/{eventId}/members', expected: eventManagers(200) },
    {
      method: 'post',
      route: '/api/events/{eventId}/members',
      expected: eventManagers(201),
      body: async () => ({ userId: (await t.user('coordinator', 'joiner')).id }),
    },
    {
      method: 'delete',
      route: '/api/events/{eventId}/members/{userId}',
      expected: eventManagers(204),
      ids: freshCoordinatorMember,
    },
    { method: 'get', route: '/api/events/{eventId}/sites', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/sites.geojson', expected: eventMember(200) },
    {
      method: 'post',
      route: '/api/events/{eventId}/sites',
      expected: eventMember(201),
      body: () => validSite(),
    },
    {
      method: 'patch',
      route: '/api/events/{eventId}/sites/{siteId}',
      expected: eventMember(200),
      ids: freshSite,
      body: () => ({ name: 'Ändrad', version: 1 }),
    },
    {
      method: 'delete',
      route: '/api/events/{eventId}/sites/{siteId}',
      expected: eventMember(204),
      ids: freshSite,
    },
    {
      method: 'post',
      route: '/api/events/{eventId}/sites/import',
      expected: eventMember(201),
      body: () => {
        const { geometry, ...properties } = validSite();
        return { type: 'FeatureCollection', features: [{ type: 'Feature', geometry, properties }] };
      },
    },
    {
      method: 'get',
      route: '/api/events/{eventId}/site-plan',
      expected: eventMember(200),
      ids: freshSitePlan,
    },
    {
      method: 'get',
      route: '/api/events/{eventId}/site-plan/image',
      expected: eventMember(200),
      ids: freshSitePlan,
    },
    // no file: a member gets as far as the type check
    { method: 'post', route: '/api/events/{eventId}/site-plan', expected: eventMember(415) },
    {
      method: 'patch',
      route: '/api/events/{eventId}/site-plan',
      expected: eventMember(200),
      ids: freshSitePlan,
      body: () => ({
        bounds: { south: 57.63, west: 18.28, north: 57.65, east: 18.3 },
        opacity: 0.5,
        version: 1,
      }),
    },
    {
      method: 'delete',
      route: '/api/events/{eventId}/site-plan',
      expected: eventMember(204),
      ids: freshSitePlan,
    },
    { method: 'get', route: '/api/events/{eventId}/briefing.pdf', expected: eventMember(200) },
    {
      method: 'get',
      route: '/api/events/{eventId}/participants/{participantId}/briefing.pdf',
      expected: eventMember(200),
    },
    {
      method: 'post',
      route: '/api/events/{eventId}/participants/{participantId}/briefing.pdf',
      expected: eventMember(200),
      ids: freshParticipant,
    },
    { method: 'get', route: '/api/events/{eventId}/briefings.zip', expected: eventMember(200) },
    {
      method: 'post',
      route: '/api/events/{eventId}/briefings.zip',
      expected: eventMember(200),
      ids: freshEvent,
    },
    { method: 'get', route: '/api/events/{eventId}/risk-plan.pdf', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/risks', expected: eventMember(200) },
    {
      method: 'post',
      route: '/api/events/{eventId}/risks',
      expected: eventMember(201),
      body: () => validRisk(),
    },
    { method: 'get', route: '/api/events/{eventId}/risks/{riskId}', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/risks/{riskId}/history', expected: eventMember(200) },
    {
      method: 'patch',
      route: '/api/events/{eventId}/risks/{riskId}',
      expected: eventMember(200),
      ids: freshRisk,
      body: () => ({ owner: 'Ändrad', version: 1 }),
    },
    {
      method: 'delete',
      route: '/api/events/{eventId}/risks/{riskId}',
      expected: eventMember(204),
      ids: freshRisk,
    },
    { method: 'get', route: '/api/events/{eventId}/risk-matrix', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/risks.csv', expected: eventMember(200) },
    {
      method: 'post',
      route: '/api/events/{eventId}/risks/import',
      expected: eventMember(200),
      file: 'title;category;likelihood;consequence\nBrand;fire;2;3\n',
    },
    {
      method: 'post',
      route: '/api/events/{eventId}/risks/from-templates',
      expected: eventMember(201),
      body: () => ({ templateIds: ['heat'] }),
    },
    {
      method: 'post',
      route: '/api/events/{eventId}/risks/copy',
      expected: eventMember(201),
      body: async () => ({ fromEventId: (await freshEvent()).eventId }),
    },
    { method: 'get', route: '/api/events/{eventId}/participants', expected: eventMember(200) },
    {
      method: 'post',
      route: '/api/events/{eventId}/participants',
      expected: eventMember(201),
      body: () => ({ fullName: 'Kim Ek' }),
    },
    { method: 'get', route: '/api/events/{eventId}/participants.csv', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/participants.xlsx', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/participants-template.csv', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/participants-template.xlsx', expected: eventMember(200) },
    {
      method: 'post',
      route: '/api/events/{eventId}/participants/import',
      expected: eventMember(200),
      file: 'namn;telefon\nBo Ek;070-174 06 09\n',
    },
    {
      method: 'get',
      route: '/api/events/{eventId}/participants/{participantId}',
      expected: eventMember(200),
    },
    {
      method: 'get',
      route: '/api/events/{eventId}/participants/{participantId}/export',
      expected: eventMember(200),
    },
    {
      method: 'patch',
      route: '/api/events/{eventId}/participants/{participantId}',
      expected: eventMember(200),
      ids: freshParticipant,
      body: () => ({ organization: 'Regionen', version: 1 }),
    },
    {
      method: 'delete',
      route: '/api/events/{eventId}/participants/{participantId}',
      expected: eventMember(204),
      ids: freshParticipant,
    },
    {
      method: 'get',
      route: '/api/events/{eventId}/participants/{participantId}/schedule',
      expected: eventMember(200),
    },
    {
      method: 'post',
      route: '/api/events/{eventId}/participants/{participantId}/schedule',
      expected: eventMember(201),
      body: () => validScheduleItem(),
    },
    {
      method: 'patch',
      route: '/api/events/{eventId}/participants/{participantId}/schedule/{itemId}',
      expected: eventMember(200),
      ids: freshItem,
      body: () => ({ isPublic: true, version: 1 }),
    },
    {
      method: 'delete',
      route: '/api/events/{eventId}/participants/{participantId}/schedule/{itemId}',
      expected: eventMember(204),
      ids: freshItem,
    },
    { method: 'get', route: '/api/events/{eventId}/schedule', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/public-appearances', expected: eventMember(200) },
    {
      method: 'post',
      route: '/api/events/{eventId}/participants/{participantId}/link',
      expected: eventMember(201),
      ids: freshParticipant,
    },
    {
      method: 'delete',
      route: '/api/events/{eventId}/participants/{participantId}/link',
      expected: eventMember(204),
      ids: freshParticipant,
    },
    {
      method: 'post',
      route: '/api/events/{eventId}/participant-links',
      expected: eventMember(201),
      ids: freshEvent,
    },
    // e-mail and SMS are off in this app: a member gets as far as "sending is switched off"
    {
      method: 'post',
      route: '/api/events/{eventId}/participant-links/send',
      expected: eventMember(409),
      body: () => ({}),
    },
    { method: 'get', route: '/api/events/{eventId}/deliveries', expected: eventMember(200) },
    { method: 'get', route: '/api/p/{token}', expected: { ...all(404), participant: 200 } },
    {
      method: 'post',
      route: '/api/p/{token}/incidents',
      expected: { ...all(404), participant: 201 },
      body: () => ({
        clientId: `access-${(reportCounter += 1)}-report`,
        description: 'Något hände',
        mayCall: false,
      }),
    },
    { method: 'get', route: '/api/p/{token}/incidents', expected: { ...all(404), participant: 200 } },
    { method: 'get', route: '/api/p/{token}/check-ins', expected: { ...all(404), participant: 200 } },
    {
      method: 'post',
      route: '/api/p/{token}/check-ins/{checkInId}',
      expected: { ...all(404), participant: 201 },
      body: () => ({ status: 'ok' }),
    },
    { method: 'get', route: '/api/events/{eventId}/check-ins', expected: eventMember(200) },
    {
      method: 'post',
      route: '/api/events/{eventId}/check-ins',
      expected: eventMember(201),
      body: () => ({ target: { kind: 'all' }, message: 'Svara här.' }),
    },
    { method: 'get', route: '/api/events/{eventId}/check-ins/{checkInId}', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/incidents', expected: eventMember(200) },
    {
      method: 'post',
      route: '/api/events/{eventId}/incidents',
      expected: eventMember(201),
      body: () => validIncident(),
    },
    { method: 'get', route: '/api/events/{eventId}/incidents/{incidentId}', expected: eventMember(200) },
    {
      method: 'patch',
      route: '/api/events/{eventId}/incidents/{incidentId}',
      expected: eventMember(200),
      ids: freshIncident,
      body: () => ({ version: 1, status: 'acknowledged' }),
    },
    {
      method: 'get',
      route: '/api/events/{eventId}/incidents/{incidentId}/entries',
      expected: eventMember(200),
    },
    {
      method: 'post',
      route: '/api/events/{eventId}/incidents/{incidentId}/entries',
      expected: eventMember(201),
      body: () => ({ body: 'Notering' }),
    },
    {
      method: 'post',
      route: '/api/events/{eventId}/incidents/{incidentId}/entries/{entryId}/strike',
      expected: eventMember(200),
      ids: freshEntry,
      body: () => ({ reason: 'Fel händelse' }),
    },
    {
      method: 'post',
      route: '/api/events/{eventId}/incidents/{incidentId}/checklist/{stepId}',
      expected: eventMember(200),
      ids: freshIncident,
      body: () => ({ done: true, version: 1 }),
    },
    {
      method: 'get',
      route: '/api/events/{eventId}/incidents/{incidentId}/report.pdf',
      expected: eventMember(200),
    },
    { method: 'get', route: '/api/events/{eventId}/incident-report.pdf', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/incidents.csv', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/action-plan', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/staff', expected: eventMember(200) },
    {
      method: 'post',
      route: '/api/events/{eventId}/staff',
      expected: eventMember(201),
      body: () => ({ fullName: 'Vakt', role: 'guard' }),
    },
    {
      method: 'patch',
      route: '/api/events/{eventId}/staff/{staffId}',
      expected: eventMember(200),
      ids: freshStaff,
      body: () => ({ version: 1, organization: 'Vaktbolaget' }),
    },
    {
      method: 'delete',
      route: '/api/events/{eventId}/staff/{staffId}',
      expected: eventMember(204),
      ids: freshStaff,
    },
    { method: 'get', route: '/api/events/{eventId}/on-duty', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/staff-template.csv', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/staff-template.xlsx', expected: eventMember(200) },
    {
      method: 'post',
      route: '/api/events/{eventId}/staff/import',
      expected: eventMember(200),
      file: 'namn;roll;telefon\nBo Ek;Ordningsvakt;070-174 06 09\n',
    },
    { method: 'get', route: '/api/events/{eventId}/permit-application', expected: eventMember(200) },
    {
      method: 'put',
      route: '/api/events/{eventId}/permit-application',
      expected: eventMember(200),
      ids: freshEvent,
      body: () => ({ ...emptyPermitApplication(), version: 0 }),
    },
    // the table's event has no application yet: a member gets as far as the list of what is missing
    { method: 'get', route: '/api/events/{eventId}/permit-pack.zip', expected: eventMember(400) },
    { method: 'get', route: '/api/events/{eventId}/print-map.pdf', expected: eventMember(200) },
    {
      method: 'put',
      route: '/api/events/{eventId}/action-plan',
      expected: eventMember(200),
      ids: freshEvent,
      body: () => ({ version: 0, categories: defaultActionPlan() }),
    },
    { method: 'get', route: '/api/events/{eventId}/stream', expected: eventMember(200), stream: true },
    { method: 'get', route: '/api/shared/{shareId}/incidents', expected: livePartner(200) },
    {
      method: 'get',
      route: '/api/shared/{shareId}/incidents/stream',
      expected: livePartner(200),
      stream: true,
    },
    {
      method: 'post',
      route: '/api/shared/{shareId}/incidents/{incidentId}/entries',
      expected: livePartner(201),
      body: () => ({ body: 'Polisen följer upp' }),
    },
    { method: 'get', route: '/api/p/{token}/briefing.pdf', expected: { ...all(404), participant: 200 } },
    {
      method: 'get',
      route: '/api/risk-templates',
      expected: { ...all(403), anonymous: 401, participant: 401, member: 200, outsider: 200 },
    },
    { method: 'get', route: '/api/organizations', expected: organizationManagers(200) },
    {
      method: 'post',
      route: '/api/organizations',
      expected: organizationManagers(201),
      body: () => ({ name: 'Kommunen', kind: 'municipality' }),
    },
    {
      method: 'post',
      route: '/api/organizations/{organizationId}/invitations',
      expected: adminOnly(201),
      body: () => ({ email: `invited-${(userCounter += 1)}@test.local`, displayName: 'Inbjuden' }),
    },
    { method: 'get', route: '/api/events/{eventId}/risk-plan/revisions', expected: eventMember(200) },
    {
      method: 'post',
      route: '/api/events/{eventId}/risk-plan/revisions',
      expected: eventMember(201),
      body: () => ({ note: 'Ny version' }),
    },
    {
      method: 'get',
      route: '/api/events/{eventId}/risk-plan/revisions/{revision}',
      expected: eventMember(200),
    },
    {
      method: 'post',
      route: '/api/events/{eventId}/risk-plan/revisions/{revision}/comments/{commentId}/replies',
      expected: eventMember(201),
      body: () => ({ body: 'Tack, vi ordnar det.' }),
    },
    {
      method: 'patch',
      route: '/api/events/{eventId}/risk-plan/revisions/{revision}/comments/{commentId}',
      expected: eventMember(200),
      body: () => ({ visibleToPartners: false }),
    },
    { method: 'get', route: '/api/events/{eventId}/partner-feedback/unread', expected: eventMember(200) },
    { method: 'post', route: '/api/events/{eventId}/partner-feedback/seen', expected: eventMember(200) },
    { method: 'get', route: '/api/events/{eventId}/shares', expected: eventMember(200) },
    {
      method: 'post',
      route: '/api/events/{eventId}/shares',
      expected: eventMember(201),
      body: (_caller, current) => ({
        organizationId: current.organizationId,
        scope: ['risks'],
        expiresAt: new Date(Date.now() + 86400_000).toISOString(),
      }),
    },
    {
      method: 'delete',
      route: '/api/events/{eventId}/shares/{shareId}',
      expected: eventMember(204),
      ids: freshShare,
    },
    { method: 'get', route: '/api/shared', expected: partners(200) },
    { method: 'get', route: '/api/shared/{shareId}/revisions/{revision}', expected: livePartner(200) },
    { method: 'get', route: '/api/shared/{shareId}/revisions/{revision}/risks', expected: livePartner(200) },
    {
      method: 'post',
      route: '/api/shared/{shareId}/revisions/{revision}/comments',
      expected: livePartner(201),
      body: (_caller, current) => ({ riskId: current.riskId, body: 'Synpunkt' }),
    },
    {
      method: 'post',
      route: '/api/shared/{shareId}/revisions/{revision}/review',
      expected: livePartner(201),
      body: () => ({ decision: 'approved' }),
    },
    {
      method: 'get',
      route: '/api/shared/{shareId}/revisions/{revision}/risk-plan.pdf',
      expected: livePartner(200),
    },
  ];

  it('covers every documented route', async () => {
    const docs = await t.http.get('/api/docs-json');
    const documented = Object.entries(docs.body.paths as Record<string, object>).flatMap(
      ([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`),
    );
    expect(table.map((c) => `${c.method} ${c.route}`).sort()).toEqual(documented.sort());
  });

  describe.each(table)('$method $route', (routeCase) => {
    it.each(CALLERS)('as %s', async (caller) => {
      const current: Ids = { ...ids, ...(routeCase.ids ? await routeCase.ids(caller) : {}) };
      let token = tokens[caller];
      // logging out ends the caller's sessions, so that case gets a session of its own
      if (routeCase.route === '/api/auth/logout' && token) {
        const me = await t.http.get('/api/auth/me').set(bearer(token as string));
        token = await t.login(me.body.email);
      }
      const path = routeCase.route
        .replace('{eventId}', current.eventId)
        .replace('{siteId}', current.siteId)
        .replace('{userId}', current.userId)
        .replace('{riskId}', current.riskId)
        .replace('{participantId}', current.participantId)
        .replace('{itemId}', current.itemId)
        .replace('{organizationId}', current.organizationId)
        .replace(
          '{shareId}',
          routeCase.route.startsWith('/api/shared/') ? (shareOf[caller] ?? current.shareId) : current.shareId,
        )
        .replace('{revision}', '1')
        .replace('{commentId}', current.commentId)
        .replace('{incidentId}', current.incidentId)
        .replace('{entryId}', current.entryId)
        .replace('{checkInId}', current.checkInId)
        .replace('{staffId}', current.staffId)
        .replace('{stepId}', 'safe')
        .replace(
          '{token}',
          caller === 'participant' && routeCase.route.startsWith('/api/p/{token}')
            ? linkToken
            : 'not-a-real-token',
        );
      let req = t.http[routeCase.method](path);
      if (token) req = req.set(bearer(token));
      if (routeCase.file) req = req.attach('file', Buffer.from(routeCase.file), 'upload.csv');
      // a live stream never ends: read its status and first bytes, then hang up
      if (routeCase.stream)
        req = req.buffer(true).parse((response, callback) => {
          response.once('data', (chunk: Buffer) => {
            (response as unknown as { destroy(): void }).destroy();
            callback(null, chunk.toString());
          });
        });
      const res = routeCase.body ? await req.send(await routeCase.body(caller, current)) : await req;
      expect({ caller, status: res.status }).toEqual({ caller, status: routeCase.expected[caller] });
      if (caller.startsWith('partner') && /json/.test(String(res.headers['content-type']))) {
        expectNoPersonalData(caller, res.text ?? String(res.body));
      }
      routeCase.answer?.(caller, res.body);
    });
  });
});
