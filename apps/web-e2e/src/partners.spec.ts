import { Browser, expect, Page, test } from '@playwright/test';
import { DEMO_COORDINATOR, DEMO_PARTNER } from './support/accounts';
import { expectAccessible } from './support/axe';
import { logIn } from './support/session';

const POLICE = 'Polisen Region Gotland';
const COMMENTED_RISK = 'Trängsel vid partiledartal';

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

async function openReviewPage(page: Page): Promise<void> {
  await page.goto('/events');
  await page.getByRole('link', { name: 'Almedalsveckan (demo)' }).click();
  await page.getByRole('link', { name: 'Delning och granskning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Delning och granskning/ })).toBeVisible();
}

/** Publishes the plan as it stands and answers the new revision's number. */
async function publish(page: Page, note: string): Promise<number> {
  await page.getByLabel('Vad har ändrats?').fill(note);
  await page.getByRole('button', { name: 'Publicera revision' }).click();
  const status = page.getByRole('status').filter({ hasText: /Revision \d+ är publicerad\./ });
  await expect(status).toHaveCount(1);
  return Number(/Revision (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
}

async function openRevision(page: Page, revision: number): Promise<void> {
  await page.goto('/shared');
  await page.getByRole('link', { name: `Revision ${revision}`, exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`Revision ${revision}$`) }),
  ).toBeVisible();
}

async function review(page: Page, decision: 'Godkänd' | 'Ändringar begärs', comment = ''): Promise<void> {
  await page.getByRole('radio', { name: decision }).check();
  await page.getByLabel('Kommentar', { exact: true }).last().fill(comment);
  await page.getByRole('button', { name: 'Spara granskning' }).click();
  await expect(page.getByTestId('current-review')).toContainText(`Ert beslut: ${decision}`);
}

test('a coordinator publishes and shares the plan; the police partner comments, asks for changes, then approves the next revision', async ({
  page,
  browser,
}) => {
  // two people, two revisions and an axe scan per page: longer than the default on a busy machine
  test.setTimeout(180_000);
  await logIn(page, DEMO_COORDINATOR);
  await openReviewPage(page);
  // only the admin makes partner accounts: the page says whom to ask
  await expect(page.getByText('Be administratören lägga till en ny kontaktperson.')).toBeVisible();
  const reviewUrl = page.url();
  await expectAccessible(page);

  const first = await publish(page, 'Ordningsvakter vid scenen tillagda.');
  // the demo's share is replaced by a new one: revoking takes effect at once
  await page.getByRole('button', { name: `Återkalla ${POLICE}` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Delningen med ${POLICE} är återkallad.` }),
  ).toHaveCount(1);
  await page.getByLabel('Organisation', { exact: true }).first().selectOption({ label: POLICE });
  const names = page.getByRole('checkbox', { name: 'Deltagarnas namn', exact: true });
  await names.check();
  await expect(page.getByText('Deltagarnas namn är personuppgifter.', { exact: false })).toBeVisible();
  // names are never shared without the explicit confirmation
  await page.getByRole('button', { name: 'Dela riskplanen' }).click();
  await expect(page.getByRole('checkbox', { name: /Jag bekräftar/ })).toBeFocused();
  await names.uncheck();
  await page.getByRole('button', { name: 'Dela riskplanen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Riskplanen är delad med ${POLICE}.` }),
  ).toHaveCount(1);
  await expectAccessible(page);

  const partner = await newPage(browser);
  await logIn(partner, DEMO_PARTNER, /\/shared$/);
  await expect(partner.getByRole('heading', { level: 2, name: 'Almedalsveckan (demo)' })).toBeVisible();
  await expect(partner.getByRole('link', { name: 'Evenemang' })).toHaveCount(0);
  await expectAccessible(partner);

  await openRevision(partner, first);
  await expect(partner.getByTestId('revision-register')).toContainText(COMMENTED_RISK);
  await expectAccessible(partner);
  await partner.getByLabel('Risk', { exact: true }).selectOption({ label: COMMENTED_RISK });
  await partner
    .getByLabel('Kommentar', { exact: true })
    .first()
    .fill('Behövs fler ordningsvakter vid scenen?');
  await partner.getByRole('button', { name: 'Skicka kommentar' }).click();
  await expect(partner.getByRole('heading', { name: `Om: ${COMMENTED_RISK}` })).toBeVisible();
  await review(partner, 'Ändringar begärs', 'Utrymningsvägen från Almedalen saknas.');
  await expectAccessible(partner);

  // the coordinator answers, changes the plan and publishes the next revision
  await page.goto(reviewUrl);
  await page.getByRole('button', { name: `Visa granskning av revision ${first}` }).click();
  await expect(page.getByTestId('reviews')).toContainText('Ändringar begärs');
  await page.getByRole('button', { name: `Svara ${COMMENTED_RISK}` }).click();
  await page.getByLabel('Svara', { exact: true }).fill('Ja, två vakter till från kl. 12.');
  await page.getByRole('button', { name: 'Skicka svar' }).click();
  await expect(page.getByText('Ja, två vakter till från kl. 12.')).toBeVisible();
  await expectAccessible(page);

  const eventId = /\/events\/([^/]+)\/review/.exec(page.url())?.[1] as string;
  const added = await page.request.post(`/api/events/${eventId}/risks`, {
    data: { title: 'Trängsel på utrymningsvägen', category: 'crowding', likelihood: 3, consequence: 4 },
  });
  expect(added.status()).toBe(201);
  const second = await publish(page, 'Utrymningsvägen är med.');
  expect(second).toBe(first + 1);

  await openRevision(partner, second);
  const changes = partner.getByRole('region', { name: `Ändringar sedan revision ${first} som ni granskade` });
  await expect(changes).toContainText('Trängsel på utrymningsvägen');
  await openRevision(partner, first);
  await expect(partner.getByText('Ja, två vakter till från kl. 12.')).toBeVisible();
  await openRevision(partner, second);
  await review(partner, 'Godkänd');
  await expectAccessible(partner);
});
