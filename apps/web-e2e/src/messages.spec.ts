import { expect, test } from '@playwright/test';
import { SMTPServer } from 'smtp-server';
import { DEMO_COORDINATOR } from './support/accounts';
import { expectAccessible } from './support/axe';
import { logIn } from './support/session';
import { LONG } from './support/events';

/**
 * A real SMTP server on the port the app was told of (playwright.config.ts); keeps the recipients
 * among `people`: tests running at the same time send their own mail (invitations) through the app.
 */
async function startInbox(people: string[]): Promise<{ recipients: string[]; close(): Promise<void> }> {
  const recipients: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        recipients.push(
          ...session.envelope.rcptTo
            .map((rcpt) => rcpt.address)
            .filter((address) => people.includes(address)),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) =>
    server.listen(Number(process.env['E2E_SMTP_PORT']), '127.0.0.1', resolve),
  );
  return { recipients, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test('a coordinator mails everyone a personal link after confirming how many, and follows the delivery log', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const inbox = await startInbox(['maja@e2e.test']);
  try {
    await logIn(page, DEMO_COORDINATOR);
    const event = await page.request.post('/api/events', {
      data: {
        name: 'Utskicksveckan e2e',
        startsAt: '2027-06-27T08:00:00+02:00',
        endsAt: '2027-07-02T22:00:00+02:00',
      },
    });
    expect(event.status()).toBe(201);
    const eventId = (await event.json()).id as string;
    for (const person of [
      { fullName: 'Maja Mejl', email: 'maja@e2e.test' },
      { fullName: 'Utan Adress', phone: '070-123 45 67' },
    ]) {
      expect(
        (await page.request.post(`/api/events/${eventId}/participants`, { data: person })).status(),
      ).toBe(201);
    }

    await page.goto(`/events/${eventId}`);
    await page.getByRole('link', { name: 'Utskick' }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${eventId}/messages$`), LONG);
    await expect(page.getByRole('heading', { level: 1, name: 'Utskick' })).toBeVisible(LONG);
    await expect(page.getByText('E-post är på.')).toBeVisible(LONG);
    await expect(page.getByText('Inget har skickats ännu.')).toBeVisible(LONG);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Skicka personliga länkar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skicka nya länkar till alla 2 deltagare?' });
    await expect(dialog).toBeVisible(LONG);
    await expect(dialog.getByText(/slutar fungera/)).toBeVisible();
    await expectAccessible(page);
    const sent = page.waitForResponse((res) => res.url().endsWith('/participant-links/send'), LONG);
    await dialog.getByRole('button', { name: 'Skicka', exact: true }).click();
    expect((await sent).status()).toBe(200);
    await expect(
      page.getByRole('status').getByText('1 meddelanden ligger i kö för att skickas.'),
    ).toBeVisible(LONG);
    await expect(page.getByRole('listitem').filter({ hasText: 'Utan Adress' })).toBeVisible(LONG);

    // the log follows the outbox: refresh until the row says it was sent
    const row = page.getByRole('row').filter({ hasText: 'Maja Mejl' });
    await expect(async () => {
      await page.getByRole('button', { name: 'Uppdatera' }).click();
      await expect(row).toContainText('Skickat', { timeout: 2_000 });
    }).toPass(LONG);
    await expect(row).toContainText('Personlig länk');
    await expect(row).toContainText('maja@e2e.test');
    expect(inbox.recipients).toEqual(['maja@e2e.test']);
    await expectAccessible(page);

    // one person, from their own page: the link they have stops working, so it is asked first
    await page.goto(`/events/${eventId}/participants`);
    await page.getByRole('link', { name: 'Maja Mejl' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Maja Mejl' })).toBeVisible(LONG);
    await page.getByRole('button', { name: 'Skicka en ny länk till personen' }).click();
    const replace = page.getByRole('dialog', { name: 'Ersätta den personliga länken?' });
    await expect(replace).toBeVisible(LONG);
    const again = page.waitForResponse((res) => res.url().endsWith('/participant-links/send'), LONG);
    await replace.getByRole('button', { name: 'Skicka ny länk' }).click();
    expect((await again).status()).toBe(200);
    await expect(page.getByRole('status').getByText(/En ny länk är på väg till personen/)).toBeVisible(LONG);
    await expect.poll(() => inbox.recipients.length, LONG).toBe(2);
    expect(inbox.recipients).toEqual(['maja@e2e.test', 'maja@e2e.test']);
    // nothing to send to for a person without e-mail while SMS is off
    await page.goto(`/events/${eventId}/participants`);
    await page.getByRole('link', { name: 'Utan Adress' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Utan Adress' })).toBeVisible(LONG);
    await expect(page.getByRole('button', { name: 'Skicka en ny länk till personen' })).toHaveCount(0);
  } finally {
    await inbox.close();
  }
});
