import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO_COORDINATOR } from './support/accounts';
import { expectAccessible } from './support/axe';
import { logIn } from './support/session';

test('a participant’s page and pocket folder open without a network right after the first visit', async ({
  page,
  browser,
}) => {
  await logIn(page, DEMO_COORDINATOR);
  const events = await (await page.request.get('/api/events')).json();
  const eventId = events.items[0].id as string;
  const person = await page.request.post(`/api/events/${eventId}/participants`, {
    data: { fullName: 'Östen Offline' },
  });
  expect(person.status()).toBe(201);
  const personId = (await person.json()).id as string;
  const item = await page.request.post(`/api/events/${eventId}/participants/${personId}/schedule`, {
    data: {
      title: 'Panelsamtal vid hamnen',
      startsAt: '2027-06-29T10:00:00+02:00',
      endsAt: '2027-06-29T11:00:00+02:00',
    },
  });
  expect(item.status()).toBe(201);
  const link = await page.request.post(`/api/events/${eventId}/participants/${personId}/link`);
  const ownPath = new URL((await link.json()).url).pathname;

  // One quick visit on a phone: nothing downloaded by hand, no second visit.
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    serviceWorkers: 'allow',
  });
  const phone = await context.newPage();
  await phone.goto(ownPath);
  const heading = phone.getByRole('heading', { level: 1, name: 'Östen Offline' });
  await expect(heading).toBeVisible();
  // the page's own signal: the service worker controls it and keeps the page and the pocket folder
  await expect(
    phone.getByText('Sparad för offline: sidan och fickfoldern öppnas även utan anslutning.'),
  ).toBeVisible({
    timeout: 60_000,
  });
  await expectAccessible(phone);

  await context.setOffline(true);
  await phone.reload();
  await expect(heading).toBeVisible();
  await expect(phone.getByText('Panelsamtal vid hamnen')).toBeVisible();
  await expect(
    phone.getByRole('status').filter({ hasText: 'Offline – visar sparad information från' }),
  ).toHaveText(/^\s*Offline – visar sparad information från \d{1,2} \p{L}+ \d{4} kl\. \d\d:\d\d\.\s*$/u);
  await expect(phone.getByRole('link', { name: '112', exact: true }).first()).toBeVisible();
  await expectAccessible(phone);

  // the folder link opens the kept pocket folder
  const folderLink = phone.getByRole('link', { name: 'Fickformat på svenska (PDF, A6)' });
  const [folder] = await Promise.all([phone.waitForEvent('download'), folderLink.click()]);
  expect(await folder.failure()).toBeNull();
  expect(folder.suggestedFilename()).toMatch(/osten-offline-a6-sv\.pdf$/);
  expect(
    readFileSync(await folder.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
  await context.close();
});
