import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PermitApplicationDto } from '@tryggplan/shared/domain';
import { PermitPage } from './permit-page';
import { specTransloco } from '@tryggplan/web/testing';

const draft = (overrides: Partial<PermitApplicationDto> = {}): PermitApplicationDto => ({
  eventId: 'e1',
  organizer: { name: '', organizationNumber: '', address: '' },
  responsible: { name: '', phone: null, email: null },
  kind: null,
  appearances: [
    {
      title: 'Öppet samtal',
      topic: '',
      startsAt: '2027-06-28T08:00:00.000Z',
      endsAt: '2027-06-28T09:00:00.000Z',
      siteId: 'stage',
      place: 'Almedalsscenen',
    },
  ],
  expectedVisitors: null,
  evacuation: '',
  version: 0,
  updatedAt: null,
  context: { guards: 1, firstAid: 1, venues: 1, evacuationRoutes: 1, assemblyPoints: 1, risks: 2 },
  sites: [{ id: 'stage', name: 'Almedalsscenen', kind: 'venue' }],
  missing: [
    { field: 'organizer.name', message: 'Arrangörens namn' },
    { field: 'kind', message: 'Typ av ansökan' },
  ],
  ...overrides,
});

describe('PermitPage', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PermitPage, specTransloco(['core', 'permit'])],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const settle = async () => {
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      await TestBed.inject(ApplicationRef).whenStable();
    }
  };

  async function open() {
    const fixture = TestBed.createComponent(PermitPage);
    fixture.componentRef.setInput('eventId', 'e1');
    fixture.detectChanges();
    http
      .expectOne('/api/events/e1')
      .flush({ id: 'e1', name: 'Almedalsveckan', timezone: 'Europe/Stockholm' });
    http.expectOne('/api/events/e1/permit-application').flush(draft());
    await settle();
    fixture.detectChanges();
    return { fixture, page: fixture.nativeElement as HTMLElement };
  }

  it('lists what is missing and keeps the download disabled with the reason beside it', async () => {
    const { page } = await open();
    const items = [...page.querySelectorAll('#permit-missing li')].map((li) => li.textContent?.trim());
    expect(items).toEqual(['Arrangörens namn', 'Typ av ansökan']);
    const download = page.querySelector<HTMLButtonElement>('#permit-download');
    expect(download?.tagName).toBe('BUTTON');
    expect(download?.disabled).toBe(true);
    expect(download?.getAttribute('aria-describedby')).toBe('permit-download-why');
    expect(page.querySelector('#permit-download-why')?.textContent).toContain('inget saknas');
    // shown in the app's language on a 24-hour clock, whatever the browser's locale
    expect(page.querySelector<HTMLInputElement>('#permit-appearance-0-start')?.value).toBe(
      '2027-06-28 10:00',
    );
  });

  it('saves the whole application with the version read, and the checklist shrinks to a download link', async () => {
    const { fixture, page } = await open();
    const type = (id: string, value: string) => {
      const input = page.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('permit-organizer-name', 'Region Gotland');
    const kind = page.querySelector<HTMLSelectElement>('#permit-kind') as HTMLSelectElement;
    kind.value = 'public-event';
    kind.dispatchEvent(new Event('change'));
    await settle();
    fixture.detectChanges();
    expect(page.querySelector('#permit-download-why')?.textContent).toContain('Spara ansökan först');
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    const put = http.expectOne('/api/events/e1/permit-application');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toMatchObject({
      version: 0,
      kind: 'public-event',
      organizer: { name: 'Region Gotland' },
      appearances: [{ startsAt: '2027-06-28T10:00:00+02:00', siteId: 'stage' }],
    });
    put.flush(draft({ version: 1, kind: 'public-event', missing: [] }));
    await settle();
    fixture.detectChanges();
    expect(page.querySelector('#permit-missing')).toBeNull();
    const link = page.querySelector<HTMLAnchorElement>('a#permit-download');
    expect(link?.getAttribute('href')).toBe('/api/events/e1/permit-pack.zip?lang=sv');
  });

  it('shows the field the browser refuses beside it, without sending', async () => {
    const { fixture, page } = await open();
    const number = page.querySelector<HTMLInputElement>('#permit-organization-number') as HTMLInputElement;
    number.value = '212000-0804';
    number.dispatchEvent(new Event('input'));
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    fixture.detectChanges();
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('#permit-organization-number-error')?.textContent?.length).toBeGreaterThan(3);
    http.expectNone('/api/events/e1/permit-application');
  });
});
