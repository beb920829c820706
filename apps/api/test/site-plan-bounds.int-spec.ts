import { bearer, createTestApp, TestApp, validEvent } from './harness';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

/** A route of 10,000 vertices, each line a little further north. */
const longRoute = (line: number) => ({
  kind: 'route',
  name: `Rutt ${line + 1}`,
  geometry: {
    type: 'LineString',
    coordinates: Array.from({ length: 10_000 }, (_, i) => [18.28 + i / 1e6, 57.63 + line / 1000]),
  },
});

describe('site plan over very long outlines', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lays a new plan over 13 lines of 10,000 vertices each instead of overflowing the stack', async () => {
    const { token } = await t.user('coordinator');
    const eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    for (let line = 0; line < 13; line++) {
      const site = await t.http.post(`/api/events/${eventId}/sites`).set(bearer(token)).send(longRoute(line));
      expect(site.status).toBe(201);
    }
    const upload = await t.http
      .post(`/api/events/${eventId}/site-plan`)
      .set(bearer(token))
      .attach('file', PNG, { filename: 'plan.png', contentType: 'image/png' });
    expect(upload.status).toBe(200);
    expect(upload.body.bounds).toEqual({ south: 57.63, west: 18.28, north: 57.642, east: 18.289999 });
  }, 60_000);
});
