import { expect, test } from '@playwright/test';
import { DEMO_COORDINATOR } from './support/accounts';
import { expectAccessible } from './support/axe';
import { LONG, newEvent } from './support/events';
import { logIn } from './support/session';

// A browser set to US English would show native date inputs as mm/dd/yyyy with AM/PM;
// the app's fields follow the app's language instead, on a 24-hour clock.
test.use({ locale: 'en-US' });

test('dates and times are shown and typed in the app’s language on a 24-hour clock, whatever the browser’s locale', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await logIn(page, DEMO_COORDINATOR);
  // starts 2027-06-27 08:00, ends 2027-07-02 22:00 in Stockholm
  const eventId = await newEvent(page, 'Datumveckan e2e');
  await page.goto(`/events/${eventId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Datumveckan e2e' })).toBeVisible(LONG);
  await page.getByRole('button', { name: 'Redigera evenemang' }).click();

  const start = page.getByRole('textbox', { name: 'Start', exact: true });
  const end = page.getByRole('textbox', { name: 'Slut', exact: true });
  await expect(start).toHaveValue('2027-06-27 08:00');
  await expect(end).toHaveValue('2027-07-02 22:00');
  await expect(start).toHaveAccessibleDescription(/ÅÅÅÅ-MM-DD TT:MM, t\.ex\. 2027-06-29 14:30/);
  await expect(page.getByRole('main')).not.toContainText(/\d\s?(AM|PM)\b/);

  // typed quickly and read leniently, then shown in the field's own format
  await start.fill('28/6 2027 1430');
  await start.blur();
  await expect(start).toHaveValue('2027-06-28 14:30');

  // an impossible day is worded beside the field and marks it invalid
  await end.fill('2027-06-31 10:00');
  await end.blur();
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(end).toHaveAccessibleDescription(/Ange datum och tid som ÅÅÅÅ-MM-DD TT:MM/);
  await expectAccessible(page);
  await end.fill('2027-07-02 2130');
  await expect(end).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Spara ändringar' }).click();
  const details = page.getByRole('definition');
  await expect(details.filter({ hasText: /28 juni 2027\D*14:30/ })).toBeVisible(LONG);
  await expect(details.filter({ hasText: /2 juli 2027\D*21:30/ })).toBeVisible();

  // in English: the month is named, the clock still has 24 hours
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Edit event' }).click();
  const startEn = page.getByRole('textbox', { name: 'Start', exact: true });
  await expect(startEn).toHaveValue('28 Jun 2027 14:30', LONG);
  await expect(page.getByRole('textbox', { name: 'End', exact: true })).toHaveValue('2 Jul 2027 21:30');
  await expect(startEn).toHaveAccessibleDescription(/DD Mon YYYY HH:MM, e\.g\. 29 Jun 2027 14:30/);
  await startEn.fill('29 Jun 2027 2:30 pm');
  await startEn.blur();
  await expect(startEn).toHaveValue('29 Jun 2027 14:30');
  await expect(page.getByRole('main')).not.toContainText(/\d\s?(AM|PM)\b/);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});
