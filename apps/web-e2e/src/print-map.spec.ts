import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO_COORDINATOR } from './support/accounts';
import { expectAccessible } from './support/axe';
import { LONG } from './support/events';
import { logIn } from './support/session';

test('a coordinator prints the demo event’s map on A3 landscape at 1:2 000', async ({ page }) => {
  test.setTimeout(180_000);
  await logIn(page, DEMO_COORDINATOR);
  await page.getByRole('link', { name: 'Almedalsveckan (demo)' }).click();
  await page
    .getByRole('navigation', { name: /^Evenemangets sidor/ })
    .getByRole('link', { name: 'Karta' })
    .click();
  await expect(page).toHaveURL(/\/map$/, LONG);
  await expect(page.locator('tp-site-layer')).toHaveAttribute('data-rendered-sites', /^[1-9]\d*$/, LONG);

  const opener = page.getByRole('button', { name: 'Skriv ut karta' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Skriv ut karta' });
  await expect(dialog).toBeVisible(LONG);
  await expect(dialog.getByLabel('Papper')).toBeFocused();
  await expectAccessible(page);

  await dialog.getByLabel('Papper').selectOption('a3');
  await dialog.getByLabel('Riktning').selectOption({ label: 'Liggande' });
  await dialog.getByLabel('Skala', { exact: true }).selectOption({ label: '1:2 000' });
  await expect(dialog.getByLabel('Det som visas i kartan nu')).toBeChecked();
  const link = dialog.getByRole('link', { name: 'Ladda ner karta (PDF)' });
  const href = (await link.getAttribute('href')) as string;
  expect(href).toMatch(
    /\/print-map\.pdf\?paper=a3&orientation=landscape&scale=2000&bbox=[-\d.]+(%2C[-\d.]+){3}&lang=sv$/,
  );

  const downloaded = page.waitForEvent('download', LONG);
  await link.click();
  const file = await downloaded;
  expect(file.suggestedFilename()).toMatch(/-karta-a3-sv\.pdf$/);
  const bytes = readFileSync((await file.path()) as string);
  expect(bytes.length).toBeGreaterThan(0);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  // the dialog closes with the download and focus returns to its button
  await expect(dialog).toBeHidden(LONG);
  await expect(opener).toBeFocused();

  // the same address answers a PDF (content type) for the session
  const answer = await page.request.get(href);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toBe('application/pdf');
  expect((await answer.body()).length).toBeGreaterThan(0);

  // all sites, in English: Escape closes without a download
  await opener.click();
  await dialog.getByLabel('Alla platser').check();
  await dialog.getByLabel('Språk', { exact: true }).selectOption({ label: 'Engelska' });
  await expect(dialog.getByRole('link', { name: 'Ladda ner karta (PDF)' })).toHaveAttribute(
    'href',
    /\/print-map\.pdf\?paper=a3&orientation=landscape&scale=2000&lang=en$/,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden(LONG);
  await expect(opener).toBeFocused();
});
