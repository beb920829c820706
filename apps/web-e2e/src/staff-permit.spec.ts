import { expect, test } from '@playwright/test';
import { DEMO_COORDINATOR } from './support/accounts';
import { expectAccessible } from './support/axe';
import { LONG, newEvent } from './support/events';
import { logIn } from './support/session';

/** An instant as typed in a date-time field: "2027-06-29 14:30" as read in Stockholm, where the event is. */
function stockholmInput(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Stockholm',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}

test('a coordinator staffs the event: a guard with a shift at a post is on duty now and in the roster', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await logIn(page, DEMO_COORDINATOR);
  const eventId = await newEvent(page, 'Bemanningsveckan e2e');
  await page.goto(`/events/${eventId}`);
  await page.getByRole('link', { name: 'Säkerhetsorganisation' }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}/staff$`), LONG);
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetsorganisation' })).toBeVisible(LONG);
  await expect(page.getByText('Ingen är i tjänst just nu.')).toBeVisible(LONG);

  await page.getByRole('button', { name: 'Lägg till funktionär' }).click();
  await expect(page.getByRole('heading', { name: 'Ny funktionär' })).toBeVisible(LONG);
  await expect(page.getByLabel('Namn', { exact: true })).toBeFocused();
  await page.getByLabel('Namn', { exact: true }).fill('Ove Vakt');
  await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'Ordningsvakt' });
  await page.getByLabel('Organisation').fill('Gotlands Bevakning');
  await page.getByLabel('Telefon').fill('070-174 06 05');
  await page.getByRole('button', { name: 'Lägg till pass' }).click();
  const start = new Date(Date.now() - 60 * 60_000);
  const end = new Date(Date.now() + 3 * 60 * 60_000);
  // a shift that ends before it starts is named beside its field, before anything is sent
  await page.getByLabel('Passet börjar').fill(stockholmInput(end));
  await page.getByLabel('Passet slutar').fill(stockholmInput(start));
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByLabel('Passet slutar')).toHaveAttribute('aria-invalid', 'true', LONG);
  await expect(page.getByLabel('Passet slutar')).toBeFocused();
  await expectAccessible(page);

  await page.getByLabel('Passet börjar').fill(stockholmInput(start));
  await page.getByLabel('Passet slutar').fill(stockholmInput(end));
  await page.getByLabel('Post (plats)').selectOption({ label: 'Almedalsscenen' });
  const saved = page.waitForResponse(
    (response) =>
      response.url().endsWith(`/api/events/${eventId}/staff`) && response.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  expect((await saved).status()).toBe(201);
  await expect(page.getByRole('status')).toHaveText('Ove Vakt lades till.', LONG);

  const onDuty = page.getByRole('region', { name: 'I tjänst nu' });
  await expect(onDuty.getByText('Ove Vakt')).toBeVisible(LONG);
  await expect(onDuty).toContainText('Almedalsscenen');
  const roster = page.getByRole('region', { name: 'Bemanning per dag' });
  await expect(roster.getByRole('row', { name: /Ove Vakt/ })).toContainText('Almedalsscenen');
  await expect(page.getByText('Ordningsvakt: 1')).toBeVisible();
  await expectAccessible(page);

  // edit: the person becomes first aid; the roster follows
  await page.getByRole('button', { name: 'Redigera Ove Vakt' }).click();
  await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'Första hjälpen' });
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Ändringarna för Ove Vakt sparades.', LONG);
  await expect(roster.getByRole('row', { name: /Ove Vakt/ })).toContainText('Första hjälpen');

  // removing asks first, in a dialog
  await page.getByRole('button', { name: 'Ta bort Ove Vakt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ta bort Ove Vakt?' });
  await expect(dialog).toBeVisible(LONG);
  await dialog.getByRole('button', { name: 'Ta bort' }).click();
  await expect(page.getByRole('status')).toHaveText('Ove Vakt togs bort.', LONG);
  await expect(page.getByText('Inga funktionärer är inlagda än.')).toBeVisible(LONG);
});
