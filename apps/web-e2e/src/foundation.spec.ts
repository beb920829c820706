import { expect, test } from '@playwright/test';
import { DEMO_COORDINATOR, E2E_ADMIN } from './support/accounts';
import { expectAccessible } from './support/axe';
import { logIn } from './support/session';

test('the login page is accessible and a wrong password is answered in Swedish', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('E-postadress').fill(DEMO_COORDINATOR.email);
  await page.getByLabel('Lösenord').fill('not-the-password');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('alert')).toContainText(/lösenord/i);
  await expect(page).toHaveURL(/\/login/);
});

test('a coordinator creates an event, places three sites on the map and downloads its briefing', async ({
  page,
}) => {
  await logIn(page, DEMO_COORDINATOR);
  await expect(page.getByRole('link', { name: 'Almedalsveckan (demo)' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Skapa evenemang' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(page.getByLabel('Namn', { exact: true })).toBeFocused();

  await page.getByLabel('Namn', { exact: true }).fill('Järvaveckan e2e');
  await page.getByLabel('Start').fill('2027-06-08 10:00');
  await page.getByLabel('Slut').fill('11/6 2027 1800');
  await page.getByLabel('Ort').fill('Spånga');
  await page.getByRole('button', { name: 'Skapa evenemang' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Järvaveckan e2e' })).toBeVisible();
  await expectAccessible(page);

  const eventNav = page.getByRole('navigation', { name: 'Evenemangets sidor: Järvaveckan e2e' });
  await eventNav.getByRole('link', { name: 'Karta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Karta – Järvaveckan e2e' })).toBeVisible();
  const map = page.getByRole('region', { name: 'Karta över evenemanget' });
  await expect(map.getByRole('button', { name: 'Zooma in' })).toBeVisible();
  const box = (await map.boundingBox())!;
  const places = [
    { name: 'Huvudscen', dx: 0.3, dy: 0.4 },
    { name: 'Återsamlingsplats fotbollsplanen', dx: 0.6, dy: 0.5 },
  ];
  for (const place of places) {
    await map.click({ position: { x: box.width * place.dx, y: box.height * place.dy } });
    await expect(page.getByLabel('Typ av plats')).toBeFocused();
    await page.getByLabel('Platsens namn').fill(place.name);
    await page.getByRole('button', { name: 'Spara plats' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Platsen ${place.name} är sparad.` }),
    ).toHaveCount(1);
  }
  // the keyboard way: no pointer needed
  await page.getByRole('button', { name: 'Lägg till plats i kartans mitt' }).click();
  await page.getByLabel('Platsens namn').fill('Sjukvårdstält');
  await page.getByLabel('Typ av plats').selectOption({ label: 'Sjukvård' });
  await page.getByRole('button', { name: 'Spara plats' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Platsen Sjukvårdstält är sparad.' })).toHaveCount(
    1,
  );

  const list = page.getByRole('list', { name: 'Platser' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expectAccessible(page);

  await eventNav.getByRole('link', { name: 'Säkerhetsfolder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Säkerhetsfolder/ })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'A4 på svenska (PDF)' }).click(),
  ]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const pdf = readFileSync(path!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
});

test('the interface switches to English and remembers it', async ({ page }) => {
  await logIn(page, DEMO_COORDINATOR);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});

test('the admin pages and the not-found page are accessible', async ({ page }) => {
  await logIn(page, E2E_ADMIN);
  await page.getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/finns-inte');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expectAccessible(page);
});

test('the admin creates a partner account in an organisation; the partner reads its shared plans', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await logIn(page, E2E_ADMIN);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  const email = `liaison-${Date.now()}@e2e.test`;
  await page.getByLabel('E-postadress för den nya användaren').fill(email);
  await page.getByLabel('Visningsnamn').fill('Kontaktperson Polisen');
  await page.getByLabel('Roll').selectOption({ label: 'Samverkanspart' });
  // a partner without an organisation would see nothing: the form asks for one
  await page.getByRole('button', { name: 'Skapa användare' }).click();
  await expect(page.getByLabel('Organisation (för samverkanspart)')).toBeFocused();
  await page
    .getByLabel('Organisation (för samverkanspart)')
    .selectOption({ label: 'Polisen Region Gotland' });
  await page.getByRole('button', { name: 'Skapa användare' }).click();
  const invitation = page.getByLabel('Inbjudningslänk');
  await expect(invitation).toBeVisible();
  await expectAccessible(page);
  const path = new URL(await invitation.inputValue()).pathname;

  const partner = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await partner.goto(path);
  await partner.getByLabel('Nytt lösenord').fill('a-liaison-password-1');
  await partner.getByLabel('Upprepa lösenordet').fill('a-liaison-password-1');
  await partner.getByRole('button', { name: 'Spara lösenord' }).click();
  await expect(partner.getByText('Lösenordet är sparat.')).toBeVisible();
  await logIn(partner, { email, password: 'a-liaison-password-1' }, /\/shared$/);
  await expect(partner.getByRole('heading', { level: 2, name: 'Almedalsveckan (demo)' })).toBeVisible();
});

test('the admin adds a new coordinator to the demo event from the member page', async ({ page }) => {
  await logIn(page, E2E_ADMIN);
  await page.goto('/admin');
  const email = `samordnare-${Date.now()}@e2e.test`;
  await page.getByLabel('E-postadress för den nya användaren').fill(email);
  await page.getByLabel('Visningsnamn').fill('Ny Samordnare');
  await page.getByLabel('Lösenord (valfritt)').fill('a-coordinator-password-1');
  await page.getByRole('button', { name: 'Skapa användare' }).click();
  await expect(page.getByText('Ny Samordnare är skapad.')).toBeVisible();

  const eventSelect = page.getByLabel('Evenemang', { exact: true });
  const demo = eventSelect.locator('option', { hasText: 'Almedalsveckan (demo)' });
  await eventSelect.selectOption((await demo.getAttribute('value')) as string);
  await expect(page.getByRole('heading', { name: 'Medlemmar i Almedalsveckan (demo)' })).toBeVisible();
  await page.getByLabel('Samordnare att lägga till').selectOption({ label: `Ny Samordnare (${email})` });
  const added = page.waitForResponse(
    (response) => response.url().endsWith('/members') && response.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Lägg till medlem' }).click();
  expect((await added).status()).toBe(201);
  // the page stays where it was: no native form submission reloading /admin?
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('button', { name: 'Ta bort Ny Samordnare' })).toBeVisible();
  await expectAccessible(page);

  // disabling ends the person's sessions at once: it asks first
  const userRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: 'Byt lösenord Ny Samordnare' }) });
  await page.getByRole('button', { name: 'Inaktivera Ny Samordnare' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Inaktivera Ny Samordnare?');
  await expectAccessible(page);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByRole('button', { name: 'Inaktivera Ny Samordnare' })).toBeFocused();
  await expect(userRow).toContainText('Aktiv');
  await page.getByRole('button', { name: 'Inaktivera Ny Samordnare' }).click();
  await page.getByRole('button', { name: 'Inaktivera kontot' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ny Samordnare är inaktiverad.' })).toHaveCount(1);
});

test('an invalid invitation link says so and the page is accessible', async ({ page }) => {
  await page.goto('/invite/not-a-real-token');
  await expect(page.getByRole('heading', { level: 1, name: 'Välj lösenord' })).toBeVisible();
  await expectAccessible(page);
});

test('a stale edit is refused with an offer to reload, and deleting needs the typed name', async ({
  page,
}) => {
  await logIn(page, DEMO_COORDINATOR);
  const created = await page.request.post('/api/events', {
    data: {
      name: 'Kulturnatt e2e',
      startsAt: '2027-04-17T16:00:00+02:00',
      endsAt: '2027-04-17T23:59:00+02:00',
    },
  });
  expect(created.status()).toBe(201);
  const event = await created.json();
  await page.goto(`/events/${event.id}`);
  await page.getByRole('button', { name: 'Redigera evenemang' }).click();
  await expect(page.getByLabel('Namn', { exact: true })).toBeFocused();

  // someone else saves first
  const other = await page.request.patch(`/api/events/${event.id}`, {
    data: { version: event.version, locationName: 'Uppsala' },
  });
  expect(other.status()).toBe(200);

  await page.getByLabel('Namn', { exact: true }).fill('Kulturnatten e2e');
  await page.getByRole('button', { name: 'Spara ändringar' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Någon annan har ändrat evenemanget' }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Läs in igen' }).click();
  await expect(page.getByRole('textbox', { name: 'Ort', exact: true })).toHaveValue('Uppsala');
  await page.getByLabel('Namn', { exact: true }).fill('Kulturnatten e2e');
  await page.getByRole('button', { name: 'Spara ändringar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kulturnatten e2e' })).toBeVisible();

  await page.getByRole('button', { name: 'Ta bort evenemang' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ta bort evenemanget?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  const confirm = dialog.getByRole('button', { name: 'Bekräfta borttagning' });
  await dialog.getByRole('textbox').fill('fel namn');
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox').fill('Kulturnatten e2e');
  await confirm.click();
  await expect(page).toHaveURL(/\/events$/);
  await expect(page.getByRole('link', { name: 'Kulturnatten e2e' })).toHaveCount(0);
});
