import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { UiLanguage } from '@tryggplan/web/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkKey } from '../offline/link-store';
import { OWN_PAGE_COPY_KEY } from '../offline/own-page-copy';
import type { OwnPage as OwnPageData } from '../participants-api';
import { OwnPage } from './own-page';

const I18N = join(__dirname, '../../../../../../apps/web/public/i18n');
const texts = (lang: 'sv' | 'en') =>
  Object.assign(
    {},
    ...['core', 'participants', 'check-ins'].map((part) =>
      JSON.parse(readFileSync(join(I18N, part, `${lang}.json`), 'utf8')),
    ),
  );
const swedish = texts('sv');
const english = texts('en');

const TOKEN = 'a-token-of-enough-length-for-the-test';

const page: OwnPageData = {
  participant: { fullName: 'Eva Svensson', role: 'elected-official', organization: 'Regionfullmäktige' },
  event: {
    name: 'Almedalsveckan',
    startsAt: '2027-06-27T06:00:00Z',
    endsAt: '2027-07-02T20:00:00Z',
    timezone: 'Europe/Stockholm',
    locationName: 'Visby',
    center: { lat: 57.64, lng: 18.29 },
    zoom: 15,
    contacts: [{ role: 'security-coordinator', name: 'Kim Lindqvist', phone: '+46 70 174 06 05' }],
  },
  schedule: [
    {
      title: 'Tal i parken',
      startsAt: '2027-06-29T08:00:00Z',
      endsAt: '2027-06-29T09:00:00Z',
      isPublic: true,
      site: {
        id: 's1',
        kind: 'venue',
        name: 'Almedalsscenen',
        address: 'Almedalen, Visby',
        geometry: { type: 'Point', coordinates: [18.2882, 57.6404] },
      },
    },
  ],
  accommodation: null,
  threatenedSteps: [
    { sv: 'Ta dig i säkerhet.', en: 'Get to safety.' },
    { sv: 'Ring 112 om det är akut.', en: 'Call 112 if it is acute.' },
  ],
  keySites: [],
};

describe('OwnPage', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [
        OwnPage,
        TranslocoTestingModule.forRoot({
          langs: { sv: swedish, en: english },
          translocoConfig: { availableLangs: ['sv', 'en'], defaultLang: 'sv' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // the check-ins sent to the person are read beside the page (check-in-answer has its own tests)
    http.match(`/api/p/${TOKEN}/check-ins`).forEach((request) => request.flush([]));
    http.verify();
  });

  async function render(
    answer: (request: ReturnType<HttpTestingController['expectOne']>) => void,
    serverAnswers = true,
  ) {
    const fixture = TestBed.createComponent(OwnPage);
    fixture.componentRef.setInput('token', TOKEN);
    fixture.detectChanges();
    answer(http.expectOne(`/api/p/${TOKEN}`));
    await fixture.whenStable();
    if (serverAnswers) http.match('/api/health').forEach((request) => request.flush({ status: 'ok' }));
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it("shows the person's schedule, the emergency numbers and their own folder links", async () => {
    const element = await render((request) => request.flush(page));
    const text = element.textContent ?? '';
    expect(element.querySelector('h1')?.textContent).toContain('Eva Svensson');
    expect(text).toContain('Tal i parken');
    expect(text).toMatch(/Almedalsscenen\s+· Almedalen, Visby/);
    expect(text).toContain('29 juni 2027 kl. 10:00');
    const numbers = [...element.querySelectorAll('a[href^="tel:"]')].map((a) => a.textContent?.trim());
    expect(numbers).toEqual(['112', '114 14', '1177', '+46 70 174 06 05']);
    const folders = [...element.querySelectorAll('a[type="application/pdf"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(folders).toContain(`/api/p/${TOKEN}/briefing.pdf?format=a6&lang=en`);
    expect(folders).toHaveLength(4);
    const steps = element.querySelector('[aria-labelledby="own-threatened-heading"]');
    expect(steps?.querySelector('h2')?.textContent).toBe('Om du blir hotad, trakasserad eller angripen');
    expect([...(steps?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim())).toEqual([
      'Ta dig i säkerhet.',
      'Ring 112 om det är akut.',
    ]);
    const route = element.querySelector('a[href^="https://www.openstreetmap.org/directions"]');
    expect(route?.textContent?.trim()).toBe('Vägbeskrivning till Almedalsscenen');
    expect(route?.getAttribute('href')).toContain('57.640400%2C18.288200');
  });

  it('lists the security organisation’s contacts on duty during the stay, with role and phone', async () => {
    const staffContacts = [
      { fullName: 'Sam Samordnare', role: 'security-coordinator' as const, phone: '+46701740670' },
    ];
    const element = await render((request) => request.flush({ ...page, staffContacts }));
    const emergency = element.querySelector('[aria-labelledby="own-emergency-heading"]');
    const numbers = [...(emergency?.querySelectorAll('a[href^="tel:"]') ?? [])].map((a) =>
      a.textContent?.trim(),
    );
    expect(numbers).toEqual(['112', '114 14', '1177', '+46 70 174 06 05', '+46701740670']);
    expect(emergency?.textContent).toContain('Säkerhetssamordnare: Sam Samordnare');
  });

  it('speaks English when the language is switched: emergency numbers, contact roles and their English names', async () => {
    const contacts = [
      { role: 'security-coordinator' as const, name: 'Kim Lindqvist', phone: '+46 70 174 06 05' },
      {
        role: 'unit-duty' as const,
        name: 'Säkerhetsenhetens jour',
        nameEn: 'Security unit on duty',
        phone: '+46 70 174 06 06',
      },
    ];
    const element = await render((request) => request.flush({ ...page, event: { ...page.event, contacts } }));
    const items = () =>
      [...element.querySelectorAll('.contact-list li')].map((li) =>
        [...li.children].map((part) => part.textContent?.replace(/\s+/g, ' ').trim()).join(' '),
      );
    expect(items()).toEqual([
      '112 Larmnummer vid fara för liv',
      '114 14 Polisen, när det inte är akut',
      '1177 Sjukvårdsrådgivning',
      '+46 70 174 06 05 Säkerhetssamordnare på plats: Kim Lindqvist',
      '+46 70 174 06 06 Säkerhetsenhetens jourtelefon: Säkerhetsenhetens jour',
    ]);
    await TestBed.inject(UiLanguage).use('en');
    await TestBed.inject(ApplicationRef).whenStable();
    expect(items()).toEqual([
      '112 Emergency number when life is at risk',
      '114 14 Police, non-emergency',
      '1177 Healthcare advice',
      '+46 70 174 06 05 Security coordinator on site: Kim Lindqvist',
      "+46 70 174 06 06 Security unit's duty phone: Security unit on duty",
    ]);
    expect(element.textContent).toContain('29 June 2027');
    expect(element.textContent).toContain('Get to safety.');
  });

  it('says when the server does not answer that the page shows what was kept, and stops when it does', async () => {
    const element = await render((request) => request.flush(page), false);
    const note = () => element.querySelector('.offline-note')?.textContent ?? '';
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await TestBed.inject(ApplicationRef).whenStable();
    };
    http.expectOne('/api/health').flush('', { status: 504, statusText: 'Gateway Timeout' });
    await settle();
    expect(note()).toContain('Ingen anslutning just nu');
    expect(element.querySelector('h1')?.textContent).toContain('Eva Svensson');
    window.dispatchEvent(new Event('online'));
    http.expectOne(`/api/p/${TOKEN}`).flush(page);
    await settle();
    http.expectOne('/api/health').flush({ status: 'ok' });
    await settle();
    expect(note()).toBe('');
  });

  it('asks "Är du OK?" at the top when a check-in was sent to the person', async () => {
    const element = await render((request) => request.flush(page));
    http.expectOne(`/api/p/${TOKEN}/check-ins`).flush([
      {
        id: 'c1',
        message: 'Stanna inomhus.',
        messageEn: 'Stay indoors.',
        createdAt: '2027-06-29T08:00:00Z',
        answer: null,
      },
    ]);
    await new Promise((resolve) => setTimeout(resolve));
    await TestBed.inject(ApplicationRef).whenStable();
    const section = element.querySelector('[aria-labelledby="check-ins-heading"]');
    expect(section?.querySelector('h2')?.textContent).toBe('Är du OK?');
    expect(section?.textContent).toContain('Stanna inomhus.');
    expect([...(section?.querySelectorAll('button') ?? [])].map((b) => b.textContent?.trim())).toEqual([
      'Jag är OK',
      'Jag behöver hjälp',
    ]);
  });

  it('says only that the link is not valid when the API answers 404', async () => {
    const element = await render((request) =>
      request.flush(
        { statusCode: 404, error: 'Not Found', message: 'Hittades inte.' },
        { status: 404, statusText: 'Not Found' },
      ),
    );
    expect(element.querySelector('h1')?.textContent).toContain('Länken gäller inte');
    expect(element.textContent).not.toContain('Hittades inte');
    // nothing of the event, but the numbers to call
    const numbers = [...element.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(numbers).toEqual(['tel:112', 'tel:11414', 'tel:1177']);
  });

  describe('kept for offline use', () => {
    const kept = (savedAt: string, keepUntil: string) =>
      localStorage.setItem(OWN_PAGE_COPY_KEY, JSON.stringify({ [linkKey(TOKEN)]: { savedAt, keepUntil } }));
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await TestBed.inject(ApplicationRef).whenStable();
    };

    it('says offline when the shown information was saved, in the event’s time zone', async () => {
      kept('2027-06-29T08:05:00.000Z', '2099-01-01T00:00:00.000Z');
      const element = await render((request) => request.flush(page), false);
      http.expectOne('/api/health').flush('', { status: 504, statusText: 'Gateway Timeout' });
      await settle();
      expect(element.querySelector('.offline-note')?.textContent?.trim()).toBe(
        'Offline – visar sparad information från 29 juni 2027 kl. 10:05.',
      );
      expect(element.querySelector('.saved-note')).toBeNull();
    });

    it('forgets the copy of a link that is no longer valid', async () => {
      kept('2027-06-29T08:05:00.000Z', '2099-01-01T00:00:00.000Z');
      await render((request) => request.flush('', { status: 410, statusText: 'Gone' }));
      await settle();
      expect(localStorage.getItem(OWN_PAGE_COPY_KEY) ?? '').not.toContain(linkKey(TOKEN));
    });

    it('drops a copy past the event’s retention before reading the page', async () => {
      kept('2027-06-29T08:05:00.000Z', '2020-01-01T00:00:00.000Z');
      const fixture = TestBed.createComponent(OwnPage);
      fixture.componentRef.setInput('token', TOKEN);
      fixture.detectChanges();
      await settle();
      http.expectOne(`/api/p/${TOKEN}`).flush(page);
      await settle();
      http.expectOne('/api/health').flush('', { status: 504, statusText: 'Gateway Timeout' });
      await settle();
      fixture.detectChanges();
      const element = fixture.nativeElement as HTMLElement;
      expect(localStorage.getItem(OWN_PAGE_COPY_KEY) ?? '').not.toContain(linkKey(TOKEN));
      expect(element.querySelector('.offline-note')?.textContent).toContain('Ingen anslutning just nu');
    });
  });
});
