import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, createTestApp, PASSWORD, TestApp, validEvent } from './harness';

describe('HTTP hygiene: bodies, cross-site requests and headers', () => {
  let t: TestApp;
  let token: string;
  let cookie: string;
  let eventId: string;
  let participantId: string;

  // served with the web app, as `npm start` runs it: its static files must not swallow API errors
  const webRoot = mkdtempSync(join(tmpdir(), 'tryggplan-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Tryggplan</title>');
  writeFileSync(join(webRoot, 'main.js'), `console.log(${JSON.stringify('Tryggplan '.repeat(2000))});`);

  beforeAll(async () => {
    t = await createTestApp({}, webRoot);
    const coordinator = await t.user('coordinator');
    token = coordinator.token;
    const login = await t.http.post('/api/auth/login').send({ email: coordinator.email, password: PASSWORD });
    cookie = String(login.headers['set-cookie']).split(';')[0];
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    participantId = (
      await t.http
        .post(`/api/events/${eventId}/participants`)
        .set(bearer(token))
        .send({ fullName: 'Åsa Öberg' })
    ).body.id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const post = (body: string, type = 'application/json') =>
    t.http.post('/api/events').set(bearer(token)).set('Content-Type', type).send(body);

  describe('a body the parser refuses answers in the error shape, never 404', () => {
    it.each([
      ['malformed JSON', 400, '{"name": '],
      ['a top-level null', 400, 'null'],
      ['a top-level number', 400, '42'],
      ['a top-level string', 400, '"Almedalen"'],
    ])('%s → %i', async (_what, status, body) => {
      const res = await post(body);
      expect(res.status).toBe(status);
      expect(res.body).toEqual(
        expect.objectContaining({ statusCode: status, error: 'Bad Request', message: expect.any(String) }),
      );
    });

    it('a body over the size limit → 413', async () => {
      const res = await post(JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }));
      expect(res.status).toBe(413);
      expect(res.body.statusCode).toBe(413);
    });

    it('a charset other than UTF-8 → 415', async () => {
      const res = await post('{"name":"Visby"}', 'application/json; charset=iso-8859-1');
      expect(res.status).toBe(415);
      expect(res.body.statusCode).toBe(415);
    });
  });

  describe('cookie-authenticated changes must come from the app itself', () => {
    const linkPath = () => `/api/events/${eventId}/participants/${participantId}/link`;

    it('refuses a cross-site POST with only the cookie and a text/plain body', async () => {
      const res = await t.http
        .post(linkPath())
        .set('Cookie', cookie)
        .set('Origin', 'https://evil.example')
        .set('Content-Type', 'text/plain')
        .send('x');
      expect(res.status).toBe(403);
      expect(res.body.statusCode).toBe(403);
    });

    it('refuses a request the browser marks as cross-site, even without Origin', async () => {
      const res = await t.http.post(linkPath()).set('Cookie', cookie).set('Sec-Fetch-Site', 'cross-site');
      expect(res.status).toBe(403);
    });

    it('lets the app itself through, and Bearer calls from scripts', async () => {
      const own = await t.http
        .post(linkPath())
        .set('Cookie', cookie)
        .set('Origin', 'http://127.0.0.1')
        .set('Host', '127.0.0.1')
        .set('Sec-Fetch-Site', 'same-origin');
      expect(own.status).toBe(201);
      const script = await t.http.post(linkPath()).set(bearer(token)).set('Origin', 'https://evil.example');
      expect(script.status).toBe(201);
    });

    it('still lets anyone log in from the login page of the app', async () => {
      const res = await t.http
        .post('/api/auth/login')
        .set('Origin', 'https://evil.example')
        .send({ email: 'nobody@test.local', password: 'x' });
      expect(res.status).toBe(401);
    });
  });

  it("gzips the web app's files for a browser that takes it, and leaves the API's answers to themselves", async () => {
    const script = await t.http.get('/main.js').set('accept-encoding', 'gzip');
    expect(script.status).toBe(200);
    expect(script.headers['content-encoding']).toBe('gzip');
    expect(script.text).toContain('Tryggplan Tryggplan');
    const plain = await t.http.get('/main.js').set('accept-encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const health = await t.http.get('/api/health').set('accept-encoding', 'gzip');
    expect(health.headers['content-encoding']).toBeUndefined();
  });

  describe('headers', () => {
    it.each([
      ['the participant list', () => `/api/events/${eventId}/participants`],
      ['a participant', () => `/api/events/${eventId}/participants/${participantId}`],
      ['the audit log', () => `/api/audit?eventId=${eventId}`],
    ])('%s is never stored by a browser or proxy', async (_what, path) => {
      const admin = (await t.user('admin')).token;
      const res = await t.http.get(path()).set(bearer(path().startsWith('/api/audit') ? admin : token));
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('private, no-store');
    });

    it("the participant's own page is never stored by a browser or proxy either", async () => {
      const link = await t.http
        .post(`/api/events/${eventId}/participants/${participantId}/link`)
        .set(bearer(token));
      const res = await t.http.get(`/api/p/${String(link.body.url).split('/p/')[1]}`);
      expect(res.text).toContain('Åsa Öberg');
      expect(res.headers['cache-control']).toBe('private, no-store');
    });

    it('sends a Permissions-Policy and X-Frame-Options DENY, and HSTS only over HTTPS', async () => {
      const plain = await t.http.get('/api/health');
      expect(plain.headers['permissions-policy']).toMatch(/camera=\(\)/);
      expect(plain.headers['x-frame-options']).toBe('DENY');
      expect(plain.headers['strict-transport-security']).toBeUndefined();
      const proxied = await t.http.get('/api/health').set('X-Forwarded-Proto', 'https');
      expect(proxied.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    });
  });
});
