import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/database/data-source';
import { EventTextsInEnglish1764450000000 } from '../src/database/migrations/1764450000000-event-texts-in-english';
import { bearer, createTestApp, TestApp, validEvent } from './harness';
import { pdfText } from './pdf-text';

const binary = (res: import('supertest').Request) =>
  res.buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });

const SWEDISH = {
  threatSummary: 'Förhöjd hotbild mot förtroendevalda.',
  briefingAdvice: 'Gå två och två på kvällen.',
};
const ENGLISH = {
  threatSummaryEn: 'Heightened threat against elected officials.',
  briefingAdviceEn: 'Walk in pairs in the evening.',
};
const CONTACTS = [
  { role: 'security-coordinator', name: 'Kim Lindqvist', phone: '+46 70 174 06 05' },
  {
    role: 'unit-duty',
    name: 'Säkerhetsenhetens jour',
    nameEn: 'Security unit on duty',
    phone: '+46 70 174 06 06',
  },
  { role: 'other', name: 'Taxi Gotland', note: 'Beställ i förväg.', noteEn: 'Book ahead.' },
];

/** The PDF's text with every run of white space as one space: a paragraph may wrap anywhere. */
const flat = (pdf: Buffer) => pdfText(pdf).replace(/\s+/g, ' ');

/** Issue 15, item 5: the coordinator's texts in Swedish and English, for the folder in each language. */
describe('the event’s texts in Swedish and English', () => {
  let t: TestApp;
  let token: string;
  const folder = async (eventId: string, format: 'a4' | 'a6', lang: 'sv' | 'en') => {
    const res = await binary(
      t.http.get(`/api/events/${eventId}/briefing.pdf?format=${format}&lang=${lang}`).set(bearer(token)),
    );
    expect(res.status).toBe(200);
    return flat(res.body as Buffer);
  };

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
  });
  afterAll(() => t.close());

  it('saves the English texts beside the Swedish ones, and a client that knows only Swedish keeps working', async () => {
    const created = await t.http
      .post('/api/events')
      .set(bearer(token))
      .send(validEvent({ ...SWEDISH, ...ENGLISH, contacts: CONTACTS }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...SWEDISH, ...ENGLISH, contacts: CONTACTS });
    const read = await t.http.get(`/api/events/${created.body.id}`).set(bearer(token));
    expect(read.body).toEqual(created.body);
    // changing the Swedish text alone leaves the English one as it was
    const swedishOnly = await t.http
      .patch(`/api/events/${created.body.id}`)
      .set(bearer(token))
      .send({ version: created.body.version, briefingAdvice: 'Gå aldrig ensam.' });
    expect(swedishOnly.status).toBe(200);
    expect(swedishOnly.body).toMatchObject({ briefingAdvice: 'Gå aldrig ensam.', ...ENGLISH });
    // an event made without them answers them empty
    const old = await t.http.post('/api/events').set(bearer(token)).send(validEvent(SWEDISH));
    expect(old.body).toMatchObject({ ...SWEDISH, threatSummaryEn: '', briefingAdviceEn: '' });
    expect(old.body.contacts).toEqual([]);
  });

  it('checks the English texts by the rules of the Swedish ones', async () => {
    const { body: event } = await t.http.post('/api/events').set(bearer(token)).send(validEvent());
    const tooLong = await t.http
      .patch(`/api/events/${event.id}`)
      .set(bearer(token))
      .send({ version: event.version, briefingAdviceEn: 'x'.repeat(5001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.details).toEqual([
      expect.objectContaining({ field: 'briefingAdviceEn', code: 'too_long' }),
    ]);
    const badContact = await t.http
      .patch(`/api/events/${event.id}`)
      .set(bearer(token))
      .send({
        version: event.version,
        contacts: [{ role: 'police', name: 'Polisen', nameEn: 'Police\nliaison', noteEn: 'n'.repeat(501) }],
      });
    expect(badContact.status).toBe(400);
    expect(badContact.body.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['contacts.0.nameEn', 'control_character'],
      ['contacts.0.noteEn', 'too_long'],
    ]);
  });

  it('prints the English texts in English folders and the Swedish ones in Swedish folders, A4 and A6', async () => {
    const { body: event } = await t.http
      .post('/api/events')
      .set(bearer(token))
      .send(validEvent({ ...SWEDISH, ...ENGLISH, contacts: CONTACTS }));
    for (const format of ['a4', 'a6'] as const) {
      const en = await folder(event.id, format, 'en');
      for (const expected of [
        'Threat summary',
        ENGLISH.threatSummaryEn,
        'General advice',
        ENGLISH.briefingAdviceEn,
        'Security unit on duty',
        'Book ahead.',
        'Kim Lindqvist',
      ])
        expect({ format, expected, found: en.includes(expected) }).toEqual({ format, expected, found: true });
      for (const absent of [
        'Förhöjd hotbild',
        'Gå två och två',
        'Säkerhetsenhetens jour',
        'Beställ',
        'Only available in Swedish',
      ])
        expect({ format, absent, found: en.includes(absent) }).toEqual({ format, absent, found: false });
      const sv = await folder(event.id, format, 'sv');
      for (const expected of [SWEDISH.threatSummary, SWEDISH.briefingAdvice, 'Säkerhetsenhetens jour'])
        expect({ format, expected, found: sv.includes(expected) }).toEqual({ format, expected, found: true });
      for (const absent of ['Heightened', 'Walk in pairs', 'Security unit on duty', 'Book ahead'])
        expect({ format, absent, found: sv.includes(absent) }).toEqual({ format, absent, found: false });
    }
  });

  it('prints the Swedish text in an English folder when no English one is written, and says so', async () => {
    const { body: event } = await t.http
      .post('/api/events')
      .set(bearer(token))
      .send(
        validEvent({
          ...SWEDISH,
          threatSummaryEn: ENGLISH.threatSummaryEn,
          contacts: [{ role: 'other', name: 'Taxi Gotland', note: 'Beställ i förväg.' }],
        }),
      );
    for (const format of ['a4', 'a6'] as const) {
      const en = await folder(event.id, format, 'en');
      expect(en).toContain(`General advice Only available in Swedish. ${SWEDISH.briefingAdvice}`);
      expect(en).toContain(`Threat summary ${ENGLISH.threatSummaryEn}`);
      expect(en.match(/Only available in Swedish/g)).toHaveLength(1);
      expect(en).toContain('In Swedish: Beställ i förväg.');
      const sv = await folder(event.id, format, 'sv');
      expect(sv).toContain(`Allmänna råd ${SWEDISH.briefingAdvice}`);
      expect(sv).not.toContain('Finns bara');
      expect(sv).not.toContain(ENGLISH.threatSummaryEn);
    }
  });

  it('gives the participant’s own page both languages, and their own folder in English', async () => {
    const { body: event } = await t.http
      .post('/api/events')
      .set(bearer(token))
      .send(validEvent({ ...SWEDISH, ...ENGLISH, contacts: CONTACTS }));
    const { body: person } = await t.http
      .post(`/api/events/${event.id}/participants`)
      .set(bearer(token))
      .send({ fullName: 'Eva Svensson' });
    const link = await t.http
      .post(`/api/events/${event.id}/participants/${person.id}/link`)
      .set(bearer(token));
    const own = String(link.body.url).split('/p/')[1];
    const page = await t.http.get(`/api/p/${own}`);
    expect(page.status).toBe(200);
    // the page switches language without asking again, so it gets both
    expect(page.body.event.contacts).toEqual(CONTACTS);
    const pdf = await binary(t.http.get(`/api/p/${own}/briefing.pdf?format=a6&lang=en`));
    expect(pdf.status).toBe(200);
    const en = flat(pdf.body as Buffer);
    expect(en).toContain(ENGLISH.briefingAdviceEn);
    expect(en).toContain('Security unit on duty');
    expect(en).not.toContain(SWEDISH.briefingAdvice);
  });
});

// PostgreSQL runs the same statements (schema-drift.int-spec.ts compares the two ends)
const onSqlite = process.env['TEST_DRIVER'] === 'postgres' ? describe.skip : describe;
onSqlite('the migration to texts in English', () => {
  it('gives every existing event empty English texts and keeps its Swedish ones and contacts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tryggplan-event-texts-'));
    const databasePath = join(dir, 'old.sqlite');
    try {
      const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(EventTextsInEnglish1764450000000));
      const old = new DataSource({ type: 'better-sqlite3', database: databasePath, migrations: before });
      await old.initialize();
      await old.runMigrations();
      const id = randomUUID();
      const now = new Date().toISOString();
      await old.query(
        `INSERT INTO "events" ("id", "name", "startsAt", "endsAt", "timezone", "centerLat", "centerLng", "zoom",
           "status", "contacts", "briefingAdvice", "threatSummary", "createdAt", "updatedAt", "version")
         VALUES (?, 'Gammal', ?, ?, 'Europe/Stockholm', 57.64, 18.29, 14, 'planning', ?, ?, ?, ?, ?, 1)`,
        [
          id,
          now,
          now,
          JSON.stringify([CONTACTS[0]]),
          SWEDISH.briefingAdvice,
          SWEDISH.threatSummary,
          now,
          now,
        ],
      );
      await old.destroy();

      const migrated = await createTestApp({ DATABASE_PATH: databasePath });
      try {
        const rows = await migrated.app.get(DataSource).query('SELECT * FROM "events" WHERE "id" = ?', [id]);
        expect(rows[0]).toMatchObject({ ...SWEDISH, briefingAdviceEn: '', threatSummaryEn: '' });
        expect(JSON.parse(rows[0].contacts)).toEqual([CONTACTS[0]]);
      } finally {
        await migrated.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
