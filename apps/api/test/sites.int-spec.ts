import { EntityManager } from 'typeorm';
import { bearer, createTestApp, TestApp, validEvent } from './harness';

const square = [
  [18.29, 57.64],
  [18.3, 57.64],
  [18.3, 57.65],
  [18.29, 57.65],
  [18.29, 57.64],
];
const bowTie = [
  [18.29, 57.64],
  [18.3, 57.65],
  [18.3, 57.64],
  [18.29, 57.65],
  [18.29, 57.64],
];
const point = (name: string, lng = 18.29) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lng, 57.64] },
  properties: { kind: 'venue', name },
});
const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

describe('sites: GeoJSON import and export', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;
  const sitesOf = async () =>
    (await t.http.get(`/api/events/${eventId}/sites`).set(bearer(token))).body.items as { name: string }[];

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
  });
  beforeEach(async () => {
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
  });
  afterAll(() => t.close());

  it('imports every feature and exports them again as GeoJSON', async () => {
    const res = await t.http
      .post(`/api/events/${eventId}/sites/import`)
      .set(bearer(token))
      .set('Content-Type', 'application/geo+json')
      .send(
        JSON.stringify(
          collection([
            point('Scen'),
            {
              type: 'Feature',
              geometry: { type: 'Polygon', coordinates: [square] },
              properties: { kind: 'zone', name: 'Zon A', address: 'Visby', fill: '#f00' },
            },
          ]),
        ),
      );
    expect(res.status).toBe(201);
    expect(res.body.total).toBe(2);
    const exported = await t.http.get(`/api/events/${eventId}/sites.geojson`).set(bearer(token));
    expect(exported.headers['content-type']).toContain('application/geo+json');
    expect(exported.body.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual([
      'Scen',
      'Zon A',
    ]);
    expect(exported.body.features[1]).toMatchObject({
      geometry: { type: 'Polygon', coordinates: [square] },
      properties: { kind: 'zone', address: 'Visby' },
    });
  });

  it('saves nothing when one feature is bad, and names it in the chosen language', async () => {
    const res = await t.http
      .post(`/api/events/${eventId}/sites/import`)
      .set(bearer(token))
      .set('Accept-Language', 'sv')
      .send(
        collection([
          point('Scen'),
          {
            type: 'Feature',
            geometry: { type: 'Polygon', coordinates: [bowTie] },
            properties: { kind: 'zone', name: 'Fluga' },
          },
        ]),
      );
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      {
        field: 'features[1].geometry.coordinates.0',
        code: 'self_intersection',
        message: 'Objekt 2 (”Fluga”): Polygonens ring 1 korsar sig själv.',
      },
    ]);
    expect(await sitesOf()).toEqual([]);
  });

  it('rolls back every row when the database fails halfway', async () => {
    const insert = EntityManager.prototype.insert;
    let calls = 0;
    const spy = jest.spyOn(EntityManager.prototype, 'insert').mockImplementation(function (
      this: EntityManager,
      ...args: Parameters<EntityManager['insert']>
    ) {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      return insert.apply(this, args);
    });
    try {
      const features = Array.from({ length: 150 }, (_, i) => point(`Plats ${i}`, 18 + i / 1000));
      const res = await t.http
        .post(`/api/events/${eventId}/sites/import`)
        .set(bearer(token))
        .send(collection(features));
      expect(res.status).toBe(500);
    } finally {
      spy.mockRestore();
    }
    expect(await sitesOf()).toEqual([]);
  });

  it('rejects what is not a FeatureCollection and coordinates outside WGS84', async () => {
    const notCollection = await t.http
      .post(`/api/events/${eventId}/sites/import`)
      .set(bearer(token))
      .send({ type: 'Feature' });
    expect(notCollection.status).toBe(400);
    expect(notCollection.body.details[0].code).toBe('not_a_feature_collection');
    const outside = await t.http
      .post(`/api/events/${eventId}/sites/import`)
      .set(bearer(token))
      .set('Accept-Language', 'en')
      .send(collection([point('Långt borta', 190)]));
    expect(outside.status).toBe(400);
    expect(outside.body.details[0]).toMatchObject({
      field: 'features[0].geometry.coordinates',
      code: 'coordinate_out_of_range',
    });
    expect(outside.body.details[0].message).toContain('Feature 1 ("Långt borta")');
  });

  it('checks the same rules when a single site is edited', async () => {
    const zone = await t.http
      .post(`/api/events/${eventId}/sites`)
      .set(bearer(token))
      .send({ kind: 'zone', name: 'Zon', geometry: { type: 'Polygon', coordinates: [square] } });
    const res = await t.http
      .patch(`/api/events/${eventId}/sites/${zone.body.id}`)
      .set(bearer(token))
      .send({ geometry: { type: 'Polygon', coordinates: [bowTie] }, version: zone.body.version });
    expect(res.status).toBe(400);
    expect(res.body.details[0].code).toBe('self_intersection');
  });
});

describe('sites: size and rotation', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;
  const stagePoint = { type: 'Point', coordinates: [18.2925, 57.6404] };
  const createStage = (extra: Record<string, unknown>) =>
    t.http
      .post(`/api/events/${eventId}/sites`)
      .set(bearer(token))
      .set('Accept-Language', 'en')
      .send({ kind: 'stage', name: 'Stora scenen', geometry: stagePoint, ...extra });

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
  });
  afterAll(() => t.close());

  it('saves a footprint and its rotation, returns them, and keeps them through an edit and the export', async () => {
    const created = await createStage({ size: { width: 12.5, depth: 8 }, rotation: 30 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'stage', size: { width: 12.5, depth: 8 }, rotation: 30 });
    const renamed = await t.http
      .patch(`/api/events/${eventId}/sites/${created.body.id}`)
      .set(bearer(token))
      .send({ name: 'Huvudscenen', version: created.body.version });
    expect(renamed.body).toMatchObject({
      name: 'Huvudscenen',
      size: { width: 12.5, depth: 8 },
      rotation: 30,
    });
    const listed = await t.http.get(`/api/events/${eventId}/sites`).set(bearer(token));
    expect(listed.body.items.find((site: { id: string }) => site.id === created.body.id)).toMatchObject({
      size: { width: 12.5, depth: 8 },
      rotation: 30,
    });
    const exported = await t.http.get(`/api/events/${eventId}/sites.geojson`).set(bearer(token));
    const feature = exported.body.features.find((f: { id: string }) => f.id === created.body.id);
    expect(feature.properties).toMatchObject({ size: { width: 12.5, depth: 8 }, rotation: 30 });
    const cleared = await t.http
      .patch(`/api/events/${eventId}/sites/${created.body.id}`)
      .set(bearer(token))
      .send({ size: null, rotation: 0, version: renamed.body.version });
    expect(cleared.body).toMatchObject({ size: null, rotation: 0 });
  });

  it('gives a site without a size null and rotation 0', async () => {
    const res = await createStage({});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ size: null, rotation: 0 });
  });

  it('refuses 0.4 m, 501 m and 360°, naming the field', async () => {
    for (const [extra, field, code] of [
      [{ size: { width: 0.4, depth: 10 } }, 'size.width', 'too_small'],
      [{ size: { width: 10, depth: 501 } }, 'size.depth', 'too_big'],
      [{ rotation: 360 }, 'rotation', 'too_big'],
    ] as const) {
      const res = await createStage(extra);
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field, code })]);
    }
  });

  it('refuses a size on a zone, and on a stage turned into a police point by an edit', async () => {
    const zone = await t.http
      .post(`/api/events/${eventId}/sites`)
      .set(bearer(token))
      .set('Accept-Language', 'sv')
      .send({
        kind: 'zone',
        name: 'Zon',
        geometry: { type: 'Polygon', coordinates: [square] },
        size: { width: 10, depth: 10 },
      });
    expect(zone.status).toBe(400);
    expect(zone.body.details).toEqual([
      {
        field: 'size',
        code: 'size_not_allowed',
        message: 'Bara platser av typen Arena/scen, Scen eller Tält kan ha en storlek.',
      },
    ]);
    const stage = await createStage({ size: { width: 6, depth: 4 } });
    const police = await t.http
      .patch(`/api/events/${eventId}/sites/${stage.body.id}`)
      .set(bearer(token))
      .set('Accept-Language', 'en')
      .send({ kind: 'police', version: stage.body.version });
    expect(police.status).toBe(400);
    expect(police.body.details).toEqual([
      expect.objectContaining({ field: 'size', code: 'size_not_allowed' }),
    ]);
  });
});

describe('site plan image', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
  });
  afterAll(() => t.close());

  it('stores a PNG, serves it back and keeps where it lies', async () => {
    const upload = await t.http
      .post(`/api/events/${eventId}/site-plan`)
      .set(bearer(token))
      .attach('file', PNG, { filename: 'plan.png', contentType: 'image/png' });
    expect(upload.status).toBe(200);
    expect(upload.body).toMatchObject({
      contentType: 'image/png',
      size: PNG.length,
      opacity: 0.7,
      version: 1,
    });
    const image = await t.http.get(`/api/events/${eventId}/site-plan/image`).set(bearer(token));
    expect(image.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(image.body as Buffer, PNG)).toBe(0);

    const bounds = { south: 57.63, west: 18.28, north: 57.65, east: 18.3 };
    const placed = await t.http
      .patch(`/api/events/${eventId}/site-plan`)
      .set(bearer(token))
      .send({ bounds, opacity: 0.5, version: 1 });
    expect(placed.status).toBe(200);
    expect(placed.body).toMatchObject({ bounds, opacity: 0.5, version: 2 });
    const stale = await t.http
      .patch(`/api/events/${eventId}/site-plan`)
      .set(bearer(token))
      .send({ bounds, opacity: 0.4, version: 1 });
    expect(stale.status).toBe(409);
    const upsideDown = await t.http
      .patch(`/api/events/${eventId}/site-plan`)
      .set(bearer(token))
      .send({ bounds: { ...bounds, north: 57.6 }, opacity: 0.4, version: 2 });
    expect(upsideDown.status).toBe(400);
    expect(upsideDown.body.details[0].field).toBe('bounds.north');

    const replaced = await t.http
      .post(`/api/events/${eventId}/site-plan`)
      .set(bearer(token))
      .attach('file', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'plan.jpg');
    expect(replaced.body).toMatchObject({ contentType: 'image/jpeg', bounds, opacity: 0.5 });
  });

  it('answers 415 for a file that is not PNG or JPEG, whatever its name says', async () => {
    const res = await t.http
      .post(`/api/events/${eventId}/site-plan`)
      .set(bearer(token))
      .attach('file', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), {
        filename: 'plan.png',
        contentType: 'image/png',
      });
    expect(res.status).toBe(415);
  });

  it('answers 413 for an image over the size limit', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
    const res = await t.http
      .post(`/api/events/${eventId}/site-plan`)
      .set(bearer(token))
      .attach('file', big, 'plan.png');
    expect(res.status).toBe(413);
  });

  it('is gone after delete', async () => {
    expect((await t.http.delete(`/api/events/${eventId}/site-plan`).set(bearer(token))).status).toBe(204);
    expect((await t.http.get(`/api/events/${eventId}/site-plan`).set(bearer(token))).status).toBe(404);
  });
});
