import { bearer, createTestApp, PASSWORD, TestApp } from './harness';

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('logs in with a httpOnly SameSite=Strict cookie and a Bearer token', async () => {
    const coordinator = await t.user('coordinator');
    const res = await t.http
      .post('/api/auth/login')
      .send({ email: coordinator.email.toUpperCase(), password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({
      id: coordinator.id,
      email: coordinator.email,
      role: 'coordinator',
    });
    expect(typeof res.body.accessToken).toBe('string');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/tryggplan_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);

    const viaCookie = await t.http.get('/api/auth/me').set('Cookie', cookie.split(';')[0]);
    expect(viaCookie.status).toBe(200);
    const viaBearer = await t.http.get('/api/auth/me').set(bearer(res.body.accessToken));
    expect(viaBearer.body.email).toBe(coordinator.email);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const coordinator = await t.user('coordinator');
    const wrongPassword = await t.http
      .post('/api/auth/login')
      .send({ email: coordinator.email, password: 'nope-nope-nope' });
    const unknown = await t.http
      .post('/api/auth/login')
      .send({ email: 'nobody@test.local', password: 'nope-nope-nope' });
    expect(wrongPassword.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknown.body);
    expect(wrongPassword.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Fel e-postadress eller lösenord.',
    });
  });

  it('words errors in English when asked', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .send({ email: 'nobody@test.local', password: 'x' });
    expect(res.body.message).toBe('Wrong email or password.');
  });

  it('rejects a login body with missing or unknown fields, naming them', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: 'a@b.se', passwrd: 'typo' });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'password', code: 'required' }),
        expect.objectContaining({ field: 'passwrd', code: 'unknown_field' }),
      ]),
    );
  });

  it('answers invalid JSON with 400 and an oversized body with 413', async () => {
    const broken = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":');
    expect(broken.status).toBe(400);
    expect(broken.body.error).toBe('Bad Request');
    const huge = await t.http
      .post('/api/auth/login')
      .send({ email: 'a@b.se', password: 'x'.repeat(2_000_000) });
    expect(huge.status).toBe(413);
  });

  it('voids the session at logout and leaves the other sessions of the user alone', async () => {
    const coordinator = await t.user('coordinator');
    const otherDevice = await t.login(coordinator.email);
    expect((await t.http.get('/api/auth/me').set(bearer(coordinator.token))).status).toBe(200);
    const logout = await t.http.post('/api/auth/logout').set(bearer(coordinator.token));
    expect(logout.status).toBe(204);
    expect(String(logout.headers['set-cookie'])).toMatch(/tryggplan_session=;/);
    expect((await t.http.get('/api/auth/me').set(bearer(coordinator.token))).status).toBe(401);
    expect((await t.http.get('/api/auth/me').set(bearer(otherDevice))).status).toBe(200);
  });

  it('ends all sessions when an admin resets the password', async () => {
    const admin = await t.user('admin');
    const coordinator = await t.user('coordinator');
    const users = await t.http.get('/api/users?limit=500').set(bearer(admin.token));
    const version = users.body.items.find((u: { id: string }) => u.id === coordinator.id).version;
    const reset = await t.http
      .patch(`/api/users/${coordinator.id}`)
      .set(bearer(admin.token))
      .send({ password: 'a-brand-new-password', version });
    expect(reset.status).toBe(200);
    expect((await t.http.get('/api/auth/me').set(bearer(coordinator.token))).status).toBe(401);
    expect(await t.login(coordinator.email, 'a-brand-new-password')).toBeTruthy();
  });

  it('shuts out a disabled user at once', async () => {
    const admin = await t.user('admin');
    const coordinator = await t.user('coordinator');
    const users = await t.http.get('/api/users?limit=500').set(bearer(admin.token));
    const version = users.body.items.find((u: { id: string }) => u.id === coordinator.id).version;
    const res = await t.http
      .patch(`/api/users/${coordinator.id}`)
      .set(bearer(admin.token))
      .send({ disabled: true, version });
    expect(res.status).toBe(200);
    expect((await t.http.get('/api/auth/me').set(bearer(coordinator.token))).status).toBe(401);
    const relogin = await t.http
      .post('/api/auth/login')
      .send({ email: coordinator.email, password: PASSWORD });
    expect(relogin.status).toBe(401);
  });

  it('answers 401 without a token and for a forged one', async () => {
    expect((await t.http.get('/api/events')).status).toBe(401);
    expect((await t.http.get('/api/events').set(bearer('forged.token.value'))).status).toBe(401);
  });

  it('lets an invited user set a password once', async () => {
    const admin = await t.user('admin');
    const created = await t.http
      .post('/api/users')
      .set(bearer(admin.token))
      .send({ email: 'invited@test.local', displayName: 'Invited', role: 'coordinator' });
    expect(created.status).toBe(201);
    const token = String(created.body.invitationUrl).split('/invite/')[1];
    expect(token.length).toBeGreaterThan(40);
    const accept = await t.http
      .post(`/api/auth/invitations/${token}`)
      .send({ password: 'a-long-new-password' });
    expect(accept.status).toBe(204);
    expect(
      (await t.http.post(`/api/auth/invitations/${token}`).send({ password: 'a-long-new-password' })).status,
    ).toBe(404);
    expect(await t.login('invited@test.local', 'a-long-new-password')).toBeTruthy();
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_LIMIT_PER_ACCOUNT: '3', LOGIN_LIMIT_PER_IP: '100' });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After after too many attempts on one account', async () => {
    const attempt = () =>
      t.http.post('/api/auth/login').send({ email: 'target@test.local', password: 'guess-guess' });
    for (let i = 0; i < 3; i += 1) expect((await attempt()).status).toBe(401);
    const blocked = await attempt();
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body.statusCode).toBe(429);
    // another account from the same address is still allowed to try
    const other = await t.http
      .post('/api/auth/login')
      .send({ email: 'other@test.local', password: 'guess-guess' });
    expect(other.status).toBe(401);
  });

  it('lets nobody lock the owner out of a browser that logged in before, and still bounds guessing', async () => {
    const owner = await t.user('coordinator', 'owner');
    const first = await t.http.post('/api/auth/login').send({ email: owner.email, password: PASSWORD });
    const device = String(first.headers['set-cookie'])
      .split(/,(?=\s*\w+=)/)
      .find((cookie) => cookie.trim().startsWith('tryggplan_device='));
    expect(device).toMatch(/HttpOnly/i);
    const deviceCookie = String(device).trim().split(';')[0];

    // strangers guess from ten addresses until the account is closed to them
    for (let i = 0; i < 10; i += 1) {
      await t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', `198.51.100.${i}`)
        .send({ email: owner.email, password: 'guess-guess' });
    }
    const stranger = await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', '198.51.100.99')
      .send({ email: owner.email, password: PASSWORD });
    expect(stranger.status).toBe(429);

    const back = await t.http
      .post('/api/auth/login')
      .set('Cookie', deviceCookie)
      .send({ email: owner.email, password: PASSWORD });
    expect(back.status).toBe(200);

    // the device cookie is bound to its account: it opens no budget for guessing another one
    const target = await t.user('coordinator', 'target');
    for (let i = 0; i < 3; i += 1) {
      await t.http.post('/api/auth/login').send({ email: target.email, password: 'guess-guess' });
    }
    const withForeignCookie = await t.http
      .post('/api/auth/login')
      .set('Cookie', deviceCookie)
      .send({ email: target.email, password: 'guess-guess' });
    expect(withForeignCookie.status).toBe(429);
  });

  it('bounds guessing on a known device too', async () => {
    const owner = await t.user('coordinator', 'careless');
    const first = await t.http.post('/api/auth/login').send({ email: owner.email, password: PASSWORD });
    const deviceCookie = String(first.headers['set-cookie'])
      .split(/,(?=\s*\w+=)/)
      .map((cookie) => cookie.trim().split(';')[0])
      .find((cookie) => cookie.startsWith('tryggplan_device=')) as string;
    const attempt = () =>
      t.http.post('/api/auth/login').set('Cookie', deviceCookie).send({ email: owner.email, password: 'no' });
    for (let i = 0; i < 3; i += 1) expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(429);
  });
});
