import { BrowserContext, expect, Page, test } from '@playwright/test';
import { DEMO_COORDINATOR } from './support/accounts';
import { expectAccessible } from './support/axe';
import { logIn } from './support/session';
import { LONG } from './support/events';

const PHONE = {
  viewport: { width: 375, height: 812 },
  isMobile: true,
  hasTouch: true,
  locale: 'sv-SE',
  timezoneId: 'Europe/Stockholm',
};

/** An event running now, a zone with a stage in it, a harbour outside; the people on stage now and one at the harbour. */
async function zoneEvent(page: Page) {
  const day = 86400_000;
  const event = await page.request.post('/api/events', {
    data: {
      name: `Avstämningsveckan e2e ${Date.now()}`,
      startsAt: new Date(Date.now() - day).toISOString(),
      endsAt: new Date(Date.now() + 3 * day).toISOString(),
    },
  });
  expect(event.status()).toBe(201);
  const eventId = (await event.json()).id as string;
  const site = async (data: object) => {
    const res = await page.request.post(`/api/events/${eventId}/sites`, { data });
    expect(res.status()).toBe(201);
    return (await res.json()).id as string;
  };
  await site({
    kind: 'zone',
    name: 'Almedalszonen',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [18.285, 57.638],
          [18.292, 57.638],
          [18.292, 57.642],
          [18.285, 57.642],
          [18.285, 57.638],
        ],
      ],
    },
  });
  const stage = await site({
    kind: 'venue',
    name: 'Almedalsscenen',
    geometry: { type: 'Point', coordinates: [18.2882, 57.6404] },
  });
  const harbour = await site({
    kind: 'venue',
    name: 'Hamnen',
    geometry: { type: 'Point', coordinates: [18.2795, 57.6445] },
  });
  const person = async (fullName: string, phone: string, siteId: string) => {
    const created = await page.request.post(`/api/events/${eventId}/participants`, {
      data: { fullName, phone },
    });
    expect(created.status()).toBe(201);
    const id = (await created.json()).id as string;
    const item = await page.request.post(`/api/events/${eventId}/participants/${id}/schedule`, {
      data: {
        title: 'Seminarium',
        siteId,
        startsAt: new Date(Date.now() - 30 * 60_000).toISOString(),
        endsAt: new Date(Date.now() + 30 * 60_000).toISOString(),
      },
    });
    expect(item.status()).toBe(201);
    const link = await page.request.post(`/api/events/${eventId}/participants/${id}/link`);
    return new URL((await link.json()).url).pathname;
  };
  return {
    eventId,
    okLink: await person('Olle Okej', '070-111 11 11', stage),
    helpLink: await person('Hjördis Hjälp', '070-222 22 22', stage),
    silent: await person('Tyra Tyst', '070-333 33 33', stage),
    outside: await person('Harald Hamn', '070-444 44 44', harbour),
  };
}

async function openOwnPage(context: BrowserContext, path: string, name: string): Promise<Page> {
  const phone = await context.newPage();
  await phone.goto(path);
  await expect(phone.getByRole('heading', { level: 1, name })).toBeVisible(LONG);
  await expect(phone.getByRole('heading', { level: 2, name: 'Är du OK?' })).toBeVisible(LONG);
  return phone;
}

test('a coordinator checks on a zone; answers arrive live, one after being offline, and the silent one is raised', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  await logIn(page, DEMO_COORDINATOR);
  const setup = await zoneEvent(page);

  await page.goto(`/events/${setup.eventId}/check-ins`);
  await expect(page.getByRole('heading', { level: 1, name: 'Avstämningar' })).toBeVisible(LONG);
  await expect(page.getByText('Inga avstämningar ännu.')).toBeVisible(LONG);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Starta avstämning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Starta avstämning' })).toBeVisible(LONG);
  await page.getByLabel('Personer i en zon').check();
  const zone = page.getByLabel('Zon', { exact: true });
  await expect(zone.locator('option', { hasText: 'Almedalszonen' })).toHaveCount(1, LONG);
  await zone.selectOption({ label: 'Almedalszonen (Zon)' });
  await page.getByLabel('Meddelande (svenska)').fill('Ett misstänkt föremål vid scenen. Svara här.');
  await page.getByLabel('Meddelande (engelska)').fill('A suspicious object near the stage. Answer here.');
  await page.getByLabel('Lyft obesvarade som uppgift efter (minuter)').fill('3');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Starta avstämning' }).click();
  await expect(page).toHaveURL(/\/check-ins\/[0-9a-f-]{36}$/, LONG);
  await expect(page.getByRole('heading', { level: 1, name: 'Avstämning' })).toBeVisible();
  const counts = page.getByTestId('check-in-counts');
  await expect(counts).toContainText('Inget svar ännu: 3', LONG);
  await expect(page.getByText('Uppdateras live')).toBeVisible(LONG);
  await expect(page.getByRole('row', { name: /Harald Hamn/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Ring +46703333333' }).first()).toBeVisible();
  await expectAccessible(page);

  // The first person answers on their phone.
  const okContext = await browser.newContext(PHONE);
  const okPhone = await openOwnPage(okContext, setup.okLink, 'Olle Okej');
  await expect(okPhone.getByText('Ett misstänkt föremål vid scenen. Svara här.')).toBeVisible();
  await expectAccessible(okPhone);
  await okPhone.getByRole('button', { name: 'Jag är OK' }).click();
  await expect(okPhone.getByText('Ditt svar: Jag är OK')).toBeVisible(LONG);
  // the coordinator's view follows without a reload
  await expect(counts).toContainText('OK: 1', LONG);

  // The second one is offline when they answer; it goes once the phone is back.
  const helpContext = await browser.newContext(PHONE);
  const helpPhone = await openOwnPage(helpContext, setup.helpLink, 'Hjördis Hjälp');
  await helpContext.setOffline(true);
  await helpPhone.getByLabel('Kommentar (frivillig)').fill('Jag står bakom kiosken, någon följer efter mig.');
  await helpPhone.getByRole('button', { name: 'Jag behöver hjälp' }).click();
  await expect(helpPhone.getByText('Sparat: Behöver hjälp – skickas när du har nätet igen.')).toBeVisible();
  await expectAccessible(helpPhone);
  await expect(counts).toContainText('Behöver hjälp: 0');
  await helpContext.setOffline(false);
  await expect(helpPhone.getByText('Ditt svar: Behöver hjälp')).toBeVisible(LONG);
  await expect(counts).toContainText('Behöver hjälp: 1', LONG);
  const helped = page.getByRole('row', { name: /Hjördis Hjälp/ });
  await expect(helped).toContainText('någon följer efter mig', LONG);
  await expect(helped.getByRole('link', { name: /^H-\d+$/ })).toBeVisible();
  // sent once: opened again, the phone sends nothing more and the incident is one
  await helpPhone.reload();
  await expect(helpPhone.getByText('Ditt svar: Behöver hjälp')).toBeVisible(LONG);
  const incidents = await page.request.get(`/api/events/${setup.eventId}/incidents`);
  expect((await incidents.json()).total).toBe(1);

  // The third never answers: after the set time they are raised as a task, live.
  const task = page.getByTestId('check-in-task');
  await expect(task).toBeVisible({ timeout: 120_000 });
  await expect(task).toContainText('Tyra Tyst');
  await expect(task.getByRole('link', { name: 'Ring +46703333333' })).toBeVisible();
  await expect(task).not.toContainText('Olle Okej');
  await expectAccessible(page);

  await page.goto(`/events/${setup.eventId}/check-ins`);
  await expect(page.getByRole('row', { name: /Personer i en zon: Almedalszonen/ })).toBeVisible(LONG);
  await okContext.close();
  await helpContext.close();
});
