import { expect, Page, test } from '@playwright/test';
import { DEMO_COORDINATOR } from './support/accounts';
import { expectAccessible } from './support/axe';
import { logIn } from './support/session';

async function openRegister(page: Page): Promise<void> {
  await logIn(page, DEMO_COORDINATOR);
  await page.getByRole('link', { name: 'Almedalsveckan (demo)' }).click();
  await page
    .getByRole('navigation', { name: 'Evenemangets sidor: Almedalsveckan (demo)' })
    .getByRole('link', { name: 'Risker', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Riskregister/ })).toBeVisible();
}

const shown = (page: Page) => page.getByRole('status').filter({ hasText: /Visar \d+ av \d+ risker/ });
const riskRows = (page: Page) => page.getByRole('table', { name: 'Riskregistret' }).locator('tbody tr');

/** What the API says the demo register holds now: other browser tests may have added risks to it. */
async function demoRegister(page: Page) {
  const eventId = page.url().split('/events/')[1].split('/')[0];
  const count = async (query: string) =>
    (await (await page.request.get(`/api/events/${eventId}/risks?limit=1&${query}`)).json()).total as number;
  return {
    total: await count(''),
    cell: await count('likelihood=3&consequence=3'),
    high: await count('level=high'),
  };
}

test('the register filters its table by a cell of the risk matrix', async ({ page }) => {
  await openRegister(page);
  const { total, cell: inCell, high } = await demoRegister(page);
  expect(inCell).toBeGreaterThan(0);
  await expect(shown(page)).toHaveText(`Visar ${total} av ${total} risker.`);
  await expect(riskRows(page)).toHaveCount(total);
  await expectAccessible(page);

  // likelihood 3 × consequence 3 = 9, medium
  const cell = page.getByRole('button', {
    name: new RegExp(`^${inCell}\\s*risker, sannolikhet 3, konsekvens 3, nivå\\s*Medel$`),
  });
  await cell.focus();
  await page.keyboard.press('Enter');
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  await expect(shown(page)).toHaveText(`Visar ${inCell} av ${total} risker.`);
  await expect(riskRows(page)).toHaveCount(inCell);
  for (const row of await riskRows(page).all()) await expect(row).toContainText('Medel 9');
  await expectAccessible(page);

  // the filter is still there after opening a risk and coming back
  await riskRows(page).first().getByRole('link').click();
  await page.getByRole('link', { name: 'Tillbaka till riskregistret' }).click();
  await expect(riskRows(page)).toHaveCount(inCell);
  await expect(cell).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Visa alla celler' }).click();
  await expect(riskRows(page)).toHaveCount(total);

  await page.getByLabel('Risknivå').selectOption({ label: 'Hög' });
  await expect(riskRows(page)).toHaveCount(high);
  await page.getByRole('button', { name: 'Rensa alla filter' }).click();
  await expect(riskRows(page)).toHaveCount(total);
});

test('a coordinator creates a risk: errors first, then the live level, then the saved risk', async ({
  page,
}) => {
  await openRegister(page);
  await page.getByRole('link', { name: 'Ny risk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny risk' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Skapa risk' }).click();
  await expect(page.getByRole('alert')).toContainText('Uppgifterna är inte giltiga');
  await expect(page.getByLabel('Rubrik')).toBeFocused();
  await expect(page.getByLabel('Kategori')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Kategori')).toHaveAccessibleDescription(/Måste anges\./);
  await expectAccessible(page);

  await page.getByLabel('Rubrik').fill('Drönare över Almedalen e2e');
  await page.getByLabel('Kategori').selectOption({ label: 'Attack' });
  await page.getByLabel('Sannolikhet', { exact: true }).selectOption('4');
  await page.getByLabel('Konsekvens', { exact: true }).selectOption('5');
  await expect(page.getByTestId('inherent-score')).toContainText('Kritisk 20');
  await page.getByLabel('Konsekvens', { exact: true }).selectOption('2');
  await expect(page.getByTestId('inherent-score')).toContainText('Medel 8');

  // residual above the inherent score is refused by the shared rule as you choose it
  await page.getByLabel('Kvarvarande sannolikhet').selectOption('5');
  await page.getByLabel('Kvarvarande konsekvens').selectOption('2');
  await expect(
    page.getByText('Kvarvarande risk (10) får inte vara högre än den ursprungliga (8).'),
  ).toBeVisible();
  await page.getByLabel('Kvarvarande sannolikhet').selectOption('2');
  await expect(page.getByTestId('residual-score')).toContainText('Låg 4');

  await page.getByRole('checkbox', { name: /Almedalsscenen/ }).check();
  await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  await expect(page.getByLabel('Åtgärd', { exact: true })).toBeFocused();
  await page.getByLabel('Åtgärd', { exact: true }).fill('Drönarspaning med polisen');
  await page.getByLabel('Ansvarig').fill('Polisen');
  await page.getByRole('button', { name: 'Skapa risk' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Drönare över Almedalen e2e' })).toBeVisible();
  await expect(page.getByText('Almedalsscenen')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Drönarspaning med polisen' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Skapad' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Ta bort risk' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Ta bort risken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Riskregister/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Drönare över Almedalen e2e' })).toHaveCount(0);
});

test('a risk is added from the template library with one click', async ({ page }) => {
  await openRegister(page);
  await page.getByRole('button', { name: 'Lägg till från mallbiblioteket' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Mallbibliotek' })).toBeVisible();
  // both languages are shown
  await expect(page.getByRole('heading', { name: /Violence in the night-time economy/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: /^Lägg till\s+Våld i nattlivet$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Risken är tillagd i registret.' })).toHaveCount(1);
  // the success message is on screen too, not only for screen readers
  await expect(page.getByText('Risken är tillagd i registret.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Våld i nattlivet' })).toHaveCount(1);

  // the same template again is asked for first, and nothing is added when the answer is no
  await page.getByRole('button', { name: /^Lägg till\s+Våld i nattlivet$/ }).click();
  const again = page.getByRole('alert').filter({ hasText: '”Våld i nattlivet” finns redan i registret.' });
  await expect(again).toBeVisible();
  await expectAccessible(page);
  await again.getByRole('button', { name: 'Avbryt' }).click();
  await expect(again).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Våld i nattlivet' })).toHaveCount(1);
});

test('a stale save is refused with 409 and the newer version can be loaded', async ({ page }) => {
  await openRegister(page);
  await page.getByRole('link', { name: 'Värmebölja' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Värmebölja' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Redigera risk' }).click();
  await expect(page.getByLabel('Rubrik')).toBeFocused();

  // someone else saves the same risk meanwhile
  const [, , eventId, , riskId] = new URL(page.url()).pathname.split('/');
  const headers = await bearer(page);
  const url = `/api/events/${eventId}/risks/${riskId}`;
  const current = await (await page.request.get(url, { headers })).json();
  const patched = await page.request.patch(url, {
    headers,
    data: { owner: 'Räddningstjänsten', version: current.version },
  });
  expect(patched.status()).toBe(200);

  await page.getByLabel('Riskägare').fill('Kommunen');
  await page.getByRole('button', { name: 'Spara risk' }).click();
  await expect(page.getByRole('alert').first()).toContainText('Någon annan har ändrat risken');
  await expect(page.getByText(/Ändrades av/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Läs in den nya versionen' }).click();
  await expect(page.getByLabel('Riskägare')).toHaveValue('Räddningstjänsten');
  await page.getByLabel('Riskägare').fill('Kommunen');
  await page.getByRole('button', { name: 'Spara risk' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Risken är sparad.' })).toHaveCount(1);
  await expect(page.getByRole('cell', { name: 'Räddningstjänsten → Kommunen' })).toBeVisible();
  await expectAccessible(page);
});

test('an import shows every bad row and saves nothing until the whole file is valid', async ({ page }) => {
  await openRegister(page);
  await expect(riskRows(page).first()).toBeVisible();
  const before = await riskRows(page).count();
  await page.getByRole('button', { name: 'Importera från CSV eller Excel' }).click();
  const file = page.getByLabel('Fil att importera');

  const bad = 'title,category,likelihood,consequence\nKö vid insläpp,crowding,3,3\nOkänd,meteor,6,2\n';
  await file.setInputFiles({ name: 'risker.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'Kontrollera filen' }).click();
  await expect(page.getByRole('alert')).toContainText('Inget har sparats');
  const problems = page.getByRole('table', { name: 'Fel i filen' }).locator('tbody tr');
  await expect(problems).toHaveCount(2);
  await expect(problems.first()).toContainText('3');
  await expect(page.getByRole('table', { name: 'Fel i filen' })).toContainText('likelihood');
  await expectAccessible(page);
  await expect(riskRows(page)).toHaveCount(before);

  const good =
    'titel,kategori,sannolikhet,konsekvens\nKö vid insläpp e2e,Trängsel,3,3\nStrömavbrott e2e,other,2,3\n';
  await file.setInputFiles({ name: 'risker.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Kontrollera filen' }).click();
  await expect(page.getByText('Alla 2 rader är giltiga. Inget är sparat ännu.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Risker som importeras' }).locator('tbody tr')).toHaveCount(2);
  await expect(riskRows(page)).toHaveCount(before);
  await page.getByRole('button', { name: 'Importera 2 risker' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 risker importerades.' })).toHaveCount(1);
  await expect(riskRows(page)).toHaveCount(before + 2);
});

test('a register is copied from another event the coordinator works on', async ({ page }) => {
  await logIn(page, DEMO_COORDINATOR);
  const demo = page.getByRole('link', { name: 'Almedalsveckan (demo)' });
  await expect(demo).toBeVisible();
  const created = await page.request.post('/api/events', {
    headers: await bearer(page),
    data: { name: 'Kopia e2e', startsAt: '2028-06-26T10:00:00+02:00', endsAt: '2028-06-30T18:00:00+02:00' },
  });
  expect(created.status()).toBe(201);
  const event = await created.json();

  await page.goto(`/events/${event.id}/risks`);
  await expect(page.getByText('Inga risker matchar urvalet.')).toBeVisible();
  await page.getByRole('button', { name: 'Kopiera från ett annat evenemang' }).click();
  await page.getByLabel('Evenemang att kopiera från').selectOption({ label: 'Almedalsveckan (demo)' });
  await page.getByRole('button', { name: 'Kopiera risker' }).click();
  await expect(page.getByRole('status').filter({ hasText: /\d+ risker kopierades\./ })).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Värmebölja' })).toBeVisible();
  await expectAccessible(page);
});

async function bearer(page: Page): Promise<Record<string, string>> {
  const login = await page.request.post('/api/auth/login', {
    data: { email: DEMO_COORDINATOR.email, password: DEMO_COORDINATOR.password },
  });
  return { Authorization: `Bearer ${(await login.json()).accessToken}` };
}
