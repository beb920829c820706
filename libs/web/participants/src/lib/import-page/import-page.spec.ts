import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { ParticipantCreate } from '@tryggplan/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportPage } from './import-page';

const I18N = join(__dirname, '../../../../../../apps/web/public/i18n');
const swedish = Object.assign(
  {},
  ...['core', 'participants'].map((part) => JSON.parse(readFileSync(join(I18N, part, 'sv.json'), 'utf8'))),
);

const person = (fullName: string, action = 'new', changedFields: string[] = []) =>
  ({ fullName, role: 'staff', organization: 'Region', row: 2, action, changedFields }) as ParticipantCreate;

describe('ImportPage', () => {
  it('says in the preview what each row does and how a name the folder cannot draw will print', async () => {
    await TestBed.configureTestingModule({
      imports: [
        ImportPage,
        TranslocoTestingModule.forRoot({
          langs: { sv: swedish },
          translocoConfig: { availableLangs: ['sv'], defaultLang: 'sv' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    }).compileComponents();
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ImportPage);
    fixture.componentRef.setInput('eventId', 'e1');
    fixture.detectChanges();
    http.expectOne('/api/events/e1').flush({ id: 'e1', name: 'Almedalsveckan' });
    const page = fixture.componentInstance as unknown as {
      file: { set(file: File): void };
      run(dryRun: boolean): Promise<void>;
    };
    page.file.set(new File(['Namn\n'], 'deltagare.csv'));
    const checked = page.run(true);
    http
      .expectOne((request) => request.url === '/api/events/e1/participants/import')
      .flush({
        dryRun: true,
        total: 3,
        counts: { new: 2, changed: 1, unchanged: 0 },
        columns: {},
        preview: [
          person('Ольга Петрова'),
          person('Kim 🎉 Ek'),
          person('Åke Ström', 'changed', ['organization', 'phone']),
        ],
      });
    await checked;
    fixture.detectChanges();
    await fixture.whenStable();
    const hints = [...(fixture.nativeElement as HTMLElement).querySelectorAll('tbody .hint')];
    expect(hints.map((hint) => hint.textContent?.trim())).toEqual([
      'Namnet skrivs ut som ”Kim \uFFFD Ek” i säkerhetsfoldern: dess typsnitt saknar 🎉.',
    ]);
    const element = fixture.nativeElement as HTMLElement;
    const status = [...element.querySelectorAll('tbody tr td:first-child')].map((cell) =>
      cell.textContent?.trim(),
    );
    expect(status).toEqual(['Ny', 'Ny', 'Ändras: Organisation, Telefon']);
    expect(element.querySelector('[role=status]')?.textContent).toContain('2 nya, 1 ändras, 0 oförändrade');
    expect(element.querySelector('.toolbar button')?.textContent?.trim()).toBe('Importera (2 nya, 1 ändras)');
    http.verify();
  });
});
