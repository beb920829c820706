import { Browser, expect, Page, test } from '@playwright/test';
import { DEMO_COORDINATOR, E2E_ADMIN } from './support/accounts';
import { expectAccessible } from './support/axe';
import { logIn } from './support/session';

const HEADER = 'Namn;Roll;Organisation;E-post;Telefon;Skyddsnivå';
const GOOD_ROWS = [
  'Ida E2eimport Berg;Förtroendevald;Regionfullmäktige;ida.e2e@example.se;070-111 22 33;Hög',
  'Olle E2eimport Holm;Tjänsteperson;Kansliet;olle.e2e@example.se;070-111 22 44;Normal',
  'Siv E2eimport Ström;Gäst;Länsstyrelsen;siv.e2e@example.se;070-111 22 55;Förhöjd',
];

function csv(rows: string[]): { name: string; mimeType: string; buffer: Buffer } {
  return { name: 'deltagare.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\n')) };
}

async function openParticipants(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Almedalsveckan (demo)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Almedalsveckan (demo)' })).toBeVisible();
  await expect(page.getByText(/Deltagarnas personuppgifter raderas automatiskt/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Deltagare', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deltagare' })).toBeVisible();
}

async function ownPageOnPhone(browser: Browser, path: string) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  const phone = await context.newPage();
  await phone.goto(path);
  return { context, phone };
}

test('a coordinator imports, lists, edits schedules and sends a personal link; the admin sees its use', async ({
  page,
  browser,
}) => {
  // One story from import to audit; the many axe scans make it longer than the default minute.
  test.setTimeout(240_000);
  await logIn(page, DEMO_COORDINATOR);
  await openParticipants(page);
  await expectAccessible(page);
  const table = page.getByRole('table', { name: 'Deltagare, sorterbar per kolumn' });

  // Import: one bad row stops the whole file, the fixed file goes in.
  await page.getByRole('link', { name: 'Importera från fil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importera deltagare' })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByLabel('Fil med deltagare')
    .setInputFiles(csv([GOOD_ROWS[0], GOOD_ROWS[1].replace('070-111 22 44', '12'), GOOD_ROWS[2]]));
  await expect(page.getByRole('combobox', { name: 'Telefon' })).toHaveValue('phone');
  await expect(page.getByRole('combobox', { name: 'Namn' })).toHaveValue('fullName');
  await page.getByRole('button', { name: 'Kontrollera filen (sparar inget)' }).click();
  await expect(page.getByRole('alert')).toContainText('Filen har fel: 1. Ingenting är importerat.');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Rad 3, Telefon: Är inget giltigt telefonnummer' }),
  ).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Importera \(/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel('Fil med deltagare').setInputFiles(csv(GOOD_ROWS));
  await page.getByRole('button', { name: 'Kontrollera filen (sparar inget)' }).click();
  await expect(page.getByText('Filen är kontrollerad: 3 nya, 0 ändras, 0 oförändrade.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Importera (3 nya, 0 ändras)' }).click();
  await expect(page.getByText('Klart: 3 nya och 0 ändrade deltagare.')).toBeVisible();

  // The same list again with one change updates that person instead of refusing duplicates.
  await page.getByRole('link', { name: 'Till deltagarlistan', exact: true }).click();
  await page.getByRole('link', { name: 'Importera från fil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importera deltagare' })).toBeVisible();
  await page
    .getByLabel('Fil med deltagare')
    .setInputFiles(
      csv([GOOD_ROWS[0], GOOD_ROWS[1].replace('Kansliet', 'Kommunikationsenheten'), GOOD_ROWS[2]]),
    );
  await page.getByRole('button', { name: 'Kontrollera filen (sparar inget)' }).click();
  await expect(page.getByText('Filen är kontrollerad: 0 nya, 1 ändras, 2 oförändrade.')).toBeVisible();
  await expect(
    page.getByRole('row').filter({ hasText: 'Olle E2eimport Holm' }).getByRole('cell').first(),
  ).toHaveText('Ändras: Organisation');
  await page.getByRole('button', { name: 'Importera (0 nya, 1 ändras)' }).click();
  await expect(page.getByText('Klart: 0 nya och 1 ändrade deltagare.')).toBeVisible();
  await page.getByRole('link', { name: 'Till deltagarlistan', exact: true }).click();

  // List and filter.
  await expect(table.getByRole('link', { name: 'Ida E2eimport Berg' })).toBeVisible();
  const search = page.getByRole('search');
  await search.getByLabel('Sök namn, organisation eller e-post').fill('E2eimport');
  await search.getByLabel('Skyddsnivå').selectOption({ label: 'Hög' });
  await search.getByRole('button', { name: 'Visa' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('link', { name: 'Ida E2eimport Berg' })).toBeVisible();
  await search.getByLabel('Skyddsnivå').selectOption({ label: 'Alla' });
  await search.getByLabel('Roll').selectOption({ label: 'Gäst' });
  await search.getByRole('button', { name: 'Visa' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('link', { name: 'Siv E2eimport Ström' })).toBeVisible();
  await search.getByRole('button', { name: 'Rensa filter' }).click();
  await table.getByRole('button', { name: 'Namn' }).click();
  await expect(table.getByRole('columnheader', { name: 'Namn' })).toHaveAttribute('aria-sort', 'descending');
  await expectAccessible(page);

  // Links for everyone, as a list to send out.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Skapa länkar för alla och ladda ner listan' }).click(),
  ]);
  const { readFileSync } = await import('node:fs');
  const list = readFileSync((await download.path())!, 'utf8');
  expect(list).toMatch(/^\uFEFFNamn;Personlig länk;Giltig till\r\n/);
  expect(list).toMatch(/Ida E2eimport Berg;http:\/\/[^;]+\/p\/[A-Za-z0-9_-]{20,};2027-/);
  await expect(table.getByRole('row').filter({ hasText: 'Ida E2eimport Berg' })).toContainText('Giltig till');

  // A new participant: the bad phone number is named beside its field, then fixed.
  await page.getByRole('button', { name: 'Ny deltagare' }).click();
  const form = page
    .locator('form')
    .filter({ has: page.getByRole('button', { name: 'Lägg till deltagare' }) });
  await expect(form.getByLabel('Fullständigt namn')).toBeFocused();
  await form.getByLabel('Fullständigt namn').fill('Eva E2e Svensson');
  await form.getByLabel('Telefon', { exact: true }).fill('12345');
  await form.getByRole('button', { name: 'Lägg till deltagare' }).click();
  await expect(form.getByLabel('Telefon', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Telefon', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#participant-phone-error')).toContainText('Är inget giltigt telefonnummer');
  await expectAccessible(page);
  await form.getByLabel('Telefon', { exact: true }).fill('070-123 45 67');
  await form.getByLabel('Skyddsnivå').selectOption({ label: 'Hög' });
  await form.getByRole('button', { name: 'Lägg till deltagare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eva E2e Svensson' })).toBeVisible();
  await expect(page.getByRole('link', { name: '+46701234567' })).toBeVisible();
  await expectAccessible(page);

  // Two items that overlap are flagged in words.
  const items = [
    { title: 'Tal i parken', start: '2027-06-29 10:00', end: '29/6 2027 11:00', site: 'Almedalsscenen' },
    { title: 'Radiointervju', start: '2027-06-29 1030', end: '2027-06-29 11.30', site: '' },
  ];
  for (const item of items) {
    await page.getByRole('button', { name: 'Lägg till programpunkt' }).click();
    await expect(page.getByLabel('Vad')).toBeFocused();
    await page.getByLabel('Vad').fill(item.title);
    await page.getByLabel('Start').fill(item.start);
    await page.getByLabel('Slut').fill(item.end);
    if (item.site) {
      await page.getByLabel('Plats', { exact: true }).selectOption({ label: item.site });
      await page.getByLabel('Offentligt framträdande (syns för allmänheten)').check();
    }
    await page.getByRole('button', { name: 'Spara programpunkt' }).click();
    await expect(page.getByRole('button', { name: `Ändra ${item.title}` })).toBeVisible();
  }
  await expect(page.getByText('Varning: programmet har punkter som krockar i tid.')).toBeVisible();
  await expect(page.getByText('Krockar med: Tal i parken')).toBeVisible();
  await expect(page.getByText('Krockar med: Radiointervju')).toBeVisible();
  await expectAccessible(page);

  // The personal link is shown once, with its expiry.
  await page.getByRole('button', { name: 'Skapa personlig länk' }).click();
  const linkField = page.getByRole('textbox', { name: 'Personlig länk' });
  await expect(linkField).toHaveValue(/\/p\/[A-Za-z0-9_-]{20,}$/);
  await expect(page.getByText(/Länken visas bara nu\. Giltig till/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kopiera länken' })).toBeVisible();
  await expectAccessible(page);
  const ownPath = new URL(await linkField.inputValue()).pathname;

  // The participant's own page on a phone: their data, nobody else's.
  const { context, phone } = await ownPageOnPhone(browser, ownPath);
  await expect(phone.getByRole('heading', { level: 1, name: 'Eva E2e Svensson' })).toBeVisible();
  await expect(phone.getByText('Tal i parken')).toBeVisible();
  await expect(phone.getByText('Radiointervju')).toBeVisible();
  await expect(phone.getByText(/Almedalsscenen/).first()).toBeVisible();
  for (const number of ['112', '114 14', '1177']) {
    await expect(phone.getByRole('link', { name: number, exact: true }).first()).toBeVisible();
  }
  await expect(phone.getByRole('link', { name: 'Säkerhetsfolder på svenska (PDF, A4)' })).toHaveAttribute(
    'href',
    /\/api\/p\/[^/]+\/briefing\.pdf\?format=a4&lang=sv$/,
  );
  await expect(phone.getByText(/E2eimport/)).toHaveCount(0);
  await expect(phone.getByText('+46701234567')).toHaveCount(0);
  await expect(
    phone.getByRole('heading', { name: 'Om du blir hotad, trakasserad eller angripen' }),
  ).toBeVisible();
  await expect(
    phone.getByRole('link', { name: 'Vägbeskrivning till Almedalsscenen' }).first(),
  ).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/directions\?/);
  await expectAccessible(phone);
  await phone.goto('/p/not-a-real-token-at-all');
  await expect(phone.getByRole('heading', { level: 1, name: 'Länken gäller inte' })).toBeVisible();
  await expect(phone.getByText(/Eva/)).toHaveCount(0);
  await expect(phone.getByRole('link', { name: '112', exact: true })).toHaveAttribute('href', 'tel:112');
  await expectAccessible(phone);
  await context.close();

  // A new link is asked for first: the person's link stops working.
  const firstUrl = await linkField.inputValue();
  await page.getByRole('button', { name: 'Skapa ny länk (den gamla slutar gälla)' }).click();
  const replace = page.getByRole('dialog', { name: 'Ersätta den personliga länken?' });
  await expect(replace).toBeVisible();
  await replace.getByRole('button', { name: 'Avbryt' }).click();
  await expect(replace).toBeHidden();
  await expect(linkField).toHaveValue(firstUrl);
  await page.getByRole('button', { name: 'Skapa ny länk (den gamla slutar gälla)' }).click();
  await replace.getByRole('button', { name: 'Skapa ny länk' }).click();
  await expect(linkField).not.toHaveValue(firstUrl);

  // The admin sees the link use in the audit log.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await logIn(admin, E2E_ADMIN);
  await admin.goto('/admin');
  await admin.getByRole('link', { name: 'Granskningslogg' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Granskningslogg' })).toBeVisible();
  await admin.getByLabel('Evenemang').selectOption({ label: 'Almedalsveckan (demo)' });
  await admin.getByRole('button', { name: 'Visa', exact: true }).click();
  const linkUse = admin.getByRole('row').filter({ hasText: 'links.open' });
  await expect(linkUse.first()).toContainText('Personlig länk (deltagare');
  await expect(admin.getByRole('row').filter({ hasText: 'participants.import' }).first()).toContainText(
    DEMO_COORDINATOR.email,
  );
  await expectAccessible(admin);
  await adminContext.close();
});
