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
  // the event's navigation, not the overview's own "Till delning och granskning", which may be there first
  await page
    .getByRole('navigation', { name: /^Evenemangets sidor/ })
    .getByRole('link', { name: 'Delning och granskning', exact: true })
    .click();
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

/** The risk's own card in a shared revision (the first, should two risks share the title). */
function riskCard(page: Page, title: string) {
  return page.getByRole('article', { name: new RegExp(`^\\d+\\. ${title}$`) }).first();
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
  // the partner comments on the risk itself, from its card: the field gets the focus, then the button
  const card = riskCard(partner, COMMENTED_RISK);
  await card.getByRole('button', { name: new RegExp(`^Kommentera \\d+\\. ${COMMENTED_RISK}$`) }).click();
  const field = card.getByRole('textbox', { name: new RegExp(`^Kommentar om \\d+\\. ${COMMENTED_RISK}$`) });
  await expect(field).toBeFocused();
  await expectAccessible(partner);
  await field.fill('Behövs fler ordningsvakter vid scenen?');
  await card.getByRole('button', { name: 'Skicka kommentar' }).click();
  await expect(
    card.getByRole('heading', { name: new RegExp(`^Om risk \\d+: ${COMMENTED_RISK}$`) }),
  ).toBeVisible();
  await expect(card.getByText('Behövs fler ordningsvakter vid scenen?')).toBeVisible();
  await expect(card.getByRole('button', { name: /^Kommentera/ })).toBeFocused();
  await review(partner, 'Ändringar begärs', 'Utrymningsvägen från Almedalen saknas.');
  await expectAccessible(partner);

  // the coordinator sees the comment as new: on the event in the list, and on that risk in the register
  await page.goto('/events');
  await expect(page.getByText(/\d+ nytt från partner/).first()).toBeVisible();
  await page.goto(reviewUrl.replace(/\/review$/, '/risks'));
  await expect(page.getByRole('heading', { level: 1, name: /Riskregister/ })).toBeVisible();
  const riskRow = page
    .getByRole('table', { name: 'Riskregistret' })
    .locator('tbody tr', { has: page.getByRole('link', { name: COMMENTED_RISK, exact: true }) })
    .first();
  await expect(riskRow).toContainText(/\d+ (ny kommentar|nya kommentarer)/, { timeout: 30_000 });
  await expectAccessible(page);

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
  // and gives the commented risk a new owner
  const register = await (await page.request.get(`/api/events/${eventId}/risks?limit=500`)).json();
  const commented = register.items.find((risk: { title: string }) => risk.title === COMMENTED_RISK);
  const owner = `Vaktchef ${Date.now()}`;
  const patched = await page.request.patch(`/api/events/${eventId}/risks/${commented.id}`, {
    data: { owner, version: commented.version },
  });
  expect(patched.status()).toBe(200);
  const second = await publish(page, 'Utrymningsvägen är med.');
  expect(second).toBe(first + 1);
  // the coordinator's review of the new revision shows the changed field, old and new
  const coordinatorChanges = page.getByRole('region', { name: `Ändringar sedan revision ${first}` });
  await expect(coordinatorChanges.locator('tr', { hasText: owner })).toContainText('Ansvarig');
  await expectAccessible(page);

  await openRevision(partner, second);
  const changes = partner.getByRole('region', { name: `Ändringar sedan revision ${first} som ni granskade` });
  await expect(changes).toContainText('Trängsel på utrymningsvägen');
  const ownerRow = changes.locator('tr', { hasText: owner });
  await expect(ownerRow.getByRole('rowheader')).toHaveText('Ansvarig');
  await expect(ownerRow.getByRole('cell').last()).toHaveText(owner);
  await expect(ownerRow.getByRole('cell').first()).toHaveText(commented.owner || 'Inget angivet');
  await expectAccessible(partner);
  await openRevision(partner, first);
  await expect(partner.getByText('Ja, två vakter till från kl. 12.')).toBeVisible();
  await openRevision(partner, second);
  await review(partner, 'Godkänd');
  await expectAccessible(partner);
});
