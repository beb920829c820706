import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { IncidentBoardDto, IncidentDto } from '@tryggplan/shared/domain';
import { EVENT_SOURCE } from '../live-incidents';
import { FakeEventSource, incidentTransloco } from '../testing/incident-test-setup';
import { BoardPage } from './board-page';

const item = (number: number, overrides: Partial<IncidentDto> = {}): IncidentDto => ({
  id: `i${number}`,
  eventId: 'e1',
  number,
  title: `Händelse nummer ${number}`,
  description: '',
  category: 'harassment',
  severity: 'high',
  status: 'reported',
  occurredAt: '2027-06-29T08:15:00.000Z',
  reportedAt: '2027-06-29T08:15:00.000Z',
  closedAt: null,
  location: { siteId: null, siteName: null, point: null, place: 'Vid scenen' },
  participantIds: [],
  reporter: { kind: 'coordinator', name: 'Kim', mayCall: false, phone: '' },
  assigneeId: null,
  staffAssigneeId: null,
  riskIds: [],
  isCrime: true,
  police: { status: 'not-reported', reportNumber: '', reportedAt: null, reason: '' },
  isExercise: false,
  checklist: [],
  redacted: false,
  version: 1,
  ...overrides,
});

const board = (items: IncidentDto[], unreportedCrimes: number): IncidentBoardDto => ({
  items,
  total: items.length,
  limit: 100,
  offset: 0,
  counts: {
    total: items.length,
    open: items.length,
    byStatus: { reported: items.length, acknowledged: 0, 'in-progress': 0, closed: 0 },
    bySeverity: { low: 0, medium: 0, high: items.length, critical: 0 },
    unreportedCrimes,
  },
});

describe('BoardPage', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    FakeEventSource.opened = [];
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [BoardPage, incidentTransloco()],
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

  it('shows the banner and the list, and marks and announces an incident the stream tells of', async () => {
    const fixture = TestBed.createComponent(BoardPage);
    fixture.componentRef.setInput('eventId', 'e1');
    fixture.componentRef.setInput('severity', 'high');
    fixture.detectChanges();
    http
      .expectOne('/api/events/e1')
      .flush({ id: 'e1', name: 'Almedalsveckan', timezone: 'Europe/Stockholm' });
    const first = http.expectOne((request) => request.url === '/api/events/e1/incidents');
    expect(first.request.params.get('severity')).toBe('high');
    expect(first.request.params.keys()).toEqual(['severity', 'limit']);
    first.flush(board([item(1), item(2)], 2));
    await settle();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('2 brott ännu inte polisanmälda');
    expect(element.querySelectorAll('.incident-card')).toHaveLength(2);
    expect(element.querySelector('.incident-card')?.textContent).toContain('H-1');
    expect(element.querySelector('.incident-card')?.textContent).toContain('Hög');

    const [source] = FakeEventSource.opened;
    expect(source.url).toBe('/api/events/e1/stream?ngsw-bypass=true');
    source.emit('ready');
    source.emit('incident.created', { incidentId: 'i3', number: 3, at: '2027-06-29T08:30:00Z' });
    http
      .expectOne((request) => request.url === '/api/events/e1/incidents')
      .flush(board([item(3, { title: 'Bråk vid entrén' }), item(1), item(2)], 3));
    await settle();
    fixture.detectChanges();
    expect(element.querySelector('[aria-live="polite"]')?.textContent).toContain(
      'Ny händelse H-3: Bråk vid entrén',
    );
    const fresh = element.querySelector('.incident-card--new');
    expect(fresh?.textContent).toContain('H-3');
    expect(fresh?.textContent).toContain('Ny');
    expect(element.textContent).toContain('3 brott ännu inte polisanmälda');

    // a change to another incident is read quietly, without a new mark
    source.emit('incident.updated', { incidentId: 'i1', number: 1, at: '2027-06-29T08:31:00Z' });
    http
      .expectOne((request) => request.url === '/api/events/e1/incidents')
      .flush(board([item(3), item(1)], 1));
    await settle();
    fixture.detectChanges();
    expect(element.querySelectorAll('.incident-card--new')).toHaveLength(1);
    expect(element.textContent).toContain('1 brott ännu inte polisanmält');

    // the browser gave up (the session ended): the board says so instead of "live"
    source.readyState = 2;
    source.emit('error');
    fixture.detectChanges();
    expect(element.querySelector('.board__live')?.textContent).toContain('Direktuppdateringen är avbruten');

    fixture.destroy();
    expect(source.closed).toBe(true);
  });
});
