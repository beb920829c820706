import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CommentDto, RiskDto, SharedRevisionDto } from '@tryggplan/shared/domain';
import { partnerTransloco } from '../testing/partner-test-setup';
import { SharedRevisionPage } from './shared-revision-page';

const risk = (id: string, overrides: Partial<RiskDto> = {}): RiskDto => ({
  id,
  eventId: 'e1',
  title: 'Trängsel',
  description: '',
  category: 'crowding',
  likelihood: 3,
  consequence: 4,
  score: 12,
  level: 'high',
  treatment: 'reduce',
  status: 'open',
  owner: '',
  residualLikelihood: null,
  residualConsequence: null,
  residualScore: null,
  residualLevel: null,
  siteIds: [],
  mitigations: [],
  version: 1,
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
  ...overrides,
});

const thread = (riskId: string, body: string): CommentDto => ({
  id: `c-${riskId}`,
  revision: 2,
  riskId,
  riskTitle: 'Trängsel',
  organizationId: 'o1',
  organizationName: 'Polisen Region Gotland',
  authorName: 'Anna Polis',
  body,
  createdAt: '2027-06-02T08:00:00.000Z',
  visibleToPartners: false,
  replies: [],
});

const revision = (overrides: Partial<SharedRevisionDto> = {}): SharedRevisionDto => ({
  revision: 2,
  note: 'Fler vakter.',
  publishedAt: '2027-06-01T08:00:00.000Z',
  publishedBy: 'Kim Lindqvist',
  riskCount: 2,
  includesPublicSchedule: false,
  event: {
    id: 'e1',
    name: 'Almedalsveckan',
    startsAt: '2027-06-27T06:00:00.000Z',
    endsAt: '2027-07-02T20:00:00.000Z',
    timezone: 'Europe/Stockholm',
    locationName: 'Visby',
    center: { lat: 57.64, lng: 18.29 },
    zoom: 15,
  },
  countsByLevel: { low: 0, medium: 0, high: 2, critical: 0 },
  risks: [
    risk('r1', { description: 'Vid scenen under partiledartalet.' }),
    risk('r2', { description: 'Vid hamnen när färjan kommer.' }),
  ],
  sites: null,
  publicSchedule: null,
  shareId: 's1',
  scope: ['risks'],
  comments: [],
  review: null,
  changes: {
    sinceRevision: 1,
    reviewed: true,
    added: [],
    removed: [{ id: 'r0', number: 3, title: 'Hot mot talare' }],
    changed: [
      {
        id: 'r2',
        number: 2,
        title: 'Trängsel',
        fields: [{ field: 'likelihood', before: 2, after: 3 }],
        mitigations: {
          added: [],
          removed: [],
          changed: [
            {
              id: 'm1',
              description: 'Vakter vid kajen',
              status: 'done',
              fields: [{ field: 'status', before: 'planned', after: 'done' }],
            },
          ],
        },
      },
    ],
  },
  ...overrides,
});

describe('SharedRevisionPage', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [SharedRevisionPage, partnerTransloco()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    for (const request of http.match('/api/config')) request.flush({});
    http.verify();
  });

  const settle = async () => {
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      await TestBed.inject(ApplicationRef).whenStable();
    }
  };

  async function open(answer = revision()) {
    const fixture = TestBed.createComponent(SharedRevisionPage);
    fixture.componentRef.setInput('shareId', 's1');
    fixture.componentRef.setInput('revision', '2');
    fixture.detectChanges();
    http.expectOne('/api/shared/s1/revisions/2').flush(answer);
    await settle();
    fixture.detectChanges();
    const page = fixture.nativeElement as HTMLElement;
    const card = (id: string) => page.querySelector(`article[data-risk-id="${id}"]`) as HTMLElement;
    return { fixture, page, card };
  }

  it('shows each risk as a numbered card with its description, two of one title told apart', async () => {
    const { page, card } = await open();
    const headings = [...page.querySelectorAll('[data-testid="revision-register"] h3')].map((h) =>
      h.textContent?.trim(),
    );
    expect(headings).toEqual(['1. Trängsel', '2. Trängsel']);
    expect(card('r2').textContent).toContain('Vid hamnen när färjan kommer.');
    expect(card('r1').querySelector('button')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Kommentera 1. Trängsel',
    );
    expect(page.querySelector('select')).toBeNull();
  });

  it('comments on the risk itself: focus to the field, the thread at that risk, focus back', async () => {
    const { fixture, page, card } = await open();
    card('r2').querySelector<HTMLButtonElement>('#comment-open-r2')?.click();
    await settle();
    fixture.detectChanges();
    const field = card('r2').querySelector<HTMLTextAreaElement>('#comment-body-r2') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    expect(page.querySelector('label[for="comment-body-r2"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Kommentar om 2. Trängsel',
    );
    // nothing typed: the field says so and nothing is sent
    card('r2').querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
    fixture.detectChanges();
    http.expectNone('/api/shared/s1/revisions/2/comments');
    expect(field.getAttribute('aria-invalid')).toBe('true');

    field.value = 'Räcker vakterna vid kajen?';
    field.dispatchEvent(new Event('input'));
    card('r2').querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
    const request = http.expectOne('/api/shared/s1/revisions/2/comments');
    expect(request.request.body).toEqual({ riskId: 'r2', body: 'Räcker vakterna vid kajen?' });
    request.flush(thread('r2', 'Räcker vakterna vid kajen?'));
    await settle();
    fixture.detectChanges();
    expect(card('r2').querySelector('h4')?.textContent?.trim()).toBe('Om risk 2: Trängsel');
    expect(card('r2').textContent).toContain('Räcker vakterna vid kajen?');
    expect(card('r1').textContent).not.toContain('Räcker vakterna vid kajen?');
    expect(document.activeElement?.id).toBe('comment-open-r2');
    expect(page.textContent).toContain('Kommentaren är skickad.');
  });

  it('shows what changed since the reviewed revision, field by field, old and new', async () => {
    const { page } = await open();
    const changes = page.querySelector('[data-testid="revision-changes"]') as HTMLElement;
    expect(changes.querySelector('[role="heading"][aria-level="2"]')?.textContent?.trim()).toBe(
      'Ändringar sedan revision 1 som ni granskade',
    );
    const row = [...changes.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim()),
    );
    expect(row).toEqual([['Sannolikhet', '2 Osannolik', '3 Möjlig']]);
    expect(changes.textContent).toContain('2. Trängsel');
    expect(changes.textContent).toContain('Status ändrad från Planerad till Klar');
    expect(changes.textContent).toContain('3. Hot mot talare');
  });
});
