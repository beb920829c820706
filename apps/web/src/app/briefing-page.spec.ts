import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { CONTACT_ROLE_LABELS, EventDto } from '@tryggplan/shared/domain';
import { apiInterceptor } from '@tryggplan/web/core';
import { BriefingPage } from '@tryggplan/web/events';
import { translations } from '../testing/translations';

const event: EventDto = {
  id: 'e1',
  name: 'Almedalsveckan',
  description: '',
  startsAt: '2027-06-27T06:00:00.000Z',
  endsAt: '2027-07-02T20:00:00.000Z',
  timezone: 'Europe/Stockholm',
  locationName: 'Visby',
  center: { lat: 57.64, lng: 18.29 },
  zoom: 15,
  status: 'planning',
  contacts: [{ role: 'security-coordinator', name: 'Kim', phone: '+46 70 174 06 05' }],
  keepsPartyAffiliation: false,
  briefingAdvice: 'Gå två och två.',
  threatSummary: '',
  personalDataPurgeAt: '2027-08-01T20:00:00.000Z',
  version: 3,
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
};

/** Lets the API promise resolve and the signals it sets render. */
async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('BriefingPage', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [
        BriefingPage,
        TranslocoTestingModule.forRoot({
          langs: { sv: translations('sv'), en: translations('en') },
          translocoConfig: { availableLangs: ['sv', 'en'], defaultLang: 'sv' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
      ],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(shown: EventDto = event) {
    const fixture = TestBed.createComponent(BriefingPage);
    fixture.componentRef.setInput('eventId', 'e1');
    await fixture.whenStable();
    http.expectOne('/api/events/e1').flush(shown);
    await settle(fixture);
    const page = fixture.nativeElement as HTMLElement;
    const field = (id: string) => page.querySelector(`#${id}`) as HTMLInputElement;
    const type = (id: string, value: string) => {
      field(id).value = value;
      field(id).dispatchEvent(new Event('input'));
    };
    const submit = () => page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    return { fixture, page, field, type, submit };
  }

  it('shows the saved texts and links the general folders and the ZIP in the chosen format and language', async () => {
    const { fixture, page, field } = await render();
    expect(page.querySelector('h1')?.textContent).toContain('Säkerhetsfolder: Almedalsveckan');
    expect(field('folder-advice').value).toBe('Gå två och två.');
    const hrefs = [...page.querySelectorAll('a[type="application/pdf"]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      '/api/events/e1/briefing.pdf?format=a4&lang=sv',
      '/api/events/e1/briefing.pdf?format=a4&lang=en',
      '/api/events/e1/briefing.pdf?format=a6&lang=sv',
      '/api/events/e1/briefing.pdf?format=a6&lang=en',
    ]);
    const zip = () => page.querySelector('a[type="application/zip"]')?.getAttribute('href');
    expect(zip()).toBe('/api/events/e1/briefings.zip?format=a6&lang=sv');
    const format = page.querySelector('#folder-zip-format') as HTMLSelectElement;
    format.value = 'a4';
    format.dispatchEvent(new Event('change'));
    const lang = page.querySelector('#folder-zip-lang') as HTMLSelectElement;
    lang.value = 'en';
    lang.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(zip()).toBe('/api/events/e1/briefings.zip?format=a4&lang=en');
  });

  it('saves the texts and the duty contact with the version it read', async () => {
    const { fixture, type, submit } = await render();
    type('folder-threat-summary', 'Förhöjd hotbild.');
    type('folder-duty-phone', '+46 70 174 06 06');
    type('folder-duty-email', 'jour@region.example');
    submit();
    const request = http.expectOne('/api/events/e1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      threatSummary: 'Förhöjd hotbild.',
      threatSummaryEn: '',
      briefingAdvice: 'Gå två och två.',
      briefingAdviceEn: '',
      contacts: [
        event.contacts[0],
        {
          role: 'unit-duty',
          name: 'Säkerhetsenhetens jourtelefon',
          nameEn: CONTACT_ROLE_LABELS['unit-duty'].en,
          phone: '+46 70 174 06 06',
          email: 'jour@region.example',
        },
      ],
      version: 3,
    });
    request.flush({ ...event, threatSummary: 'Förhöjd hotbild.', version: 4 });
    await settle(fixture);
    expect(fixture.nativeElement.querySelector('[role="status"]')?.textContent).toContain(
      'Texterna är sparade.',
    );
  });

  it('keeps the English name and notes of the duty contact when only its phone changes', async () => {
    const duty = {
      role: 'unit-duty' as const,
      name: 'Jouren',
      nameEn: 'The duty officer',
      phone: '+46 70 174 06 06',
      note: 'Dygnet runt',
      noteEn: 'Day and night',
    };
    const { type, submit } = await render({ ...event, contacts: [...event.contacts, duty] });
    type('folder-threat-summary-en', 'Raised threat level.');
    type('folder-duty-phone', '+46 70 174 06 07');
    submit();
    const request = http.expectOne({ method: 'PATCH', url: '/api/events/e1' });
    expect(request.request.body.threatSummaryEn).toBe('Raised threat level.');
    expect(request.request.body.contacts[1]).toEqual({ ...duty, phone: '+46 70 174 06 07' });
  });

  it('names a bad duty email at its field without asking the server, and offers a reload on 409', async () => {
    const { fixture, page, field, type, submit } = await render();
    type('folder-duty-email', 'inte-en-adress');
    submit();
    await fixture.whenStable();
    http.expectNone('/api/events/e1');
    expect(field('folder-duty-email').getAttribute('aria-invalid')).toBe('true');

    type('folder-duty-email', '');
    submit();
    http
      .expectOne({ method: 'PATCH', url: '/api/events/e1' })
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Ändrad av någon annan.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Någon annan har ändrat evenemanget');
    const reload = [...page.querySelectorAll('button')].find((b) => b.textContent?.includes('Ladda om'));
    expect(reload).toBeTruthy();
  });
});
