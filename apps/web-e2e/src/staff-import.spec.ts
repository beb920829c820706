import { expect, test } from '@playwright/test';
import { DEMO_COORDINATOR } from './support/accounts';
import { expectAccessible } from './support/axe';
import { LONG, newEvent } from './support/events';
import { logIn } from './support/session';

const HEADER = 'Namn;Roll;Organisation;Telefon;E-post;Passet börjar;Passet slutar;Post';
const csv = (rows: string[]) => ({
  name: 'bemanning.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...rows].join('\r\n') + '\r\n'),
});

test('a coordinator imports the roster, and assigns an incident to a guard on duty now', async ({ page }) => {
  test.setTimeout(180_000);
  await logIn(page, DEMO_COORDINATOR);
  const eventId = await newEvent(page, 'Bemanningsimport e2e');
  // a shift around now, written with its offset (a spreadsheet may hold instants as well as local times)
  const start = new Date(Date.now() - 60 * 60_000).toISOString();
  const end = new Date(Date.now() + 3 * 60 * 60_000).toISOString();
  const guard = `Åsa Importvakt;Ordningsvakt;Gotlands Bevakning;070-174 06 50;asa@bevakning.se;${start};${end}`;

  await page.goto(`/events/${eventId}/staff`);
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetsorganisation' })).toBeVisible(LONG);
  const panel = page.getByRole('region', { name: 'Importera från fil' });
  await expect(panel.getByRole('link', { name: 'CSV-mall' })).toHaveAttribute(
    'href',
    `/api/events/${eventId}/staff-template.csv?lang=sv`,
  );

  // a post that is not a site of the event: nothing is saved, the row and column are named
  await panel.getByLabel('Fil med funktionärer').setInputFiles(csv([`${guard};Stora torget`]));
  await panel.getByRole('button', { name: 'Kontrollera filen (sparar inget)' }).click();
  await expect(panel.getByRole('alert')).toContainText('Filen har fel: 1. Ingenting är importerat.', LONG);
  await expect(
    panel.getByRole('listitem').filter({ hasText: 'Rad 2, Post: Platsen finns inte' }),
  ).toHaveCount(1);
  await expect(panel.getByRole('button', { name: /^Importera \(/ })).toHaveCount(0);
  await expectAccessible(page);

  await panel.getByLabel('Fil med funktionärer').setInputFiles(csv([`${guard};Almedalsscenen`]));
  await panel.getByRole('button', { name: 'Kontrollera filen (sparar inget)' }).click();
  await expect(panel.getByText('Filen är kontrollerad: 1 nya, 0 ändras, 0 oförändrade.')).toBeVisible(LONG);
  await expect(panel.getByRole('row', { name: /Åsa Importvakt/ })).toContainText('Almedalsscenen');
  await expectAccessible(page);
  const imported = page.waitForResponse((response) => response.url().includes('/staff/import?dryRun=false'));
  await panel.getByRole('button', { name: 'Importera (1 nya, 0 ändras)' }).click();
  expect((await imported).status()).toBe(201);
  await expect(panel.getByText('Klart: 1 nya och 0 ändrade funktionärer.')).toBeVisible(LONG);
  await expect(page.getByRole('region', { name: 'I tjänst nu' }).getByText('Åsa Importvakt')).toBeVisible(
    LONG,
  );

  // the incident's page offers her under "I tjänst nu", with role and post
  const incident = await page.request.post(`/api/events/${eventId}/incidents`, {
    data: {
      category: 'harassment',
      severity: 'high',
      description: 'Trakasserier vid scenen',
      location: { place: 'Almedalsparken' },
    },
  });
  expect(incident.status()).toBe(201);
  await page.goto(`/events/${eventId}/incidents/${(await incident.json()).id}`);
  const assignee = page.getByLabel('Ansvarig', { exact: true });
  await expect(assignee.locator('optgroup[label="I tjänst nu"] option')).toHaveText(
    'Åsa Importvakt – Ordningsvakt, Almedalsscenen',
    LONG,
  );
  await assignee.selectOption({ label: 'Åsa Importvakt – Ordningsvakt, Almedalsscenen' });
  await page.getByRole('button', { name: 'Spara ändringar' }).click();
  await expect(page.locator('.timeline__entry').filter({ hasText: 'Ansvarig: Åsa Importvakt.' })).toBeVisible(
    LONG,
  );
  await expect(page.getByText('Åsa Importvakt (Ordningsvakt)')).toBeVisible(LONG);
  await expectAccessible(page);
});
