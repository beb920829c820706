import { expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO_COORDINATOR } from './support/accounts';
import { expectAccessible } from './support/axe';
import { logIn } from './support/session';
import { LONG } from './support/events';

/** An event of its own with what the pack draws on: sites, a risk, a guard and first aid, a public item. */
async function plannedEvent(page: Page, name: string): Promise<string> {
  const post = async (path: string, data: object) => {
    const answer = await page.request.post(path, { data });
    expect(answer.status(), path).toBe(201);
    return answer.json();
  };
  const event = await post('/api/events', {
    name,
    startsAt: '2027-06-27T08:00:00+02:00',
    endsAt: '2027-07-02T22:00:00+02:00',
    locationName: 'Visby',
  });
  const api = (path: string) => `/api/events/${event.id}${path}`;
  const stage = await post(api('/sites'), {
    kind: 'venue',
    name: 'Almedalsscenen',
    address: 'Almedalen, Visby',
    geometry: { type: 'Point', coordinates: [18.2882, 57.6404] },
  });
  await post(api('/sites'), {
    kind: 'evacuation-route',
    name: 'Utrymning Strandvägen',
    geometry: {
      type: 'LineString',
      coordinates: [
        [18.2882, 57.6404],
        [18.2902, 57.6424],
      ],
    },
  });
  await post(api('/sites'), {
    kind: 'assembly-point',
    name: 'Återsamling Strandgärdet',
    geometry: { type: 'Point', coordinates: [18.2902, 57.6424] },
  });
  await post(api('/risks'), {
    title: 'Trängsel vid scenen',
    category: 'crowding',
    likelihood: 3,
    consequence: 3,
  });
  await post(api('/staff'), { fullName: 'Ove Vakt', role: 'guard', phone: '070-174 06 05' });
  await post(api('/staff'), { fullName: 'Sara Sjukvård', role: 'first-aid' });
  const person = await post(api('/participants'), { fullName: 'Åsa Öberg', role: 'elected-official' });
  await post(api(`/participants/${person.id}/schedule`), {
    title: 'Öppet samtal om trygghet',
    startsAt: '2027-06-28T10:00:00+02:00',
    endsAt: '2027-06-28T11:00:00+02:00',
    siteId: stage.id,
    isPublic: true,
  });
  return event.id;
}

test('a coordinator fills in the permit application, watches the checklist shrink and downloads the pack', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await logIn(page, DEMO_COORDINATOR);
  const eventId = await plannedEvent(page, 'Tillståndsveckan e2e');
  await page.goto(`/events/${eventId}`);
  await page.getByRole('link', { name: 'Tillståndsansökan' }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}/permit$`), LONG);
  await expect(page.getByRole('heading', { level: 1, name: 'Tillståndsansökan' })).toBeVisible(LONG);

  // the draft comes from the plan: the public schedule item is the first appearance
  await expect(page.getByLabel('Titel')).toHaveValue('Öppet samtal om trygghet', LONG);
  const missing = page.locator('#permit-missing li');
  await expect(missing).toHaveCount(7, LONG);
  await expect(page.locator('#permit-missing')).toContainText('Arrangörens organisationsnummer');
  const download = page.locator('#permit-download');
  await expect(download).toBeDisabled();
  await expect(page.locator('#permit-download-why')).toBeVisible();
  await expectAccessible(page);

  const save = async () => {
    const saved = page.waitForResponse(
      (response) =>
        response.url().endsWith(`/api/events/${eventId}/permit-application`) &&
        response.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: 'Spara ansökan' }).click();
    expect((await saved).status()).toBe(200);
  };

  // part of it first: the checklist shrinks to what is still missing
  await page.getByLabel('Arrangörens namn').fill('Region Gotland');
  await page.getByLabel('Typ av ansökan').selectOption({ label: 'Allmän sammankomst' });
  await save();
  await expect(missing).toHaveCount(5, LONG);
  await expect(page.locator('#permit-missing')).not.toContainText('Arrangörens namn');

  // a wrong organisation number is named beside its field, before anything is sent
  await page.getByLabel('Organisationsnummer').fill('212000-0804');
  await page.getByRole('button', { name: 'Spara ansökan' }).click();
  await expect(page.getByLabel('Organisationsnummer')).toHaveAttribute('aria-invalid', 'true', LONG);
  await expect(page.getByLabel('Organisationsnummer')).toBeFocused();
  await expectAccessible(page);

  await page.getByLabel('Organisationsnummer').fill('212000-0803');
  await page.getByLabel('Adress', { exact: true }).fill('Visborgsallén 19, Visby');
  await page.getByLabel('Namn', { exact: true }).fill('Kim Lindqvist');
  await page.getByLabel('Telefon').fill('070-174 06 05');
  await page.getByLabel('Ämne').fill('Trygghet under Almedalsveckan');
  await page.getByLabel('Förväntat antal besökare').fill('800');
  await save();
  await expect(page.getByText('Inget saknas. Paketet kan laddas ner.')).toBeVisible(LONG);
  await expect(missing).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel('Språk i paketet').selectOption({ label: 'Engelska' });
  const downloaded = page.waitForEvent('download', LONG);
  await page.getByRole('link', { name: 'Ladda ner paketet (ZIP)' }).click();
  const file = await downloaded;
  expect(file.suggestedFilename()).toBe('tillstandsveckan-e2e-permit-application-en.zip');
  const bytes = readFileSync((await file.path()) as string);
  // a ZIP with the five documents: local file headers, each named
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  for (const name of ['01-application.pdf', '02-site-plan.pdf', '05-evacuation-and-preparedness-map.pdf'])
    expect(bytes.includes(Buffer.from(name))).toBe(true);
});
