import { createTestApp, TestApp } from './harness';
import { testDriver } from './test-database';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('answers ok after a round trip to the database, and names the driver it runs on', async () => {
    const res = await t.http.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', db: 'ok', driver: testDriver() });
  });
});
