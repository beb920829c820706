import {
  bearer,
  createTestApp,
  TestApp,
  validEvent,
  validRisk,
  validScheduleItem,
  validSite,
} from './harness';

/** `participant` has no account: it calls with the personal link of a participant of the member's event. */
type Caller = 'anonymous' | 'admin' | 'member' | 'outsider' | 'partner' | 'participant';
const CALLERS: Caller[] = ['anonymous', 'admin', 'member', 'outsider', 'partner', 'participant'];

interface Ids {
  eventId: string;
  siteId: string;
  userId: string;
  riskId: string;
  participantId: string;
  itemId: string;
}

interface RouteCase {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** The route as OpenAPI documents it; `{x}` placeholders are filled per call. */
  route: string;
  expected: Record<Caller, number>;
  /** Fresh ids for routes that consume what they touch (delete, version bumps). */
  ids?: (caller: Caller) => Promise<Partial<Ids>>;
  body?: (caller: Caller, ids: Ids) => Promise<object> | object;
  /** A CSV uploaded as multipart `file` (dry run). */
  file?: string;
}

const all = (status: number): Record<Caller, number> => ({
  anonymous: status,
  admin: status,
  member: status,
  outsider: status,
  partner: status,
  participant: status,
});
const loggedIn = (status: number) => ({ ...all(status), anonymous: 401, participant: 401 });
const adminOnly = (status: number) => ({ ...all(403), anonymous: 401, participant: 401, admin: status });
const eventMember = (status: number) => ({ ...all(404), anonymous: 401, participant: 401, member: status });
const eventManagers = (status: number) => ({ ...eventMember(status), admin: status });

describe('access: every route × every caller', () => {
  let t: TestApp;
  const tokens: Partial<Record<Caller, string>> = {};
  let ids: Ids;
  let memberToken: string;
  let linkToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.user('admin');
    const member = await t.user('coordinator', 'member');
    const outsider = await t.user('coordinator', 'outsider');
    const partner = await t.user('partner');
    Object.assign(tokens, {
      admin: admin.token,
      member: member.token,
      outsider: outsider.token,
      partner: partner.token,
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
    const participant = await t.http
      .post(`/api/events/${event.body.id}/participants`)
      .set(bearer(member.token))
      .send({ fullName: 'Åsa Öberg' });
    const item = await t.http
      .post(`/api/events/${event.body.id}/participants/${participant.body.id}/schedule`)
      .set(bearer(member.token))
      .send(validScheduleItem());
    const link = await t.http
      .post(`/api/events/${event.body.id}/participants/${participant.body.id}/link`)
      .set(bearer(member.token));
    linkToken = String(link.body.url).split('/p/')[1];
    ids = {
      eventId: event.body.id,
      siteId: site.body.id,
      userId: outsider.id,
      riskId: risk.body.id,
      participantId: participant.body.id,
      itemId: item.body.id,
    };
  });
  afterAll(() => t.close());

  const freshEvent = async () => ({
    eventId: (await t.http.post('/api/events').set(bearer(memberToken)).send(validEvent())).body.id as string,
  });
  const freshSite = async () => ({
    siteId: (await t.http.post(`/api/events/${ids.eventId}/sites`).set(bearer(memberToken)).send(validSite()))
      .body.id as string,
  });
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
    { method: 'get', route: '/api/events', expected: loggedIn(200) },
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
    { method: 'get', route: '/api/events/{eventId}/briefing.pdf', expected: eventMember(200) },
    {
      method: 'get',
      route: '/api/events/{eventId}/participants/{participantId}/briefing.pdf',
      expected: eventMember(200),
    },
    { method: 'get', route: '/api/events/{eventId}/briefings.zip', expected: eventMember(200) },
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
    { method: 'get', route: '/api/p/{token}', expected: { ...all(404), participant: 200 } },
    { method: 'get', route: '/api/p/{token}/briefing.pdf', expected: { ...all(404), participant: 200 } },
    {
      method: 'get',
      route: '/api/risk-templates',
      expected: { ...all(403), anonymous: 401, participant: 401, member: 200, outsider: 200 },
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
        .replace(
          '{token}',
          caller === 'participant' && routeCase.route.startsWith('/api/p/{token}')
            ? linkToken
            : 'not-a-real-token',
        );
      let req = t.http[routeCase.method](path);
      if (token) req = req.set(bearer(token));
      if (routeCase.file) req = req.attach('file', Buffer.from(routeCase.file), 'upload.csv');
      const res = routeCase.body ? await req.send(await routeCase.body(caller, current)) : await req;
      expect({ caller, status: res.status }).toEqual({ caller, status: routeCase.expected[caller] });
    });
  });
});
