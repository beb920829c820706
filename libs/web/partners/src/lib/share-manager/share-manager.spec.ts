import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { EventDto, OrganizationDto } from '@tryggplan/shared/domain';
import { ShareManager } from './share-manager';

const event = {
  id: 'e1',
  name: 'Almedalsveckan',
  startsAt: '2099-06-27T06:00:00.000Z',
  endsAt: '2099-07-02T20:00:00.000Z',
  timezone: 'Europe/Stockholm',
} as EventDto;
const police: OrganizationDto = {
  id: 'o1',
  name: 'Polisen Region Gotland',
  kind: 'police',
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('ShareManager', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [ShareManager, TranslocoTestingModule.forRoot({ langs: { sv: {} }, preloadLangs: true })],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(ShareManager);
    fixture.componentRef.setInput('event', event);
    fixture.componentRef.setInput('organizations', [police]);
    fixture.componentRef.setInput('shares', []);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const select = page.querySelector<HTMLSelectElement>('#share-organization') as HTMLSelectElement;
    select.value = police.id;
    select.dispatchEvent(new Event('change'));
    const checkbox = (label: string) =>
      [...page.querySelectorAll<HTMLLabelElement>('label.choice')]
        .find((candidate) => candidate.textContent?.includes(label))
        ?.querySelector('input') as HTMLInputElement;
    const submit = async () => {
      page.querySelector<HTMLButtonElement>('#share-form button[type="submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, page, checkbox, submit };
  }

  it('shares the risk register and the map until the end of the event by default', async () => {
    const { fixture, submit } = await render();
    await submit();
    const request = http.expectOne('/api/events/e1/shares');
    expect(request.request.body).toEqual({
      organizationId: 'o1',
      scope: ['risks', 'map'],
      expiresAt: '2099-07-02T22:00:00+02:00',
    });
    request.flush({ id: 's1', organizationName: police.name, scope: ['risks', 'map'], status: 'live' });
    await fixture.whenStable();
    expect(fixture.componentInstance.shares().map((share) => share.id)).toEqual(['s1']);
  });

  it('warns about participant names and sends nothing until they are confirmed', async () => {
    const { fixture, page, checkbox, submit } = await render();
    expect(page.querySelector('.warning')).toBeNull();
    checkbox('Deltagarnas namn').click();
    await fixture.whenStable();
    expect(page.querySelector('.warning')).not.toBeNull();

    await submit();
    http.expectNone('/api/events/e1/shares');
    expect(page.querySelector('#share-confirm-names')?.getAttribute('aria-invalid')).toBe('true');

    (page.querySelector('#share-confirm-names') as HTMLInputElement).click();
    await submit();
    const request = http.expectOne('/api/events/e1/shares');
    expect(request.request.body).toMatchObject({
      scope: ['risks', 'map', 'participant-names'],
      confirmParticipantNames: true,
    });
  });

  it('offers every scope, incidents too, each explained by a line of its own', async () => {
    const { fixture, page, checkbox, submit } = await render();
    const boxes = [...page.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
    expect(boxes.map((box) => box.id)).toEqual([
      'share-scope-risks',
      'share-scope-map',
      'share-scope-public-schedule',
      'share-scope-participant-names',
      'share-scope-incidents',
    ]);
    for (const box of boxes) {
      const hint = page.querySelector(`#${box.getAttribute('aria-describedby')}`);
      // (the spec has no texts, so a text shows as its key)
      expect(hint?.textContent).toContain(`partners.shares.scopeHints.${box.id.replace('share-scope-', '')}`);
    }
    checkbox('Händelser under evenemanget').click();
    await fixture.whenStable();
    // incidents alone ask for no confirmation: without names they carry no personal data
    expect(page.querySelector('.warning')).toBeNull();
    await submit();
    expect(http.expectOne('/api/events/e1/shares').request.body.scope).toEqual(['risks', 'map', 'incidents']);
  });
});
