import { DemoSeeder } from '../src/database/seed/demo-seeder';
import { bearer, createTestApp, TestApp } from './harness';

/** What `npm start` seeds on an empty database: the demo event, with a realistic week of incidents. */
describe('demo seed', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeeder).seedIfEmpty('demo-password-123');
    token = await t.login('samordnare@demo.tryggplan.local', 'demo-password-123');
    eventId = (await t.http.get('/api/events').set(bearer(token))).body.items[0].id;
  });
  afterAll(() => t.close());

  it('gives the main stage and the seminar tent a size, so the map draws them to scale', async () => {
    const sites = (await t.http.get(`/api/events/${eventId}/sites`).set(bearer(token))).body.items as {
      name: string;
      kind: string;
      size: { width: number; depth: number } | null;
    }[];
    expect(sites.find((site) => site.name === 'Almedalsscenen')?.size).toEqual({ width: 16, depth: 10 });
    expect(sites.find((site) => site.name === 'Donners plats seminarietält')).toMatchObject({
      kind: 'tent',
      size: { width: 12, depth: 8 },
    });
  });

  it('logs a week of fictional incidents, a few of them exercises, with crimes reported and not', async () => {
    const board = await t.http.get(`/api/events/${eventId}/incidents`).set(bearer(token));
    expect(board.status).toBe(200);
    const items: { isExercise: boolean; occurredAt: string; reportedAt: string; riskIds: string[] }[] =
      board.body.items;
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items.filter((item) => item.isExercise).length).toBeGreaterThanOrEqual(2);
    expect(board.body.counts.unreportedCrimes).toBeGreaterThanOrEqual(1);
    expect(
      items.every((item) => item.reportedAt >= item.occurredAt && item.reportedAt.startsWith('2027-')),
    ).toBe(true);
    expect(items.filter((item) => item.riskIds.length > 0).length).toBeGreaterThan(5);
    const days = new Set(items.map((item) => item.occurredAt.slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(4);
  });

  it('shares the incidents with the demo police, without personal data', async () => {
    const police = await t.login('polisen@demo.tryggplan.local', 'demo-password-123');
    const shares = await t.http.get('/api/shared').set(bearer(police));
    const shareId = shares.body.items[0].shareId;
    const incidents = await t.http.get(`/api/shared/${shareId}/incidents`).set(bearer(police));
    expect(incidents.status).toBe(200);
    expect(incidents.body.length).toBeGreaterThanOrEqual(10);
    expect(incidents.text).not.toContain('Fatima Haddad');
  });
});
