import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CoordinatorRevisionDto, RiskDto } from '@tryggplan/shared/domain';
import { partnerTransloco } from '../testing/partner-test-setup';
import { RevisionReview } from './revision-review';

const risk = (id: string, title: string) =>
  ({ id, title, mitigations: [], siteIds: [] }) as unknown as RiskDto;

const revision = {
  revision: 3,
  risks: [risk('r1', 'Hot mot talare'), risk('r2', 'Trängsel'), risk('r3', 'Trängsel')],
  reviews: [],
  pendingOrganizations: [],
  comments: [
    {
      id: 'c1',
      revision: 3,
      riskId: 'r3',
      riskTitle: 'Trängsel',
      organizationId: 'o1',
      organizationName: 'Polisen Region Gotland',
      authorName: 'Anna Polis',
      body: 'Fler vakter vid hamnen?',
      createdAt: '2027-06-02T08:00:00.000Z',
      visibleToPartners: false,
      replies: [],
    },
  ],
  changes: {
    sinceRevision: 2,
    reviewed: false,
    added: [{ id: 'r3', number: 3, title: 'Trängsel' }],
    removed: [],
    changed: [
      {
        id: 'r1',
        number: 1,
        title: 'Hot mot talare',
        fields: [
          { field: 'status', before: 'open', after: 'closed' },
          { field: 'residualLevel', before: null, after: 'low' },
        ],
        mitigations: { added: [], removed: [], changed: [] },
      },
    ],
  },
} as unknown as CoordinatorRevisionDto;

describe('RevisionReview', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [RevisionReview, partnerTransloco()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the coordinator what changed since the previous revision and names each thread’s risk by number', async () => {
    const fixture = TestBed.createComponent(RevisionReview);
    fixture.componentRef.setInput('eventId', 'e1');
    fixture.componentRef.setInput('revision', 3);
    fixture.detectChanges();
    http.expectOne('/api/events/e1/risk-plan/revisions/3').flush(revision);
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      await TestBed.inject(ApplicationRef).whenStable();
    }
    fixture.detectChanges();
    const page = fixture.nativeElement as HTMLElement;
    const changes = page.querySelector('[data-testid="revision-changes"]') as HTMLElement;
    // inside the review's own h2 section: the changes heading is a level 3
    const heading = changes.querySelector('[role="heading"][aria-level="3"]');
    expect(heading?.textContent?.trim()).toBe('Ändringar sedan revision 2');
    expect(changes.getAttribute('aria-labelledby')).toBe(heading?.id);
    const rows = [...changes.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Status', 'Öppen', 'Stängd'],
      ['Kvarvarande risknivå', 'Inte bedömd', 'Låg'],
    ]);
    expect(changes.textContent).toContain('3. Trängsel');
    expect(page.querySelector('.comment-thread h3')?.textContent?.trim()).toBe('Om risk 3: Trängsel');
  });
});
