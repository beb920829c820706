import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { DEMO_COORDINATOR, DEMO_PARTNER } from './support/accounts';
import { expectAccessible } from './support/axe';
import { logIn } from './support/session';
import { LONG } from './support/events';

const DEMO_EVENT = 'Almedalsveckan (demo)';

/** Every entry of the event's navigation, and the page heading it leads to. */
const NAV: { link: string; url: RegExp; heading: RegExp }[] = [
  { link: 'Översikt', url: /\/events\/[^/]+$/, heading: /^Almedalsveckan \(demo\)$/ },
  { link: 'Karta', url: /\/map$/, heading: /^Karta – Almedalsveckan/ },
  { link: 'Risker', url: /\/risks$/, heading: /^Riskregister/ },
  { link: 'Deltagare', url: /\/participants$/, heading: /^Deltagare/ },
  { link: 'Program', url: /\/participants\/timeline$/, heading: /^Tidslinje/ },
  { link: 'Händelser', url: /\/incidents$/, heading: /^Händelser/ },
  { link: 'Säkerhetsfolder', url: /\/briefing$/, heading: /^Säkerhetsfolder/ },
  { link: 'Delning och granskning', url: /\/review$/, heading: /^Delning och granskning/ },
];

function eventNav(page: Page) {
  return page.getByRole('navigation', { name: `Evenemangets sidor: ${DEMO_EVENT}` });
}

async function openDemoEvent(page: Page): Promise<void> {
  await logIn(page, DEMO_COORDINATOR);
  await page.getByRole('link', { name: DEMO_EVENT }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_EVENT })).toBeVisible(LONG);
}

/** The demo partner comments on the first risk of the newest revision it was shared, over the API. */
async function partnerComments(request: APIRequestContext, body: string): Promise<void> {
  const login = await request.post('/api/auth/login', { data: DEMO_PARTNER });
  expect(login.status()).toBe(200);
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const shared = await (await request.get('/api/shared', { headers })).json();
  const plan = shared.items.find((item: { eventName: string }) => item.eventName === DEMO_EVENT);
  const revision = plan.revisions[0].revision as number;
  const risks = await (
    await request.get(`/api/shared/${plan.shareId}/revisions/${revision}/risks?limit=1`, { headers })
  ).json();
  const posted = await request.post(`/api/shared/${plan.shareId}/revisions/${revision}/comments`, {
    headers,
    data: { riskId: risks.items[0].id, body },
  });
  expect(posted.status()).toBe(201);
}

test("the coordinator's workspace: overview, navigation, the map in the whole window", async ({ page }) => {
  await openDemoEvent(page);

  // the overview answers what needs the coordinator now, each part in words
  const nav = eventNav(page);
  await expect(nav.getByRole('link', { name: 'Översikt' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 2, name: 'Det här behöver dig nu' })).toBeVisible();
  for (const heading of [
    'Tid till evenemanget',
    'Nytt från samverkanspartner',
    /^Öppna höga och kritiska risker \(\d+\)$/,
    /^Försenade åtgärder \(\d+\)$/,
    /^Deltagare utan personlig länk \(\d+\)$/,
  ]) {
    await expect(page.getByRole('heading', { level: 3, name: heading })).toBeVisible(LONG);
  }
  await expect(page.getByText(/Deltagarnas personuppgifter raderas automatiskt/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Redigera evenemang' })).toBeVisible();
  await expectAccessible(page);

  // the map takes the whole window and shows the incidents on request
  await nav.getByRole('link', { name: 'Karta' }).click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Karta – / })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Karta' })).toHaveAttribute('aria-current', 'page');
  const map = page.locator('tp-map-host');
  await expect(map.locator('tp-site-layer')).toHaveAttribute('data-rendered-sites', /^[1-9]\d*$/, LONG);
  const mainWidth = await page.locator('main').evaluate((main) => main.getBoundingClientRect().width);
  expect(mainWidth).toBe(page.viewportSize()!.width);
  const markers = map.locator('.tp-incident-marker');
  await expect(markers).toHaveCount(0);
  await page.getByLabel('Visa händelser').check();
  await expect(
    page.getByRole('status').filter({ hasText: /Händelser som inte är avslutade visas/ }),
  ).toBeVisible(LONG);
  // each marker is a point-sized button; its badge (code and severity in words) is what shows
  await expect(map.locator('.tp-incident-marker__badge').first()).toBeVisible(LONG);
  await expect(map.getByRole('button', { name: /^Händelse H-\d+, .+ allvarlighet/ }).first()).toBeAttached();
  await expectAccessible(page);
  await page.getByLabel('Visa händelser').uncheck();
  await expect(markers).toHaveCount(0);

  // every entry leads to its page, marked as the current one
  for (const entry of NAV) {
    await nav.getByRole('link', { name: entry.link, exact: true }).click();
    await expect(page).toHaveURL(entry.url);
    await expect(page.getByRole('heading', { level: 1, name: entry.heading })).toBeVisible(LONG);
    await expect(nav.getByRole('link', { name: entry.link, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  }
  // a page below an entry belongs to it; the old addresses keep working
  await page.goto(page.url().replace(/\/review$/, '/action-plan'));
  await expect(page.getByRole('heading', { level: 1, name: /^Handlingsplan/ })).toBeVisible(LONG);
  await expect(nav.getByRole('link', { name: 'Händelser', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('new partner comments show as badges until the coordinator opens sharing and review', async ({
  page,
  request,
}) => {
  await partnerComments(request, 'Polisen vill se fler vakter vid scenen.');
  await logIn(page, DEMO_COORDINATOR);

  const eventItem = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: DEMO_EVENT }) });
  await expect(eventItem.getByText(/^\d+ nytt från partner$/)).toBeVisible(LONG);
  await eventItem.getByRole('link', { name: DEMO_EVENT }).click();
  const feedback = page.getByRole('region', { name: 'Nytt från samverkanspartner' });
  await expect(feedback.getByText('olästa kommentarer')).toBeVisible(LONG);

  await eventNav(page).getByRole('link', { name: 'Risker' }).click();
  await expect(page.getByText(/^\d+ (ny kommentar|nya kommentarer)$/).first()).toBeVisible(LONG);

  const seen = page.waitForResponse(
    (response) => response.url().endsWith('/partner-feedback/seen') && response.status() === 200,
  );
  await eventNav(page).getByRole('link', { name: 'Delning och granskning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Delning och granskning/ })).toBeVisible(LONG);
  await seen;

  await eventNav(page).getByRole('link', { name: 'Översikt' }).click();
  await expect(feedback.getByText('Inga olästa kommentarer eller beslut.')).toBeVisible(LONG);
  await page.goto('/events');
  await expect(page.getByRole('link', { name: DEMO_EVENT })).toBeVisible(LONG);
  await expect(eventItem.getByText(/nytt från partner/)).toHaveCount(0);
});

test('the workspace on a phone: the navigation wraps and the page never scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openDemoEvent(page);
  const nav = eventNav(page);
  for (const entry of [NAV[0], NAV[1], NAV[7]]) {
    await nav.getByRole('link', { name: entry.link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: entry.heading })).toBeVisible(LONG);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `sideways scroll on ${entry.link}`).toBeLessThanOrEqual(0);
  }
  // the keyboard reaches every entry
  await nav.getByRole('link', { name: 'Översikt' }).focus();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Karta' })).toBeFocused();
});
