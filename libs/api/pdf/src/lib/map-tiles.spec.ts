import { loadConfig } from '@tryggplan/api/core';
import { siteMapView } from '@tryggplan/shared/geo';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MapTiles } from './map-tiles';

describe('MapTiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tryggplan-tiles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const view = siteMapView(
    [{ kind: 'venue', name: 'Scen', geometry: { type: 'Point', coordinates: [18.2882, 57.6404] } }],
    { width: 499, height: 400 },
  );

  it('gives no tiles when the tile server is unreachable, and then does not ask it again for a while', async () => {
    const tiles = new MapTiles(
      loadConfig({ DATABASE_PATH: join(dir, 'db.sqlite'), TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png' }),
    );
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    expect(await tiles.tilesFor(view)).toBeUndefined();
    const asked = fetchSpy.mock.calls.length;
    expect(asked).toBeGreaterThan(0);
    expect(await tiles.tilesFor(view)).toBeUndefined();
    expect(fetchSpy.mock.calls.length).toBe(asked);
    fetchSpy.mockRestore();
  });
});
