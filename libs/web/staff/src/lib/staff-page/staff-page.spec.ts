import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { StaffMemberDto } from '@tryggplan/shared/domain';
import { StaffPage } from './staff-page';
import { specTransloco } from '@tryggplan/web/testing';

const guard: StaffMemberDto = {
  id: 's1',
  eventId: 'e1',
  fullName: 'Ove Vakt',
  role: 'guard',
  organization: 'Gotlands Bevakning',
  phone: '+46701740605',
  email: null,
  shifts: [{ startsAt: '2027-06-28T06:00:00.000Z', endsAt: '2027-06-28T14:00:00.000Z', siteId: 'site1' }],
  version: 1,
};

describe('StaffPage', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [StaffPage, specTransloco(['core', 'staff'])],
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

  it('shows who is on duty now and the roster by day, the post by its site name, times in Stockholm', async () => {
    const fixture = TestBed.createComponent(StaffPage);
    fixture.componentRef.setInput('eventId', 'e1');
    fixture.detectChanges();
    http
      .expectOne('/api/events/e1')
      .flush({ id: 'e1', name: 'Almedalsveckan', timezone: 'Europe/Stockholm' });
    http.expectOne('/api/events/e1/staff').flush([guard]);
    http.expectOne('/api/events/e1/sites').flush({ items: [{ id: 'site1', name: 'Scenen' }], total: 1 });
    http
      .expectOne('/api/events/e1/on-duty')
      .flush({ at: '2027-06-28T07:00:00.000Z', items: [{ member: guard, shift: guard.shifts[0] }] });
    await settle();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const onDuty = element.querySelector('[aria-labelledby="staff-on-duty-heading"]');
    expect(onDuty?.textContent).toContain('Ove Vakt');
    expect(onDuty?.textContent).toContain('Ordningsvakt');
    expect(onDuty?.textContent).toContain('Scenen, till 16:00');
    const roster = element.querySelector('[aria-labelledby="staff-roster-heading"]');
    expect(roster?.querySelector('h3')?.textContent).toContain('28 juni 2027');
    expect(roster?.textContent).toContain('08:00–16:00');
    expect(element.textContent).toContain('Ordningsvakt: 1');
  });
});
