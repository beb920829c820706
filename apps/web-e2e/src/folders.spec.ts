import { expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO_COORDINATOR } from './support/accounts';
import { expectAccessible } from './support/axe';
import { logIn } from './support/session';

async function downloadFrom(page: Page, name: string, role: 'link' | 'button' = 'link') {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole(role, { name }).click(),
  ]);
  return { bytes: readFileSync((await download.path()) as string), name: download.suggestedFilename() };
}

test('a coordinator writes the folder texts, previews the general folders and downloads every personal folder', async ({
  page,
}) => {
  await logIn(page, DEMO_COORDINATOR);
  // An event of its own, so other tests' edits of the demo event cannot meet this one.
  const event = await page.request.post('/api/events', {
    data: {
      name: 'Folderveckan e2e',
      startsAt: '2027-06-27T08:00:00+02:00',
      endsAt: '2027-07-02T22:00:00+02:00',
    },
  });
  expect(event.status()).toBe(201);
  const eventId = (await event.json()).id as string;
  const people: string[] = [];
  for (const fullName of ['Åsa Öberg', 'Björn Ärlemark']) {
    const person = await page.request.post(`/api/events/${eventId}/participants`, { data: { fullName } });
    expect(person.status()).toBe(201);
    people.push((await person.json()).id);
  }

  await page.goto(`/events/${eventId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Folderveckan e2e' })).toBeVisible();
  await page.getByRole('link', { name: 'Säkerhetsfolder', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Säkerhetsfolder: Folderveckan e2e' }),
  ).toBeVisible();
  await expectAccessible(page);

  // A wrong e-mail is named at its field and gets the focus; nothing is saved.
  await page.getByLabel('Allmänna råd').fill('Gå två och två till och från boendet på kvällen.');
  await page.getByLabel('Hotbild', { exact: true }).fill('Förhöjd hotbild mot förtroendevalda under veckan.');
  await page.getByLabel('Säkerhetsenhetens jourtelefon').fill('+46 70 174 06 06');
  await page.getByLabel('Säkerhetsenhetens e-post').fill('inte-en-adress');
  await page.getByRole('button', { name: 'Spara texterna' }).click();
  await expect(page.getByLabel('Säkerhetsenhetens e-post')).toBeFocused();
  await expect(page.getByLabel('Säkerhetsenhetens e-post')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await page.getByLabel('Säkerhetsenhetens e-post').fill('jour@region.example');
  await page.getByRole('button', { name: 'Spara texterna' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Texterna är sparade.' })).toHaveCount(1);
  const saved = await (await page.request.get(`/api/events/${eventId}`)).json();
  expect(saved.briefingAdvice).toBe('Gå två och två till och från boendet på kvällen.');
  expect(saved.contacts).toEqual(
    expect.arrayContaining([expect.objectContaining({ role: 'unit-duty', email: 'jour@region.example' })]),
  );

  const a6 = await downloadFrom(page, 'A6-fickfolder på svenska (PDF)');
  expect(a6.name).toBe('folderveckan-e2e-a6-sv.pdf');
  expect(a6.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(a6.bytes.length).toBeLessThan(300 * 1024);
  const a4 = await downloadFrom(page, 'A4 på engelska (PDF)');
  expect(a4.name).toBe('folderveckan-e2e-a4-en.pdf');
  expect(a4.bytes.length).toBeLessThan(2 * 1024 * 1024);
  const headers = (await page.request.get(`/api/events/${eventId}/briefing.pdf?format=a6&lang=sv`)).headers();
  expect(headers['content-type']).toBe('application/pdf');
  expect(headers['content-disposition']).toContain('attachment');

  await page.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'A4' });
  await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'Engelska' });
  const zip = await downloadFrom(page, 'Ladda ner alla personliga foldrar (ZIP)');
  expect(zip.name).toBe('folderveckan-e2e-a4-en.zip');
  expect(zip.bytes.subarray(0, 2).toString()).toBe('PK');
  expect(zip.bytes.toString('latin1')).toContain('asa-oberg-a4-en.pdf');
  expect(zip.bytes.toString('latin1')).toContain('bjorn-arlemark-a4-en.pdf');
  const zipHeaders = (
    await page.request.get(`/api/events/${eventId}/briefings.zip?format=a6&lang=sv`)
  ).headers();
  expect(zipHeaders['content-type']).toBe('application/zip');

  // For print: new links for everyone, each printed as a QR code (its caption links the same page).
  await page.getByRole('checkbox', { name: 'Med QR-kod till var och ens personliga sida' }).check();
  await expect(page.getByText('Länkar som redan har skickats slutar fungera.')).toBeVisible();
  await expectAccessible(page);
  const printed = await downloadFrom(page, 'Skapa nya länkar och ladda ner alla foldrar (ZIP)', 'button');
  expect(printed.name).toBe('folderveckan-e2e-a4-en.zip');
  const links = [...new Set(printed.bytes.toString('latin1').match(/\/p\/[A-Za-z0-9_-]{20,}/g))];
  expect(links).toHaveLength(2);
  const own = await page.request.get(`/api${links[0]}`);
  expect(own.status()).toBe(200);

  // One person's folder from their page, then with a new link: the page says the old one stopped working.
  await page.goto(`/events/${eventId}/participants/${people[0]}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Personlig säkerhetsfolder' })).toBeVisible();
  const single = await downloadFrom(page, 'Ladda ner personlig folder (PDF)');
  expect(single.name).toBe('folderveckan-e2e-asa-oberg-a6-sv.pdf');
  await page.getByRole('checkbox', { name: 'Med QR-kod till personens egen sida' }).check();
  const withLink = await downloadFrom(page, 'Skapa ny länk och ladda ner foldern (PDF)', 'button');
  const fresh = /\/p\/[A-Za-z0-9_-]{20,}/.exec(withLink.bytes.toString('latin1'))?.[0];
  expect((await page.request.get(`/api${fresh}`)).status()).toBe(200);
  // Åsa's link from the ZIP stopped working; Björn's still works.
  const statuses = await Promise.all(
    links.map(async (link) => (await page.request.get(`/api${link}`)).status()),
  );
  expect(statuses.sort()).toEqual([200, 404]);
  await expect(
    page
      .locator('tp-personal-link-panel')
      .getByText('En ny länk skapades och skrevs ut som QR-kod i foldern.'),
  ).toBeVisible();
  await expectAccessible(page);
});
