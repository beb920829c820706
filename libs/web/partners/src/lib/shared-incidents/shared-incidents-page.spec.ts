import { EVENT_SOURCE } from '@tryggplan/web/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PartnerIncidentDto, SharedPlanDto, ShareScope } from '@tryggplan/shared/domain';
import { FakeEventSource, partnerTransloco } from '../testing/partner-test-setup';
import { SharedIncidentsPage } from './shared-incidents-page';

const plan = (scope: ShareScope[]): SharedPlanDto => ({
  shareId: 's1',
  eventId: 'e1',
  eventName: 'Almedalsveckan',
  eventStartsAt: '2027-06-27T06:00:00.000Z',
  eventEndsAt: '2027-07-02T20:00:00.000Z',
  scope,
  expiresAt: '2027-07-02T20:00:00.000Z',
  revisions: [
    { revision: 1, publishedAt: '2027-06-01T08:00:00.000Z' },
    { revision: 3, publishedAt: '2027-06-20T08:00:00.000Z' },
  ] as SharedPlanDto['revisions'],
  lastReviewedRevision: null,
});

const incident = (number: number, overrides: Partial<PartnerIncidentDto> = {}): PartnerIncidentDto => ({
  id: `i${number}`,
  number,
  title: `Händelse nummer ${number}`,
  category: 'harassment',
  severity: 'high',
  status: 'in-progress',
  occurredAt: '2027-07-01T14:20:00.000Z',
  location: { siteName: 'Almedalsscenen', point: null, place: '' },
  isCrime: true,
  police: { status: 'reported', reportNumber: '5000-K815902-27' },
  isExercise: false,
  description: null,
  participantNames: null,
  entries: [
    {
      id: `e${number}a`,
      kind: 'created',
      body: `Händelsen loggades som H-${number}.`,
      createdAt: '2027-07-01T14:25:00.000Z',
      createdBy: 'Kim Lindqvist',
      struck: false,
    },
    {
      id: `e${number}b`,
      kind: 'police-report',
      body: '',
      createdAt: '2027-07-01T14:30:00.000Z',
      createdBy: 'Kim Lindqvist',
      struck: true,
    },
  ],
  ...overrides,
});

describe('SharedIncidentsPage', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    FakeEventSource.opened = [];
    await TestBed.configureTestingModule({
      imports: [SharedIncidentsPage, partnerTransloco()],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: EVENT_SOURCE,
          useValue: (url: string) => new FakeEventSource(url) as unknown as EventSource,
        },
      ],
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

  async function open(scope: ShareScope[], incidents?: PartnerIncidentDto[]) {
    const fixture = TestBed.createComponent(SharedIncidentsPage);
    fixture.componentRef.setInput('shareId', 's1');
    fixture.detectChanges();
    http.expectOne('/api/shared').flush({ items: [plan(scope)], total: 1 });
    await settle();
    if (incidents) http.expectOne('/api/shared/s1/incidents').flush(incidents);
    await settle();
    fixture.detectChanges();
    return { fixture, page: fixture.nativeElement as HTMLElement };
  }

  const announced = (page: HTMLElement) =>
    page.querySelector('[data-testid="incident-announcement"]')?.textContent?.trim();

  it('lists the incidents without personal data and says so', async () => {
    const { page } = await open(['risks', 'incidents'], [incident(1, { isExercise: true }), incident(2)]);
    expect(page.querySelector('h1')?.textContent).toContain('Almedalsveckan: Händelser');
    expect(page.querySelector('[data-testid="incidents-privacy"]')?.textContent).toContain(
      'Du ser inte personuppgifter',
    );
    const cards = [...page.querySelectorAll('article')];
    expect(cards.map((card) => card.querySelector('h3')?.textContent?.trim())).toEqual([
      'H-2 Händelse nummer 2',
      'H-1 Händelse nummer 1',
    ]);
    const first = cards[0].textContent ?? '';
    expect(first).toContain('Allvarlighet: Hög');
    expect(first).toContain('Hanteras');
    expect(first).toContain('Almedalsscenen');
    expect(first).toContain('Trakasserier');
    expect(first).toContain('Möjligt brott');
    expect(first).toContain('Polisanmäld: 5000-K815902-27');
    // in the event's zone (16:20 in Stockholm), whatever the machine's zone
    expect(first).toMatch(/16[.:]20/);
    expect(first).not.toContain('Övning');
    expect(first).not.toContain('Berörda');
    expect(cards[1].textContent).toContain('Övning');
    const severity = cards[0].querySelector<HTMLElement>('.shared-incident__severity');
    expect(severity?.style.background).toBeTruthy();

    // the plan tab opens the latest revision
    const planTab = page.querySelector<HTMLAnchorElement>('.share-tabs a:not([aria-current])');
    expect(planTab?.getAttribute('href')).toBe('/shared/s1/revisions/3');
    expect(planTab?.textContent).toContain('Riskplan (revision 3)');
  });

  it('shows names and the description when the share includes them', async () => {
    const { page } = await open(
      ['risks', 'participant-names', 'incidents'],
      [incident(1, { description: 'Följde efter politikern.', participantNames: ['Fatima Haddad'] })],
    );
    expect(page.querySelector('[data-testid="incidents-privacy"]')?.textContent).toContain(
      'Delningen omfattar deltagarnas namn',
    );
    expect(page.querySelector('article')?.textContent).toContain('Berörda');
    expect(page.querySelector('article')?.textContent).toContain('Fatima Haddad');
    expect(page.querySelector('article')?.textContent).toContain('Följde efter politikern.');
  });

  it('opens the timeline on demand and shows struck entries without their text', async () => {
    const { fixture, page } = await open(['incidents'], [incident(1)]);
    const toggle = page.querySelector<HTMLButtonElement>('.shared-incident__toggle') as HTMLButtonElement;
    const timeline = page.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(timeline?.hidden).toBe(true);
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(timeline?.hidden).toBe(false);
    const entries = [...(timeline?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
    expect(entries[0]).toContain('Händelsen loggades som H-1.');
    expect(entries[1]).toContain('Polisanmälan');
    expect(entries[1]).toContain('Struken');
  });

  it('re-reads the list on each change the stream names and announces new incidents', async () => {
    const { fixture, page } = await open(['incidents'], [incident(1)]);
    const [source] = FakeEventSource.opened;
    expect(source.url).toBe('/api/shared/s1/incidents/stream?ngsw-bypass=true');
    source.emit('ready');
    source.emit('incident.created', { incidentId: 'i2', number: 2, at: '2027-07-01T15:00:00Z' });
    http.expectOne('/api/shared/s1/incidents').flush([incident(2, { title: 'Obevakad väska' }), incident(1)]);
    await settle();
    fixture.detectChanges();
    expect(announced(page)).toBe('Ny händelse H-2: Obevakad väska');
    expect(page.querySelector('.shared-incident--fresh h3')?.textContent).toContain('H-2');

    source.emit('incident.entry', { incidentId: 'i1', number: 1, at: '2027-07-01T15:01:00Z' });
    http.expectOne('/api/shared/s1/incidents').flush([incident(2), incident(1, { status: 'closed' })]);
    await settle();
    fixture.detectChanges();
    expect(page.querySelectorAll('article')[1].textContent).toContain('Avslutad');
    expect(announced(page)).toBe('Ny händelse H-2: Obevakad väska');

    source.readyState = 2;
    source.emit('error');
    fixture.detectChanges();
    expect(page.querySelector('[data-testid="live-state"]')?.textContent).toContain('avbruten');
    (page.querySelector('[data-testid="live-state"] button') as HTMLButtonElement).click();
    http.expectOne('/api/shared/s1/incidents').flush([incident(2), incident(1)]);
    await settle();
    expect(source.closed).toBe(true);
    expect(FakeEventSource.opened).toHaveLength(2);

    fixture.destroy();
    expect(FakeEventSource.opened[1].closed).toBe(true);
  });

  it('adds a note, and shows the API’s complaint by the field', async () => {
    const { fixture, page } = await open(['incidents'], [incident(1)]);
    (page.querySelector('.shared-incident__toggle') as HTMLButtonElement).click();
    await fixture.whenStable();
    const field = page.querySelector<HTMLTextAreaElement>('textarea') as HTMLTextAreaElement;
    const submit = () =>
      page.querySelector<HTMLButtonElement>('.shared-incident__note button[type="submit"]')?.click();

    // empty: the same rule as the API, nothing is sent
    submit();
    await settle();
    fixture.detectChanges();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    http.expectNone('/api/shared/s1/incidents/i1/entries');

    field.value = 'Patrull på väg.';
    field.dispatchEvent(new Event('input'));
    submit();
    const refused = http.expectOne('/api/shared/s1/incidents/i1/entries');
    expect(refused.request.body).toEqual({ body: 'Patrull på väg.' });
    refused.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Kontrollera fälten.',
        details: [{ field: 'body', message: 'Texten är för lång.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    fixture.detectChanges();
    expect(page.querySelector(`#${field.id}-error`)?.textContent).toContain('Texten är för lång.');
    expect(field.getAttribute('aria-describedby')).toContain(`${field.id}-error`);

    submit();
    http.expectOne('/api/shared/s1/incidents/i1/entries').flush({
      id: 'n1',
      kind: 'note',
      body: 'Patrull på väg.',
      createdAt: '2027-07-01T15:10:00.000Z',
      createdBy: 'Polisen Region Gotland',
      struck: false,
    });
    await settle();
    fixture.detectChanges();
    expect(page.querySelector('.timeline')?.textContent).toContain('Patrull på väg.');
    expect(announced(page)).toBe('Noteringen är sparad på H-1.');
    expect(field.value).toBe('');
    expect(page.querySelector(`#${field.id}-error`)).toBeNull();
    http.expectOne('/api/shared/s1/incidents').flush([incident(1)]);
    await settle();
  });

  it('reads no incidents and opens no stream when the share does not include them', async () => {
    const { page } = await open(['risks', 'map']);
    expect(page.textContent).toContain('Händelser ingår inte i den här delningen.');
    http.expectNone('/api/shared/s1/incidents');
    expect(FakeEventSource.opened).toHaveLength(0);
  });
});
