import {
  bearer,
  createTestApp,
  TestApp,
  validEvent,
  validRisk,
  validScheduleItem,
  validSite,
} from './harness';

type Answer = { status: number; body: { details?: { field: string; code: string; message: string }[] } };
const codes = (res: Answer) => res.body.details?.map(({ field, code }) => `${field}:${code}`);

describe('input hygiene', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;
  const participants = () => `/api/events/${eventId}/participants`;

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
  });
  afterAll(() => t.close());

  describe('control and text-direction characters', () => {
    it('refuses them in names and titles with a 400 naming the field, in sv and en', async () => {
      const nul = await t.http
        .post('/api/events')
        .set(bearer(token))
        .send(validEvent({ name: 'Alm\u0000edalen' }));
      expect(nul.status).toBe(400);
      expect(nul.body.details).toEqual([
        {
          field: 'name',
          code: 'control_character',
          message: 'Får inte innehålla styrtecken (t.ex. NUL, tabb eller radbrytning i ett namn).',
        },
      ]);
      const bidi = await t.http
        .post(`${participants()}?lang=en`)
        .set(bearer(token))
        .send({ fullName: 'Anna \u202Enidl', organization: "Anna\n=cmd|' /C calc'!A0" });
      expect(bidi.status).toBe(400);
      expect(bidi.body.details).toEqual([
        {
          field: 'fullName',
          code: 'bidi_control',
          message:
            'Must not contain characters that override the text direction (U+202A–U+202E, U+2066–U+2069).',
        },
        {
          field: 'organization',
          code: 'control_character',
          message: 'Must not contain control characters (such as NUL, or a tab or line break in a name).',
        },
      ]);
      const site = await t.http
        .post(`/api/events/${eventId}/sites`)
        .set(bearer(token))
        .send(validSite({ name: 'Scen\u2066' }));
      expect(codes(site)).toEqual(['name:bidi_control']);
      const risk = await t.http
        .post(`/api/events/${eventId}/risks`)
        .set(bearer(token))
        .send(validRisk({ title: 'Hot\tmot talare', owner: 'Bo\rBerg' }));
      expect(codes(risk)).toEqual(['title:control_character', 'owner:control_character']);
      const person = (await t.http.post(participants()).set(bearer(token)).send({ fullName: 'Anna Lind' }))
        .body;
      const item = await t.http
        .post(`${participants()}/${person.id}/schedule`)
        .set(bearer(token))
        .send(validScheduleItem({ title: 'Tal\u0007' }));
      expect(codes(item)).toEqual(['title:control_character']);
    });

    it('keeps tab and line breaks in multi-line text, but never NUL', async () => {
      const kept = await t.http
        .post(participants())
        .set(bearer(token))
        .send({ fullName: 'Bo Berg', notes: 'Rad ett\r\nRad två\n\tindrag' });
      expect(kept.status).toBe(201);
      expect(kept.body.notes).toBe('Rad ett\r\nRad två\n\tindrag');
      const nul = await t.http
        .post(`/api/events/${eventId}/risks`)
        .set(bearer(token))
        .send(validRisk({ description: 'Scenario\u0000' }));
      expect(codes(nul)).toEqual(['description:control_character']);
    });
  });

  describe('search', () => {
    it('takes % and _ in q literally: q=% lists nobody unless a name holds a %', async () => {
      const event = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
      const list = async (q: string) =>
        (await t.http.get(`/api/events/${event}/participants`).query({ q }).set(bearer(token))).body;
      for (const fullName of ['Anna Lind', 'Bo Berg']) {
        await t.http.post(`/api/events/${event}/participants`).set(bearer(token)).send({ fullName });
      }
      expect((await list('%')).total).toBe(0);
      expect((await list('_')).total).toBe(0);
      expect((await list('\\')).total).toBe(0);
      await t.http
        .post(`/api/events/${event}/participants`)
        .set(bearer(token))
        .send({ fullName: 'Cia 100% Ek', organization: 'a_b\\c' });
      expect((await list('%')).items.map((p: { fullName: string }) => p.fullName)).toEqual(['Cia 100% Ek']);
      expect((await list('a_b\\c')).total).toBe(1);
      expect((await list('lind')).items.map((p: { fullName: string }) => p.fullName)).toEqual(['Anna Lind']);
    });

    it('takes % literally in the risk register search too', async () => {
      const event = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
      await t.http.post(`/api/events/${event}/risks`).set(bearer(token)).send(validRisk());
      const search = async (q: string) =>
        (await t.http.get(`/api/events/${event}/risks`).query({ q }).set(bearer(token))).body.total;
      expect(await search('%')).toBe(0);
      expect(await search('_')).toBe(0);
      expect(await search('talare')).toBe(1);
    });
  });

  describe('GeoJSON import', () => {
    it('never merges __proto__ into any object and imports the site without it', async () => {
      const event = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
      const text = `{"type":"FeatureCollection","features":[{"type":"Feature","__proto__":{"polluted":true},
        "geometry":{"type":"Point","coordinates":[18.2882,57.6404],"bbox":[18.2882,57.6404,18.2882,57.6404],
        "__proto__":{"polluted":true}},
        "properties":{"kind":"venue","name":"Scen","stroke":"#f00","__proto__":{"polluted":true,"name":"x"},
        "constructor":{"prototype":{"polluted":true}}}}]}`;
      const res = await t.http
        .post(`/api/events/${event}/sites/import`)
        .set(bearer(token))
        .set('Content-Type', 'application/geo+json')
        .send(text);
      expect(res.status).toBe(201);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      const [site] = (await t.http.get(`/api/events/${event}/sites`).set(bearer(token))).body.items;
      expect(site).toMatchObject({
        kind: 'venue',
        name: 'Scen',
        geometry: { type: 'Point', coordinates: [18.2882, 57.6404] },
      });
      expect(site).not.toHaveProperty('polluted');
      expect(Object.keys(site.geometry).sort()).toEqual(['coordinates', 'type']);
    });
  });
});
