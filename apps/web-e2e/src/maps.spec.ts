import { expect, Locator, Page, test } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_COORDINATOR } from './support/accounts';
import { expectAccessible } from './support/axe';
import { LONG, newEvent } from './support/events';
import { logIn } from './support/session';

// A 1 × 1 PNG: enough for the server's type check and for the browser to draw.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const BENCH_FILE = join(__dirname, '../../../tmp/bench/map-render.json');

async function openDemoEvent(page: Page): Promise<Locator> {
  await logIn(page, DEMO_COORDINATOR);
  await page.getByRole('link', { name: 'Almedalsveckan (demo)' }).click();
  // the map has its own page in the event's workspace
  await page
    .getByRole('navigation', { name: /^Evenemangets sidor/ })
    .getByRole('link', { name: 'Karta' })
    .click();
  await expect(page).toHaveURL(/\/map$/);
  const map = page.locator('tp-map-host');
  await expect(siteLayerOf(map)).toHaveAttribute('data-rendered-sites', /^[1-9]\d*$/);
  return map;
}

/** The sites drawn on the map, with their counts as attributes. */
function siteLayerOf(map: Locator): Locator {
  return map.locator('tp-site-layer');
}

async function clickMap(page: Page, map: Locator, dx: number, dy: number): Promise<void> {
  const canvas = map.locator('.tp-map__canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + box.width * dx, box.y + box.height * dy);
}

async function renderedSites(map: Locator): Promise<number> {
  return Number(await siteLayerOf(map).getAttribute('data-rendered-sites'));
}

test('a coordinator lays out sites on the map, imports, exports and places the site plan', async ({
  page,
}) => {
  const map = await openDemoEvent(page);
  await expectAccessible(page);
  const list = page.getByRole('list', { name: 'Platser' });
  const start = await renderedSites(map);

  // a zone drawn with Geoman: three corners, then finished with the button
  await page.getByRole('button', { name: 'Rita zon' }).click();
  await clickMap(page, map, 0.08, 0.72);
  await clickMap(page, map, 0.3, 0.72);
  await clickMap(page, map, 0.3, 0.92);
  await page.getByRole('button', { name: 'Avsluta ritningen' }).click();
  await expect(page.getByLabel('Typ av plats')).toBeFocused();
  await expect(page.getByLabel('Typ av plats').locator('option')).toHaveText(['Zon', 'Avspärrning']);
  await page.getByLabel('Platsens namn').fill('Zon e2e');
  await page.getByRole('button', { name: 'Spara plats' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Platsen Zon e2e är sparad.' })).toHaveCount(1);

  // a route line, finished with the button
  await page.getByRole('button', { name: 'Rita linje' }).click();
  await clickMap(page, map, 0.1, 0.2);
  await clickMap(page, map, 0.3, 0.3);
  await page.getByRole('button', { name: 'Avsluta ritningen' }).click();
  await page.getByLabel('Typ av plats').selectOption({ label: 'Färdväg' });
  await page.getByLabel('Platsens namn').fill('Väg e2e');
  await page.getByRole('button', { name: 'Spara plats' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Platsen Väg e2e är sparad.' })).toHaveCount(1);
  await expect(siteLayerOf(map)).toHaveAttribute('data-rendered-sites', String(start + 2));

  // a click on the drawn zone selects it in the list too, and its popup edits the name in place
  await clickMap(page, map, 0.25, 0.8);
  await expect(list.getByRole('button', { name: 'Zon e2e', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
  const popup = page.locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name: 'Zon e2e' })).toBeVisible();
  await expect(popup.getByText('Inga risker är kopplade till platsen.')).toBeVisible();
  await popup.getByRole('button', { name: 'Ändra uppgifter' }).click();
  await popup.getByLabel('Platsens namn').fill('Zon e2e – ingång');
  await popup.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(popup.getByRole('heading', { name: 'Zon e2e – ingång' })).toBeVisible();
  await expect(list.getByRole('button', { name: 'Zon e2e – ingång', exact: true })).toBeVisible();
  await expectAccessible(page);
  await popup.getByRole('button', { name: 'Stäng' }).click();

  // reshape the route from the list: drag one of its vertices; the change is saved with its version
  await list.getByRole('button', { name: 'Väg e2e', exact: true }).click();
  await expect(popup.getByRole('heading', { name: 'Väg e2e' })).toBeFocused();
  await popup.getByRole('button', { name: 'Ändra form eller läge' }).click();
  await expect(page.getByRole('button', { name: 'Klar med formen' })).toBeFocused();
  const vertex = map.locator('.marker-icon').first();
  await expect(vertex).toBeVisible();
  await map.scrollIntoViewIfNeeded();
  const at = (await vertex.boundingBox())!;
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.mouse.down();
  await page.mouse.move(at.x + 40, at.y + 30, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('status').filter({ hasText: 'Platsen Väg e2e är ändrad.' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Klar med formen' }).click();

  // the keyboard way to move a site: to where the map points
  await list.getByRole('button', { name: 'Visby lasarett', exact: true }).click();
  // by the keyboard, as the step says: a pointer click can land beside a popup that is still panning into view
  await popup.getByRole('button', { name: 'Flytta till kartans mitt' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Platsen Visby lasarett är ändrad.' })).toHaveCount(
    1,
  );
  await popup.getByRole('button', { name: 'Stäng' }).click();

  // the layer control hides every zone
  const zoneLabel = (await page.locator('label[for="legend-zone"]').textContent()) ?? '';
  const zoneCount = Number(/\((\d+)\)/.exec(zoneLabel)?.[1]);
  expect(zoneCount).toBeGreaterThanOrEqual(2);
  const visible = Number(await siteLayerOf(map).getAttribute('data-visible-sites'));
  await page.getByRole('checkbox', { name: /^Zon/ }).uncheck();
  await expect(siteLayerOf(map)).toHaveAttribute('data-visible-sites', String(visible - zoneCount));

  // search by name
  await page.getByLabel('Sök plats efter namn').fill('lasarett');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('button', { name: 'Visby lasarett', exact: true })).toBeVisible();
  await page.getByLabel('Sök plats efter namn').fill('');

  // an import with one bad feature names it and saves nothing
  const bad = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [18.29, 57.64] },
        properties: { kind: 'venue', name: 'Bra scen' },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [18.29, 57.64],
              [18.3, 57.65],
              [18.3, 57.64],
              [18.29, 57.65],
              [18.29, 57.64],
            ],
          ],
        },
        properties: { kind: 'zone', name: 'Fluga' },
      },
    ],
  };
  await page.getByLabel('Importera platser från GeoJSON-fil').setInputFiles({
    name: 'platser.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const importAlert = page.locator('#import-errors');
  await expect(importAlert).toContainText('Inget importerades');
  await expect(importAlert).toContainText('Objekt 2 (”Fluga”): Polygonens ring 1 korsar sig själv.');
  await expect(list.getByRole('button', { name: 'Bra scen', exact: true })).toHaveCount(0);
  await expect(siteLayerOf(map)).toHaveAttribute('data-rendered-sites', String(start + 2));

  // export
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Exportera platserna som GeoJSON' }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.type).toBe('FeatureCollection');
  expect(exported.features).toHaveLength(start + 2);
  expect(exported.features.map((f: { properties: { name: string } }) => f.properties.name)).toContain(
    'Väg e2e',
  );

  // the organiser's site plan, uploaded and placed by numbers
  await page
    .getByLabel('Ladda upp områdesplan')
    .setInputFiles({ name: 'plan.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByRole('status').filter({ hasText: 'Områdesplanen är uppladdad' })).toHaveCount(1);
  await expect(map.locator('img.leaflet-image-layer')).toHaveCount(1);
  await page.getByLabel('Norra kanten (latitud)').fill('57.6452');
  await page.getByLabel('Norra kanten (latitud)').press('Tab');
  await page.getByRole('button', { name: 'Spara placeringen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Placeringen är sparad.' })).toHaveCount(1);
  await expectAccessible(page);
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of the site labels a user can see on the map (covered ones are `visibility: hidden`). */
function visibleLabelBoxes(page: Page): Promise<Box[]> {
  return page.locator('.tp-site-layer__label').evaluateAll((labels) =>
    labels
      .filter((label) => getComputedStyle(label).visibility === 'visible')
      .map((label) => {
        const { x, y, width, height } = label.getBoundingClientRect();
        return { x, y, width, height };
      }),
  );
}

function overlappingPairs(boxes: Box[]): number {
  let pairs = 0;
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => (pairs += overlap(a, b) ? 1 : 0)));
  return pairs;
}

/** The extent, in canvas pixels, of what is painted on the footprint pane's canvas. */
function footprintExtent(map: Locator): Promise<{ width: number; height: number } | null> {
  return map.locator('.leaflet-tpFootprints-pane canvas').evaluate((element) => {
    const canvas = element as HTMLCanvasElement;
    const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let [left, top, right, bottom] = [width, height, -1, -1];
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        if (data[(y * width + x) * 4 + 3] > 0) {
          left = Math.min(left, x);
          right = Math.max(right, x);
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
        }
    return right < 0 ? null : { width: right - left + 1, height: bottom - top + 1 };
  });
}

test('site labels never cover each other; zooming in shows the covered ones', async ({ page }) => {
  await logIn(page, DEMO_COORDINATOR);
  const eventId = await newEvent(page, `Etiketter ${Date.now()}`);
  // nine points 15 m apart east–west, 8 m north–south, around the venue: at the first zoom their names pile up
  const features = Array.from({ length: 9 }, (_, i) => ({
    type: 'Feature',
    geometry: {
      type: 'Point',
      coordinates: [18.2882 + ((i % 3) - 1) * 0.00025, 57.6404 + (Math.floor(i / 3) - 1) * 0.00007],
    },
    properties: { kind: 'meeting-point', name: `Möte ${i + 1}` },
  }));
  const imported = await page.request.post(`/api/events/${eventId}/sites/import`, {
    data: { type: 'FeatureCollection', features },
  });
  expect(imported.status()).toBe(201);
  await page.goto(`/events/${eventId}/map`);
  const map = page.locator('tp-map-host');
  await expect(siteLayerOf(map)).toHaveAttribute('data-rendered-sites', '10', LONG);
  await expect(page.locator('.tp-site-layer__label')).toHaveCount(10);

  await expect.poll(async () => overlappingPairs(await visibleLabelBoxes(page)), LONG).toBe(0);
  const shownAtFirst = (await visibleLabelBoxes(page)).length;
  expect(shownAtFirst).toBeGreaterThan(0);
  expect(shownAtFirst).toBeLessThan(10);
  await expectAccessible(page);

  // as the user zooms in, the points move apart and more names show, still without covering each other
  const zoomIn = map.getByRole('button', { name: 'Zooma in' });
  await zoomIn.click();
  await zoomIn.click();
  await expect.poll(async () => (await visibleLabelBoxes(page)).length, LONG).toBeGreaterThan(shownAtFirst);
  expect(overlappingPairs(await visibleLabelBoxes(page))).toBe(0);
});

test('the note about missing map tiles never covers the site popup', async ({ page }) => {
  await page.setViewportSize({ width: 760, height: 900 });
  await logIn(page, DEMO_COORDINATOR);
  const eventId = await newEvent(page, `Kartnotis ${Date.now()}`);
  await page.goto(`/events/${eventId}/map`);
  const map = page.locator('tp-map-host');
  await expect(siteLayerOf(map)).toHaveAttribute('data-rendered-sites', '1', LONG);
  // the tests never reach a tile server, so the note shows
  const note = map.getByRole('status').filter({ hasText: 'Bakgrundskartan är inte tillgänglig' });
  await expect(note).toBeVisible(LONG);

  await page
    .getByRole('list', { name: 'Platser' })
    .getByRole('button', { name: 'Almedalsscenen', exact: true })
    .click();
  const popup = page.locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name: 'Almedalsscenen' })).toBeVisible();
  await popup.getByRole('button', { name: 'Ändra uppgifter' }).click();
  await expect(popup.getByLabel('Platsens namn')).toBeFocused();
  for (const box of [await popup.boundingBox(), await note.boundingBox()]) expect(box).not.toBeNull();
  expect(overlap((await popup.boundingBox())!, (await note.boundingBox())!)).toBe(false);
  await expectAccessible(page);
});

test('a stage with a size is drawn to scale under its marker, and its popup shows the size', async ({
  page,
}) => {
  await logIn(page, DEMO_COORDINATOR);
  const eventId = await newEvent(page, `Skala ${Date.now()}`);
  await page.goto(`/events/${eventId}/map`);
  const map = page.locator('tp-map-host');
  await expect(siteLayerOf(map)).toHaveAttribute('data-rendered-sites', '1', LONG);
  await expect(siteLayerOf(map)).toHaveAttribute('data-footprints', '0');

  await page.getByRole('button', { name: 'Lägg till plats i kartans mitt' }).click();
  await page.getByLabel('Typ av plats').selectOption({ label: 'Scen' });
  await page.getByLabel('Platsens namn').fill('Stora scenen');
  const size = page.getByRole('group', { name: 'Storlek på marken (ritas skalenligt)' });
  await size.getByLabel('Bredd (m)').fill('0.4');
  await size.getByLabel('Djup (m)').fill('25');
  await page.getByRole('button', { name: 'Spara plats' }).click();
  await expect(size.getByText('Måste vara minst 0.5.')).toBeVisible();
  await expect(size.getByLabel('Bredd (m)')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await size.getByLabel('Bredd (m)').fill('40');
  await size.getByLabel('Vridning (grader)').fill('30');
  await page.getByRole('button', { name: 'Spara plats' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Platsen Stora scenen är sparad.' })).toHaveCount(
    1,
  );
  await expect(siteLayerOf(map)).toHaveAttribute('data-footprints', '1');

  // one venue alone is fitted at zoom 17: 40 × 25 m turned 30° spans 47.1 × 41.7 m on the ground
  const sites = await (await page.request.get(`/api/events/${eventId}/sites`)).json();
  const stage = sites.items.find((site: { name: string }) => site.name === 'Stora scenen');
  expect(stage).toMatchObject({ kind: 'stage', size: { width: 40, depth: 25 }, rotation: 30 });
  const metresPerPixel = (zoom: number) =>
    (156_543.033_92 * Math.cos((stage.geometry.coordinates[1] * Math.PI) / 180)) / 2 ** zoom;
  const expected = (zoom: number) => ({
    width: (40 * Math.cos(Math.PI / 6) + 25 * Math.sin(Math.PI / 6)) / metresPerPixel(zoom),
    height: (40 * Math.sin(Math.PI / 6) + 25 * Math.cos(Math.PI / 6)) / metresPerPixel(zoom),
  });
  for (const zoom of [17, 18]) {
    if (zoom === 18) await map.getByRole('button', { name: 'Zooma in' }).click();
    // the outline's 2 px stroke adds a pixel on each side
    await expect
      .poll(async () => {
        const extent = await footprintExtent(map);
        const want = expected(zoom);
        return (
          !!extent &&
          Math.abs(extent.width - want.width - 2) <= 4 &&
          Math.abs(extent.height - want.height - 2) <= 4
        );
      }, LONG)
      .toBe(true);
  }

  await page
    .getByRole('list', { name: 'Platser' })
    .getByRole('button', { name: 'Stora scenen', exact: true })
    .click();
  const popup = page.locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name: 'Stora scenen' })).toBeVisible();
  await expect(popup.getByText('40 × 25 m, vriden 30°')).toBeVisible();
  await popup.getByRole('button', { name: 'Ändra uppgifter' }).click();
  await expect(popup.getByLabel('Bredd (m)')).toHaveValue('40');
  await popup.getByLabel('Djup (m)').fill('30');
  await popup.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(popup.getByText('40 × 30 m, vriden 30°')).toBeVisible();
  await expectAccessible(page);
});

test('measures the time to render 2,000 sites (reported by npm run bench, not asserted)', async ({
  page,
}) => {
  await logIn(page, DEMO_COORDINATOR);
  const created = await page.request.post('/api/events', {
    data: {
      name: 'Kartprov 2000',
      startsAt: '2027-06-27T08:00:00+02:00',
      endsAt: '2027-07-02T22:00:00+02:00',
    },
  });
  expect(created.status()).toBe(201);
  const eventId = (await created.json()).id as string;
  const kinds = [
    'venue',
    'accommodation',
    'assembly-point',
    'police',
    'first-aid',
    'meeting-point',
    'hazard',
  ];
  const features = Array.from({ length: 2000 }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [18.25 + (i % 50) * 0.002, 57.62 + Math.floor(i / 50) * 0.001] },
    properties: { kind: kinds[i % kinds.length], name: `Plats ${i + 1}` },
  }));
  const imported = await page.request.post(`/api/events/${eventId}/sites/import`, {
    data: { type: 'FeatureCollection', features },
  });
  expect(imported.status()).toBe(201);

  const started = Date.now();
  await page.goto(`/events/${eventId}/map`);
  await expect(page.locator('tp-site-layer')).toHaveAttribute('data-rendered-sites', '2000', {
    timeout: 30_000,
  });
  const ms = Date.now() - started;
  await expect(page.locator('tp-site-layer')).toHaveAttribute('data-render-ms', /^\d+$/);
  const drawMs = Number(await page.locator('tp-site-layer').getAttribute('data-render-ms'));
  mkdirSync(join(BENCH_FILE, '..'), { recursive: true });
  writeFileSync(
    BENCH_FILE,
    JSON.stringify({ sites: 2000, pageToSitesMs: ms, drawMs, measuredAt: new Date().toISOString() }, null, 2),
  );
});
