import { expect, Page } from '@playwright/test';

/** Logs in through the login form, as a user would, and waits for the start page (partners: /shared). */
export async function logIn(
  page: Page,
  account: { email: string; password: string },
  home: RegExp = /\/events$/,
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-postadress').fill(account.email);
  await page.getByLabel('Lösenord').fill(account.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  // the first login after the server starts can wait for the demo data and a busy machine
  await expect(page).toHaveURL(home, { timeout: 30_000 });
}
