import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { specTransloco } from '@tryggplan/web/testing';
import { StaffImport } from './staff-import';

describe('StaffImport', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [StaffImport, specTransloco(['core', 'staff'])],
      providers: [provideHttpClient(), provideHttpClientTesting()],
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

  const render = async () => {
    const fixture = TestBed.createComponent(StaffImport);
    fixture.componentRef.setInput('eventId', 'e1');
    fixture.componentRef.setInput('sites', [{ id: 'site1', name: 'Huvudscenen' }]);
    fixture.detectChanges();
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector<HTMLInputElement>('#staff-import-file');
    const file = new File(['Namn;Roll\nÅsa;Vakt\n'], 'bemanning.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    input?.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    const check = [...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Kontrollera'));
    check?.click();
    return { fixture, element };
  };

  it('offers the templates in the user’s language and names the columns it reads', async () => {
    const fixture = TestBed.createComponent(StaffImport);
    fixture.componentRef.setInput('eventId', 'e1');
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const links = [...element.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      '/api/events/e1/staff-template.csv?lang=sv',
      '/api/events/e1/staff-template.xlsx?lang=sv',
    ]);
    expect(element.textContent).toContain(
      'Namn, Roll, Organisation, Telefon, E-post, Passet börjar, Passet slutar, Post',
    );
  });

  it('checks the file, previews each person with their shifts at a post, then imports and tells the page', async () => {
    const { fixture, element } = await render();
    let told = 0;
    fixture.componentInstance.imported.subscribe(() => told++);
    const check = http.expectOne('/api/events/e1/staff/import?dryRun=true');
    expect(check.request.body).toBeInstanceOf(FormData);
    check.flush({
      dryRun: true,
      total: 1,
      counts: { new: 0, changed: 1, unchanged: 0 },
      preview: [
        {
          row: 2,
          rows: [2],
          action: 'changed',
          changedFields: ['phone', 'shifts'],
          fullName: 'Åsa Vakt',
          role: 'guard',
          organization: 'Gotlands Bevakning',
          phone: '+46701740650',
          email: null,
          shifts: [
            { startsAt: '2027-06-29T08:00:00.000Z', endsAt: '2027-06-29T16:00:00.000Z', siteId: 'site1' },
          ],
        },
      ],
    });
    await settle();
    fixture.detectChanges();
    expect(element.textContent).toContain('0 nya, 1 ändras, 0 oförändrade');
    const row = element.querySelector('tbody tr');
    expect(row?.textContent).toContain('Ändras: Telefon, Pass');
    expect(row?.textContent).toContain('Ordningsvakt');
    expect(row?.textContent).toContain('10:00–18:00, Huvudscenen');

    const confirm = [...element.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Importera ('),
    );
    confirm?.click();
    http.expectOne('/api/events/e1/staff/import?dryRun=false').flush({
      dryRun: false,
      total: 1,
      counts: { new: 0, changed: 1, unchanged: 0 },
      created: [],
      updated: ['s1'],
    });
    await settle();
    fixture.detectChanges();
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      '0 nya och 1 ändrade funktionärer',
    );
    expect(told).toBe(1);
  });

  it('lists every problem by row and by the column’s name in the user’s language', async () => {
    const { fixture, element } = await render();
    http.expectOne('/api/events/e1/staff/import?dryRun=true').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Ogiltig indata.',
        details: [
          {
            field: 'rows[3].post',
            code: 'unknown_site',
            message: 'Platsen finns inte i detta evenemang.',
            row: 3,
          },
          {
            field: 'rows[2].shiftEnd',
            code: 'end_before_start',
            message: 'Slutet får inte ligga före starten.',
            row: 2,
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    fixture.detectChanges();
    const lines = [...element.querySelectorAll('.problem-list li')].map((li) => li.textContent?.trim());
    expect(lines).toEqual([
      'Rad 2, Passet slutar: Slutet får inte ligga före starten.',
      'Rad 3, Post: Platsen finns inte i detta evenemang.',
    ]);
    expect(element.textContent).toContain('Filen har fel: 2');
    expect(element.querySelector('tbody')).toBeNull();
  });
});
