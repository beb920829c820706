import { Browser, expect, Page, test } from '@playwright/test';
import { DEMO_COORDINATOR, DEMO_PARTNER } from './support/accounts';
import { expectAccessible } from './support/axe';
import { logIn } from './support/session';
import { LONG } from './support/events';

const DEMO_EVENT = 'Almedalsveckan (demo)';
/** The seeded harassment at the hotel: a reported crime, and Fatima Haddad was the one followed. */
const HOTEL_REPORT = '5000-K815902-27';

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

async function expectNoSideways(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
  }));
  expect(widths.page, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(widths.view);
}

async function demoEventId(page: Page): Promise<string> {
  const answer = await page.request.get('/api/events', { params: { limit: 100 } });
  expect(answer.status()).toBe(200);
  const events = (await answer.json()).items as { id: string; name: string }[];
  const demo = events.find((event) => event.name === DEMO_EVENT);
  expect(demo, 'the demo event').toBeTruthy();
  return (demo as { id: string }).id;
}

// This file runs before partners.spec.ts, which replaces the demo share (scope risks, map, incidents).
test('the police partner follows the demo event’s incidents live, sees no names, and adds a note the coordinator reads', async ({
  page,
  browser,
}) => {
  // two people, a live stream and axe scans on a busy machine
  test.setTimeout(180_000);
  await logIn(page, DEMO_PARTNER, /\/shared$/);
  const plan = page.getByRole('region', { name: DEMO_EVENT });
  await plan.getByRole('link', { name: /Följ händelserna under evenemanget/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${DEMO_EVENT}: Händelser` })).toBeVisible(LONG);
  await expect(page.getByTestId('live-state')).toHaveAttribute('data-state', 'live', LONG);

  // the seeded week, newest first, without personal data
  const incidents = page.getByRole('article');
  await expect(incidents.first()).toBeVisible(LONG);
  expect(await incidents.count()).toBeGreaterThanOrEqual(12);
  await expect(page.getByTestId('incidents-privacy')).toContainText('Du ser inte personuppgifter');
  const hotel = incidents.filter({ hasText: HOTEL_REPORT });
  await expect(hotel).toHaveCount(1);
  await expect(hotel).toContainText('Allvarlighet: Hög');
  await expect(hotel).toContainText('Boende A – hotell vid hamnen');
  await expect(hotel).toContainText(`Polisanmäld: ${HOTEL_REPORT}`);
  await expect(incidents.filter({ hasText: 'Övning' }).first()).toBeVisible();
  await expect(page.getByText('Fatima Haddad')).toHaveCount(0);
  await expect(page.getByText('följde efter politikern', { exact: false })).toHaveCount(0);
  await expectAccessible(page);

  // the timeline opens, and the note goes on it
  const hotelName = ((await hotel.getByRole('heading').textContent()) ?? '').trim().split(' ')[0];
  await hotel.getByRole('button', { name: /Tidslinje och noteringar/ }).click();
  await expect(hotel.getByRole('list', { name: `Tidslinje för ${hotelName}` })).toBeVisible();
  const note = `Polisen har talat med hotellets personal (e2e ${Date.now()}).`;
  await hotel.getByRole('button', { name: /Lägg till notering/ }).click();
  await expect(hotel.getByLabel(`Din notering om ${hotelName}`)).toBeFocused();
  await expect(hotel.getByRole('alert')).toBeVisible();
  await hotel.getByLabel(`Din notering om ${hotelName}`).fill(note);
  await hotel.getByRole('button', { name: /Lägg till notering/ }).click();
  await expect(page.getByTestId('incident-announcement')).toHaveText(
    `Noteringen är sparad på ${hotelName}.`,
    LONG,
  );
  await expect(hotel.getByRole('list', { name: `Tidslinje för ${hotelName}` })).toContainText(note);
  await expect(hotel.getByRole('alert')).toHaveCount(0);
  await expectAccessible(page);

  // the coordinator reads the note on the incident, and logs a new one the partner sees arrive
  const coordinator = await newPage(browser);
  await logIn(coordinator, DEMO_COORDINATOR);
  const eventId = await demoEventId(coordinator);
  const board = await coordinator.request.get(`/api/events/${eventId}/incidents`, {
    params: { limit: 500 },
  });
  expect(board.status()).toBe(200);
  const target = ((await board.json()).items as { id: string; police: { reportNumber: string } }[]).find(
    (item) => item.police.reportNumber === HOTEL_REPORT,
  );
  expect(target, 'the hotel incident on the board').toBeTruthy();
  const entries = await coordinator.request.get(
    `/api/events/${eventId}/incidents/${(target as { id: string }).id}/entries`,
  );
  expect(entries.status()).toBe(200);
  const bodies = JSON.stringify(await entries.json());
  expect(bodies).toContain(note);

  const created = await coordinator.request.post(`/api/events/${eventId}/incidents`, {
    data: {
      category: 'suspicious',
      severity: 'low',
      location: { place: 'Färjeterminalen' },
      description: 'Övergiven cykelvagn vid incheckningen, e2e.',
    },
  });
  expect(created.status()).toBe(201);
  const fresh = (await created.json()) as { number: number; title: string };
  await expect(page.getByTestId('incident-announcement')).toHaveText(
    `Ny händelse H-${fresh.number}: ${fresh.title}`,
    LONG,
  );
  await expect(incidents.first()).toContainText(`H-${fresh.number}`);
  await expect(incidents.first().getByText('Ny', { exact: true })).toBeVisible();
  await expect(page.getByText('Övergiven cykelvagn')).toHaveCount(0);

  // on a phone the list fits the screen
  await page.setViewportSize({ width: 375, height: 812 });
  await expect(incidents.first()).toBeVisible();
  await expectNoSideways(page);
  await expectAccessible(page);
  await coordinator.context().close();
});
