import { OutboxWorker } from '@tryggplan/api/messages-data';
import { Sql } from '@tryggplan/api/core';
import { Delivery, DeliveryLog } from '@tryggplan/shared/domain';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { bearer, createTestApp, TestApp, validEvent } from './harness';
import { MailInbox, startMailInbox } from './mail-inbox';
import { createOrganization, createPartner, createShare, publishRevision } from './partners-fixture';

const FROM = 'Tryggplan <no-reply@tryggplan.test>';

/** What a local stand-in for 46elks was asked to send. */
interface SmsRequest {
  authorization: string;
  contentType: string;
  form: Record<string, string>;
}

async function startSmsProvider(): Promise<{ url: string; requests: SmsRequest[]; close(): Promise<void> }> {
  const requests: SmsRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/a1/sms') {
        res.writeHead(404).end();
        return;
      }
      requests.push({
        authorization: String(req.headers['authorization']),
        contentType: String(req.headers['content-type']),
        form: Object.fromEntries(new URLSearchParams(body)),
      });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ status: 'created' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/a1`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls the delivery log until `done` holds for it; the app's own answer is the signal. */
async function deliveriesUntil(
  t: TestApp,
  token: string,
  eventId: string,
  done: (items: Delivery[]) => boolean,
): Promise<Delivery[]> {
  const until = Date.now() + 20_000;
  for (;;) {
    const res = await t.http.get(`/api/events/${eventId}/deliveries`).set(bearer(token)).expect(200);
    const items = (res.body as DeliveryLog).items;
    if (done(items)) return items;
    if (Date.now() > until) throw new Error(`delivery log never settled: ${JSON.stringify(items)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const tokenOf = (text: string) => /\/p\/([A-Za-z0-9_-]+)/.exec(text)?.[1];

describe('messages: personal links by e-mail, the outbox and the delivery log', () => {
  let inbox: MailInbox;
  let t: TestApp;
  let token: string;
  let eventId: string;
  const people: Record<'anna' | 'bo' | 'cecilia', string> = { anna: '', bo: '', cecilia: '' };

  beforeAll(async () => {
    inbox = await startMailInbox();
    t = await createTestApp({ SMTP_URL: inbox.url, MAIL_FROM: FROM, PUBLIC_URL: 'https://tryggplan.test' });
    token = (await t.user('coordinator')).token;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    const add = async (body: object) =>
      (await t.http.post(`/api/events/${eventId}/participants`).set(bearer(token)).send(body).expect(201))
        .body.id as string;
    people.anna = await add({ fullName: 'Anna Andersson', email: 'anna@example.se' });
    people.bo = await add({ fullName: 'Bo Berg', email: 'bo@example.se', phone: '070-111 22 33' });
    people.cecilia = await add({ fullName: 'Cecilia Ek', phone: '070-444 55 66' });
  });
  afterAll(async () => {
    await t?.close();
    await inbox?.close();
  });
  beforeEach(() => {
    inbox.mails.length = 0;
  });

  const send = (body: object = {}, lang?: string) => {
    const req = t.http.post(`/api/events/${eventId}/participant-links/send`).set(bearer(token));
    return (lang ? req.set('Accept-Language', lang) : req).send(body);
  };

  it('e-mails everyone with an address a new link of their own, in Swedish, and names who was left out', async () => {
    const old = await t.http
      .post(`/api/events/${eventId}/participants/${people.anna}/link`)
      .set(bearer(token))
      .expect(201);

    const res = await send().expect(200);
    expect(res.body).toEqual({
      queued: 2,
      skipped: [{ participantId: people.cecilia, fullName: 'Cecilia Ek', reason: 'no-address' }],
    });
    const mails = await inbox.waitFor(2);
    const anna = mails.find((mail) => mail.to.includes('anna@example.se'));
    const bo = mails.find((mail) => mail.to.includes('bo@example.se'));
    expect(anna).toBeDefined();
    expect(bo).toBeDefined();
    expect(anna?.from).toBe('no-reply@tryggplan.test');
    expect(anna?.subject).toBe('Din personliga länk till Almedalsveckan 2027');
    expect(anna?.text).toContain('Hej Anna Andersson!');
    expect(anna?.text).toContain('Den gäller till och med');
    expect(anna?.text).toMatch(/https:\/\/tryggplan\.test\/p\/[A-Za-z0-9_-]{20,}/);
    expect(anna?.html).toContain('lang="sv"');
    // nothing of anyone else, and no schedule
    expect(anna?.raw).not.toMatch(/Bo Berg|bo@example|Cecilia/);
    expect(bo?.raw).not.toMatch(/Anna|anna@example|Cecilia/);

    // the mailed link opens the person's page; the link they had before is gone
    const annaToken = tokenOf(anna?.text ?? '');
    expect(annaToken).toBeDefined();
    const page = await t.http.get(`/api/p/${annaToken}`).expect(200);
    expect(JSON.stringify(page.body)).toContain('Anna Andersson');
    await t.http.get(`/api/p/${String(old.body.url).split('/p/')[1]}`).expect(404);
    expect(tokenOf(bo?.text ?? '')).not.toBe(annaToken);
  });

  it('sends to the people named, in English when asked, and logs each delivery without its content', async () => {
    await send({ participantIds: [people.bo] }, 'en').expect(200, { queued: 1, skipped: [] });
    const [mail] = await inbox.waitFor(1);
    expect(mail.to).toEqual(['bo@example.se']);
    expect(mail.subject).toBe('Your personal link for Almedalsveckan 2027');
    expect(mail.text).toContain('Hello Bo Berg,');
    expect(mail.html).toContain('lang="en"');

    const items = await deliveriesUntil(t, token, eventId, (all) => all.every((d) => d.status === 'sent'));
    const log = await t.http.get(`/api/events/${eventId}/deliveries`).set(bearer(token)).expect(200);
    expect(log.body.channels).toEqual({ email: true, sms: false });
    expect(log.body.total).toBe(3);
    expect(items[0]).toMatchObject({
      kind: 'personal-link',
      channel: 'email',
      recipient: 'bo@example.se',
      recipientName: 'Bo Berg',
      participantId: people.bo,
      status: 'sent',
      attempts: 1,
      lastError: null,
    });
    expect(items[0].sentAt).toEqual(expect.any(String));
    expect(log.text).not.toMatch(/\/p\/|Hej|Hello/);

    // the outbox forgets the message once it is sent: a personal link is a secret
    const bodies = await t.app
      .get(Sql)
      .all<{ body: string | null }>('SELECT "body" FROM "messages" WHERE "eventId" = ?', [eventId]);
    expect(bodies.every((row) => row.body === null)).toBe(true);

    const audit = await t.app
      .get(Sql)
      .all<{ action: string }>(
        `SELECT "action" FROM "audit_entries" WHERE "eventId" = ? AND "action" IN ('links.send', 'deliveries.read')`,
        [eventId],
      );
    expect(audit.map((row) => row.action)).toEqual(expect.arrayContaining(['links.send', 'deliveries.read']));
  });

  it('retries a refused message later, counting the attempts and keeping the last error', async () => {
    inbox.refuseNext(1);
    await send({ participantIds: [people.anna] }).expect(200);
    const [failed] = await deliveriesUntil(
      t,
      token,
      eventId,
      ([newest]) => newest.attempts === 1 && newest.status === 'queued',
    );
    expect(failed.lastError).toMatch(/451/);
    expect(failed.nextAttemptAt && failed.nextAttemptAt > new Date().toISOString()).toBe(true);
    expect(inbox.mails).toHaveLength(0);

    await t.sql(`UPDATE "messages" SET "nextAttemptAt" = ? WHERE "id" = ?`, [
      '2020-01-01T00:00:00.000Z',
      failed.id,
    ]);
    await t.app.get(OutboxWorker).drain();
    const [sent] = await deliveriesUntil(t, token, eventId, ([newest]) => newest.status === 'sent');
    expect(sent).toMatchObject({ id: failed.id, attempts: 2, status: 'sent', lastError: null });
    expect((await inbox.waitFor(1))[0].to).toEqual(['anna@example.se']);
  });

  it('e-mails an invitation to a new account, by either invitation route, and its link works', async () => {
    const admin = await t.user('admin');
    const res = await t.http
      .post('/api/users')
      .set(bearer(admin.token))
      .send({ email: 'ny.samordnare@example.se', displayName: 'Ny Samordnare', role: 'coordinator' })
      .expect(201);
    expect(res.body.invitationEmailed).toBe(true);
    const [mail] = await inbox.waitFor(1);
    expect(mail.to).toEqual(['ny.samordnare@example.se']);
    expect(mail.subject).toBe('Inbjudan till Tryggplan');
    expect(mail.text).toContain(res.body.invitationUrl);
    const token = String(res.body.invitationUrl).split('/invite/')[1];
    await t.http.post(`/api/auth/invitations/${token}`).send({ password: 'ett-bra-lösenord-1' }).expect(204);

    inbox.mails.length = 0;
    const organization = await createOrganization(t, admin.token, 'Polisen');
    const partner = await t.http
      .post(`/api/organizations/${organization}/invitations`)
      .set(bearer(admin.token))
      .set('Accept-Language', 'en')
      .send({ email: 'partner@polisen.example', displayName: 'Pia Polis' })
      .expect(201);
    expect(partner.body.invitationEmailed).toBe(true);
    const [partnerMail] = await inbox.waitFor(1);
    expect(partnerMail.subject).toBe('Invitation to Tryggplan');
    expect(partnerMail.text).toContain(partner.body.invitationUrl);
  });

  it('tells each partner account of a live share about a new revision, with its link and no personal data', async () => {
    const admin = await t.user('admin');
    const police = await createOrganization(t, token, 'Region Gotland');
    const other = await createOrganization(t, token, 'Ej delad');
    const partner = await createPartner(t, admin.token, police);
    await createPartner(t, admin.token, other);
    const shareId = await createShare(t, token, eventId, police);
    // the two invitations go out through the outbox too: let them arrive before counting
    await inbox.waitFor(2);
    inbox.mails.length = 0;

    const revision = await publishRevision(t, token, eventId, { includePublicSchedule: true });
    const [mail] = await inbox.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(inbox.mails).toHaveLength(1);
    expect(mail.to).toEqual([partner.email]);
    expect(mail.subject).toBe('Ny version av säkerhetsplanen för Almedalsveckan 2027');
    expect(mail.text).toContain(`https://tryggplan.test/shared/${shareId}/revisions/${revision}`);
    expect(mail.raw).not.toMatch(/Anna|Bo Berg|Cecilia|example\.se/);
    const log = await t.http.get(`/api/events/${eventId}/deliveries`).set(bearer(token)).expect(200);
    expect(log.body.items[0]).toMatchObject({ kind: 'shared-revision', recipient: partner.email });
  });

  it('asks everyone of a check-in by e-mail, with the message and no link that would replace theirs', async () => {
    const started = await t.http
      .post(`/api/events/${eventId}/check-ins`)
      .set(bearer(token))
      .send({
        target: { kind: 'all' },
        message: 'Larm vid scenen. Svara så snart du kan.',
        escalateAfterMinutes: 15,
      });
    expect(started.status).toBe(201);
    const log = await deliveriesUntil(
      t,
      token,
      eventId,
      (items) =>
        items.filter((item) => item.kind === 'check-in-request' && item.status === 'sent').length === 2,
    );
    expect(
      log
        .filter((item) => item.kind === 'check-in-request')
        .map((item) => item.recipient)
        .sort(),
    ).toEqual(['anna@example.se', 'bo@example.se']);
    // a retried mail of an earlier test may still arrive: only the check-in's own count
    const mails = inbox.mails.filter((mail) => mail.subject.startsWith('Är du OK?'));
    expect(mails.flatMap((mail) => mail.to).sort()).toEqual(['anna@example.se', 'bo@example.se']);
    const anna = mails.find((mail) => mail.to.includes('anna@example.se'));
    expect(anna?.subject).toBe('Är du OK? – Almedalsveckan 2027');
    expect(anna?.text).toContain('Hej Anna Andersson!');
    expect(anna?.text).toContain('Larm vid scenen. Svara så snart du kan.');
    expect(anna?.text).not.toMatch(/\/p\//);
    expect(anna?.text).not.toContain('Bo Berg');
  });

  it('forgets the deliveries of a person who is erased', async () => {
    const before = await t.http.get(`/api/events/${eventId}/deliveries`).set(bearer(token)).expect(200);
    expect(before.body.items.some((d: Delivery) => d.participantId === people.bo)).toBe(true);
    await t.http.delete(`/api/events/${eventId}/participants/${people.bo}`).set(bearer(token)).expect(204);
    const after = await t.http.get(`/api/events/${eventId}/deliveries`).set(bearer(token)).expect(200);
    expect(after.text).not.toContain('bo@example.se');
  });

  it('names a participant of another event or a bad body field by field', async () => {
    const res = await send({ participantIds: [people.anna, 'not-a-participant'] }).expect(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      details: [{ field: 'participantIds.1', message: 'Deltagaren finns inte i detta evenemang.' }],
    });
    const bad = await send({ participantIds: 'everyone', cc: 'x' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['cc', 'participantIds']);
    await send({ participantIds: [] }).expect(400);
    const query = await t.http
      .get(`/api/events/${eventId}/deliveries?limit=0`)
      .set(bearer(token))
      .expect(400);
    expect(query.body.details[0].field).toBe('limit');
  });
});

describe('messages: switched off, SMS, and more than one instance', () => {
  it('refuses to send when neither e-mail nor SMS is set up, and says so in the delivery log', async () => {
    const t = await createTestApp();
    try {
      const token = (await t.user('coordinator')).token;
      const eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
      const res = await t.http
        .post(`/api/events/${eventId}/participant-links/send`)
        .set(bearer(token))
        .send({})
        .expect(409);
      expect(res.body.message).toBe('Utskick är avstängt: e-post (SMTP_URL) och SMS är inte inställda.');
      const log = await t.http.get(`/api/events/${eventId}/deliveries`).set(bearer(token)).expect(200);
      expect(log.body).toEqual({ items: [], total: 0, channels: { email: false, sms: false } });
    } finally {
      await t.close();
    }
  });

  it('texts the link through 46elks to people with a phone and no e-mail', async () => {
    const provider = await startSmsProvider();
    const inbox = await startMailInbox();
    const t = await createTestApp({
      SMTP_URL: inbox.url,
      MAIL_FROM: FROM,
      SMS_PROVIDER: '46elks',
      SMS_46ELKS_URL: provider.url,
      SMS_46ELKS_USERNAME: 'u123',
      SMS_46ELKS_PASSWORD: 'secret-pw',
      SMS_FROM: 'Tryggplan',
    });
    try {
      const token = (await t.user('coordinator')).token;
      const eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
      await t.http
        .post(`/api/events/${eventId}/participants`)
        .set(bearer(token))
        .send({ fullName: 'Cecilia Ek', phone: '070-444 55 66' })
        .expect(201);
      await t.http
        .post(`/api/events/${eventId}/participants`)
        .set(bearer(token))
        .send({ fullName: 'Anna Andersson', email: 'anna@example.se', phone: '070-111 22 33' })
        .expect(201);
      await t.http
        .post(`/api/events/${eventId}/participant-links/send`)
        .set(bearer(token))
        .send({})
        .expect(200, { queued: 2, skipped: [] });
      await deliveriesUntil(
        t,
        token,
        eventId,
        (items) => items.length === 2 && items.every((d) => d.status === 'sent'),
      );
      expect(provider.requests).toHaveLength(1);
      const [sms] = provider.requests;
      expect(sms.authorization).toBe(`Basic ${Buffer.from('u123:secret-pw').toString('base64')}`);
      expect(sms.contentType).toMatch(/application\/x-www-form-urlencoded/);
      expect(sms.form['from']).toBe('Tryggplan');
      expect(sms.form['to']).toBe('+46704445566');
      expect(sms.form['message']).toContain('Hej Cecilia Ek!');
      expect(sms.form['message']).toMatch(/\/p\/[A-Za-z0-9_-]{20,}/);
      expect(sms.form['message']).not.toContain('Anna');
      // the one with an address gets e-mail, not a text as well
      expect((await inbox.waitFor(1))[0].to).toEqual(['anna@example.se']);
      const log = await t.http.get(`/api/events/${eventId}/deliveries`).set(bearer(token)).expect(200);
      expect(log.body.channels).toEqual({ email: true, sms: true });
      expect(log.body.items.map((d: Delivery) => d.channel).sort()).toEqual(['email', 'sms']);
    } finally {
      await t.close();
      await inbox.close();
      await provider.close();
    }
  });

  it('keeps queued mail over a restart and sends each message once with two instances draining', async () => {
    const inbox = await startMailInbox();
    // the first instance's SMTP server is gone: its attempts fail and the messages wait in the table
    const dead = await startMailInbox();
    const deadUrl = dead.url;
    await dead.close();
    // `home` owns the database (and sends nothing: e-mail is off there); the others come and go on it
    const home = await createTestApp();
    const a = await createTestApp({ ...home.databaseEnv, SMTP_URL: deadUrl, MAIL_FROM: FROM });
    let b: TestApp | undefined;
    let c: TestApp | undefined;
    try {
      const token = (await a.user('coordinator')).token;
      const eventId = (await a.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
      for (let i = 0; i < 6; i += 1) {
        await a.http
          .post(`/api/events/${eventId}/participants`)
          .set(bearer(token))
          .send({ fullName: `Person ${i}`, email: `person${i}@example.se` })
          .expect(201);
      }
      await a.http
        .post(`/api/events/${eventId}/participant-links/send`)
        .set(bearer(token))
        .send({})
        .expect(200);
      await deliveriesUntil(a, token, eventId, (items) =>
        items.every((d) => d.status === 'queued' && d.attempts === 1),
      );
      await a.close();

      // two fresh instances on the same database, both with a working server, both draining at once
      b = await createTestApp({ ...home.databaseEnv, SMTP_URL: inbox.url, MAIL_FROM: FROM });
      c = await createTestApp({ ...home.databaseEnv, SMTP_URL: inbox.url, MAIL_FROM: FROM });
      await b.sql(`UPDATE "messages" SET "nextAttemptAt" = ?`, ['2020-01-01T00:00:00.000Z']);
      await Promise.all([b.app.get(OutboxWorker).drain(), c.app.get(OutboxWorker).drain()]);
      await Promise.all([b.app.get(OutboxWorker).idle(), c.app.get(OutboxWorker).idle()]);
      await inbox.waitFor(6);
      const items = await deliveriesUntil(b, token, eventId, (all) => all.every((d) => d.status === 'sent'));
      expect(items).toHaveLength(6);
      expect(items.every((d) => d.attempts === 2)).toBe(true);
      // a moment more: no second copy arrives
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(inbox.mails.map((mail) => mail.to[0]).sort()).toEqual(
        Array.from({ length: 6 }, (_, i) => `person${i}@example.se`).sort(),
      );
    } finally {
      await c?.close();
      await b?.close();
      await a.close().catch(() => undefined);
      await home.close();
      await inbox.close();
    }
  });
});
