import { expect, Page } from '@playwright/test';

/** How long to wait for the app's own signal (a response, a heading) on a busy machine. */
export const LONG = { timeout: 30_000 };

/** An event of its own with one venue, so what other tests add (incidents, staff) never meets this one's. */
export async function newEvent(page: Page, name: string): Promise<string> {
  const event = await page.request.post('/api/events', {
    data: { name, startsAt: '2027-06-27T08:00:00+02:00', endsAt: '2027-07-02T22:00:00+02:00' },
  });
  expect(event.status()).toBe(201);
  const eventId = (await event.json()).id as string;
  const site = await page.request.post(`/api/events/${eventId}/sites`, {
    data: {
      kind: 'venue',
      name: 'Almedalsscenen',
      address: 'Almedalen, Visby',
      geometry: { type: 'Point', coordinates: [18.2882, 57.6404] },
    },
  });
  expect(site.status()).toBe(201);
  return eventId;
}
