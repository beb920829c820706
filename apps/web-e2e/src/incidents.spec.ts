import { Browser, BrowserContext, expect, Page, test } from '@playwright/test';
import { DEMO_COORDINATOR, E2E_ADMIN } from './support/accounts';
import { expectAccessible } from './support/axe';
import { LONG, newEvent } from './support/events';
import { logIn } from './support/session';

const PHONE = {
  viewport: { width: 375, height: 812 },
  isMobile: true,
  hasTouch: true,
  locale: 'sv-SE',
  timezoneId: 'Europe/Stockholm',
};
const SECOND_PASSWORD = 'e2e-second-coordinator-1';

/** A second coordinator of the same event: the admin makes the account, the first coordinator adds them. */
async function secondCoordinator(browser: Browser, coordinator: Page, eventId: string) {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await logIn(admin, E2E_ADMIN);
  const email = `samordnare-${Date.now()}@e2e.test`;
  const created = await admin.request.post('/api/users', {
    data: { email, displayName: 'Sam Andrasamordnare', role: 'coordinator', password: SECOND_PASSWORD },
  });
  expect(created.status()).toBe(201);
  const userId = (await created.json()).user.id as string;
  await adminContext.close();
  const added = await coordinator.request.post(`/api/events/${eventId}/members`, { data: { userId } });
  expect(added.status()).toBe(201);
  return { email, password: SECOND_PASSWORD };
}

async function expectNoSideways(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
  }));
  expect(widths.page, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(widths.view);
}

async function incidentsWith(page: Page, eventId: string, text: string): Promise<{ description: string }[]> {
  const answer = await page.request.get(`/api/events/${eventId}/incidents`, { params: { q: text } });
  expect(answer.status()).toBe(200);
  return (await answer.json()).items;
}

test('a coordinator logs an incident on a phone, a colleague’s board shows it live, and a crime closes only once reported', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const contexts: BrowserContext[] = [];
  const phoneContext = await browser.newContext(PHONE);
  contexts.push(phoneContext);
  const phone = await phoneContext.newPage();
  await logIn(phone, DEMO_COORDINATOR);
  const eventId = await newEvent(phone, 'Händelseveckan e2e');
  const second = await secondCoordinator(browser, phone, eventId);

  // The colleague has the board open on a desktop.
  const deskContext = await browser.newContext();
  contexts.push(deskContext);
  const desk = await deskContext.newPage();
  await logIn(desk, second);
  await desk.goto(`/events/${eventId}/incidents`);
  await expect(
    desk.getByRole('heading', { level: 1, name: /^Händelser – Händelseveckan e2e/ }),
  ).toBeVisible();
  await expect(desk.getByText('Uppdateras direkt när något händer')).toBeVisible(LONG);
  await expect(desk.getByText('Inga händelser är loggade ännu.')).toBeVisible();
  await expectAccessible(desk);

  // The quick form on the phone: one tap from the event page's link and the board.
  await phone.goto(`/events/${eventId}`);
  await phone.getByRole('link', { name: 'Händelser', exact: true }).click();
  await expect(phone.getByRole('heading', { level: 1, name: /^Händelser/ })).toBeVisible();
  await expectNoSideways(phone);
  await expectAccessible(phone);
  await phone.getByRole('link', { name: 'Logga ny händelse' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Logga händelse' })).toBeVisible();
  await expectNoSideways(phone);
  await expectAccessible(phone);
  await phone.getByRole('button', { name: 'Logga händelsen' }).click();
  await expect(phone.getByLabel('Kategori')).toBeFocused();
  await expect(phone.locator('#quick-category-error')).toHaveText(/Måste anges/);
  await expect(phone.locator('#quick-location-error')).toContainText('Ange var det hände');
  await expectAccessible(phone);
  await phone.getByLabel('Kategori').selectOption({ label: 'Trakasserier' });
  await phone.getByLabel('Hög', { exact: true }).check();
  await phone.getByLabel('Plats i evenemanget').selectOption({ label: 'Almedalsscenen (Arena/scen)' });
  await phone.getByLabel('Vad hände?').fill('En man ropade hotfulla saker mot talaren under e2e-talet.');
  await phone.getByRole('button', { name: 'Logga händelsen' }).click();
  const heading = phone.getByRole('heading', { level: 1, name: /^H-1 Trakasserier – Almedalsscenen/ });
  await expect(heading).toBeVisible(LONG);
  await expectNoSideways(phone);

  // …and appears on the colleague's board without a reload, marked and announced.
  const card = desk.locator('.incident-card').filter({ hasText: 'H-1' });
  await expect(card).toBeVisible(LONG);
  await expect(card).toContainText('Ny');
  await expect(card).toContainText('Hög');
  await expect(desk.getByTestId('incident-announcement')).toContainText('Ny händelse H-1: Trakasserier');

  // The checklist: a tick goes to the timeline.
  await expectAccessible(phone);
  await phone.getByLabel('Se till att personen är i säkerhet.').check();
  await expect(
    phone.locator('.timeline__entry').filter({ hasText: 'Klart: Se till att personen är i säkerhet.' }),
  ).toBeVisible(LONG);
  await expect(phone.locator('.checklist__done').first()).toContainText(/Klart .+ av Kim/);
  await expect(phone.getByText('1 av 8 steg klara')).toBeVisible();

  // A possible crime: the colleague's banner counts it at once.
  await phone.getByLabel('Möjligt brott (ska polisanmälas)').check();
  await phone.getByRole('button', { name: 'Spara ändringar' }).click();
  await expect(phone.locator('.timeline__entry').filter({ hasText: 'Ändrade möjligt brott.' })).toBeVisible(
    LONG,
  );
  await expect(desk.getByText('1 brott ännu inte polisanmält')).toBeVisible(LONG);

  // Closing is refused at the police section until the report number is there.
  await phone.getByLabel('Status', { exact: true }).selectOption({ label: 'Avslutad' });
  await phone.getByRole('button', { name: 'Spara ändringar' }).click();
  const police = phone.getByRole('combobox', { name: 'Läge för polisanmälan' });
  await expect(phone.locator('#incident-police-status-error')).toContainText(
    'Ett möjligt brott kan inte avslutas utan polisanmälan',
  );
  await expect(police).toHaveAttribute('aria-invalid', 'true');
  await expect(police).toBeFocused();
  await expectAccessible(phone);
  await police.selectOption({ label: 'Polisanmäld' });
  await phone.getByLabel('Diarienummer').fill('5000-K123456-27');
  await phone.getByRole('button', { name: 'Spara ändringar' }).click();
  await expect(
    phone.locator('.timeline__entry').filter({ hasText: 'Status: Rapporterad → Avslutad.' }),
  ).toBeVisible(LONG);
  await expect(phone.locator('.incident-page__badges')).toContainText('Avslutad');
  await expect(phone.locator('.incident-page__badges')).toContainText('Polisanmäld 5000-K123456-27');
  await expect(desk.getByText('1 brott ännu inte polisanmält')).toHaveCount(0, LONG);
  await expect(card).toContainText('Avslutad', LONG);

  // A note, struck through with a reason: it stays, struck.
  await phone.getByLabel('Ny notering').fill('Skrivet på fel händelse i e2e.');
  await phone.getByRole('button', { name: 'Lägg till noteringen' }).click();
  const note = phone.locator('.timeline__entry').filter({ hasText: 'Skrivet på fel händelse i e2e.' });
  await expect(note).toBeVisible(LONG);
  await note.getByRole('button', { name: /^Stryk/ }).click();
  const dialog = phone.getByRole('dialog', { name: 'Stryk i tidslinjen' });
  await expect(dialog.getByLabel('Varför stryks den?')).toBeFocused();
  await expectAccessible(phone);
  await dialog.getByLabel('Varför stryks den?').fill('Fel händelse');
  await dialog.getByRole('button', { name: 'Stryk', exact: true }).click();
  await expect(note.locator('del')).toHaveText('Skrivet på fel händelse i e2e.', LONG);
  await expect(note).toContainText(/Struken av .*: Fel händelse/);
  await expectNoSideways(phone);
  await expectAccessible(phone);

  for (const context of contexts) await context.close();
});

test('a participant reports offline; it is sent once when the phone is back online', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await logIn(page, DEMO_COORDINATOR);
  const eventId = await newEvent(page, 'Rapportveckan e2e');
  const person = await page.request.post(`/api/events/${eventId}/participants`, {
    data: { fullName: 'Rut Rapportör', phone: '070-123 45 67' },
  });
  expect(person.status()).toBe(201);
  const link = await page.request.post(
    `/api/events/${eventId}/participants/${(await person.json()).id}/link`,
  );
  const ownPath = new URL((await link.json()).url).pathname;

  const context = await browser.newContext(PHONE);
  const phone = await context.newPage();
  await phone.goto(ownPath);
  await expect(phone.getByRole('heading', { level: 1, name: 'Rut Rapportör' })).toBeVisible();
  await expect(phone.getByRole('heading', { level: 2, name: 'Rapportera en händelse' })).toBeVisible();
  await expectNoSideways(phone);
  await expectAccessible(phone);

  const text = `Någon följde efter mig från hamnen, e2e ${Date.now()}`;
  await context.setOffline(true);
  await phone.getByLabel('Vad hände?').fill(text);
  await phone.getByLabel('Var?').fill('Hamnen');
  await phone.getByLabel('Ni får ringa mig').check();
  await phone.getByRole('button', { name: 'Skicka rapporten' }).click();
  await expect(phone.getByText('Sparad – skickas när du har nätet igen.')).toBeVisible();
  await expect(phone.getByText('Väntar på nätet – skickas automatiskt')).toBeVisible();
  await expectAccessible(phone);
  expect(await incidentsWith(page, eventId, text)).toHaveLength(0);

  await context.setOffline(false);
  await expect(phone.getByText(/Tack! Rapporten har kommit fram \(H-\d+\)\./)).toBeVisible(LONG);
  const mine = phone.locator('.report__list li').filter({ hasText: text });
  await expect(mine).toContainText('Rapporterad', LONG);
  await expect(phone.getByText('Väntar på nätet – skickas automatiskt')).toHaveCount(0);
  // opened again, the page sends nothing more: the report arrived once
  await phone.reload();
  await expect(phone.locator('.report__list li').filter({ hasText: text })).toBeVisible(LONG);
  const found = await incidentsWith(page, eventId, text);
  expect(found).toHaveLength(1);
  expect(found[0].description).toBe(text);

  // the coordinator's board shows it, with who may be called
  await page.goto(`/events/${eventId}/incidents`);
  await expect(page.locator('.incident-card')).toHaveCount(1, LONG);
  await page.locator('.incident-card a').first().click();
  await expect(page.getByText(text)).toBeVisible();
  await expect(page.getByRole('link', { name: '+46701234567' }).first()).toBeVisible();
  await expectAccessible(page);
  await context.close();
});

test('a coordinator edits the action plan with the keyboard buttons and saves it', async ({ page }) => {
  await logIn(page, DEMO_COORDINATOR);
  const eventId = await newEvent(page, 'Planveckan e2e');
  await page.goto(`/events/${eventId}/action-plan`);
  await expect(page.getByRole('heading', { level: 1, name: /^Handlingsplan/ })).toBeVisible();
  await expect(page.getByText('Evenemanget använder enhetens standardplan')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Kategori', { exact: true }).selectOption({ label: 'Stöld (8 steg)' });
  await expect(page.getByRole('heading', { level: 2, name: 'Stöld' })).toBeVisible();
  await page.getByRole('button', { name: 'Flytta ned steg 1' }).click();
  await expect(page.locator('#plan-step-1-sv')).toHaveValue('Se till att personen är i säkerhet.');
  await expect(page.getByRole('button', { name: 'Flytta ned steg 2' })).toBeFocused();
  await page.getByRole('button', { name: 'Lägg till steg' }).click();
  await expect(page.locator('#plan-step-8-sv')).toBeFocused();
  await page.getByRole('button', { name: 'Spara handlingsplanen' }).click();
  await expect(page.locator('#plan-step-8-sv-error')).toBeVisible();
  await page.locator('#plan-step-8-sv').fill('Spärra bankkort och telefon.');
  await page.locator('#plan-step-8-en').fill('Block bank cards and the phone.');
  await page.getByLabel('För personen (står i deltagarnas säkerhetsfolder)').last().check();
  await page.getByRole('button', { name: 'Spara handlingsplanen' }).click();
  await expect(page.getByText('Handlingsplanen är sparad.')).toBeAttached(LONG);
  await expect(page.getByText('Evenemanget använder enhetens standardplan')).toHaveCount(0);
  await expectAccessible(page);
  const plan = await (await page.request.get(`/api/events/${eventId}/action-plan`)).json();
  expect(plan.version).toBe(1);
  expect(plan.categories.theft.map((step: { id: string }) => step.id).slice(0, 2)).toEqual([
    'call-112',
    'safe',
  ]);
  expect(plan.categories.theft.at(-1).text).toEqual({
    sv: 'Spärra bankkort och telefon.',
    en: 'Block bank cards and the phone.',
  });
});
