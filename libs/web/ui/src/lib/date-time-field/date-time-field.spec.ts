import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { Language } from '@tryggplan/shared/domain';
import { UiLanguage } from '@tryggplan/web/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTimeField } from './date-time-field';

const I18N = join(__dirname, '../../../../../../apps/web/public/i18n');
const core = (lang: Language) => JSON.parse(readFileSync(join(I18N, 'core', `${lang}.json`), 'utf8'));

@Component({
  imports: [DateTimeField, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label for="starts">Start</label>
    <tp-date-time-field
      inputId="starts"
      [formControl]="control"
      [error]="pageError()"
      hint="zone-hint"
      min="2027-06-01T00:00"
    />
    <label for="day">Dag</label>
    <tp-date-time-field inputId="day" kind="date" [(value)]="day" />
  `,
})
class Host {
  readonly control = new FormControl('2027-06-29T14:30', { nonNullable: true });
  readonly pageError = signal<string | undefined>(undefined);
  readonly day = signal('2027-06-29');
}

describe('DateTimeField', () => {
  async function render(lang: Language) {
    await TestBed.configureTestingModule({
      imports: [
        Host,
        TranslocoTestingModule.forRoot({
          langs: { [lang]: core(lang) },
          translocoConfig: { availableLangs: [lang], defaultLang: lang },
          preloadLangs: true,
        }),
      ],
      providers: [{ provide: UiLanguage, useValue: { current: signal(lang).asReadonly() } }],
    }).compileComponents();
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const field = (id: string) => host.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    const settle = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
    };
    const type = async (id: string, text: string) => {
      field(id).value = text;
      field(id).dispatchEvent(new Event('input'));
      await settle();
    };
    const leave = async (id: string) => {
      field(id).dispatchEvent(new Event('blur'));
      await settle();
    };
    return { fixture, host, field, type, leave, settle, form: fixture.componentInstance };
  }

  it('shows the form value in Swedish on a 24-hour clock, as a labelled text field with its format hint', async () => {
    const { host, field } = await render('sv');
    expect(field('starts').type).toBe('text');
    expect(field('starts').getAttribute('inputmode')).toBe('numeric');
    expect(field('starts').value).toBe('2027-06-29 14:30');
    expect(field('day').value).toBe('2027-06-29');
    expect(field('starts').getAttribute('aria-describedby')).toBe('starts-format zone-hint');
    expect(host.querySelector('#starts-format')?.textContent).toBe(
      'ÅÅÅÅ-MM-DD TT:MM, t.ex. 2027-06-29 14:30',
    );
    expect(host.querySelector('label[for=starts]')).not.toBeNull();
  });

  it('gives the form the value in its own format however it was typed, and shows it formatted on leaving', async () => {
    const { form, field, type, leave } = await render('sv');
    await type('starts', '30/6 2027 930');
    expect(form.control.value).toBe('2027-06-30T09:30');
    expect(field('starts').value).toBe('30/6 2027 930');
    await leave('starts');
    expect(field('starts').value).toBe('2027-06-30 09:30');
    expect(form.control.touched).toBe(true);
    expect(form.control.valid).toBe(true);
  });

  it('marks unreadable text invalid and words the format, and passes the text on as typed', async () => {
    const { host, form, field, type, leave } = await render('sv');
    await type('starts', '2027-06-30 25:00');
    expect(form.control.value).toBe('2027-06-30 25:00');
    expect(form.control.errors).toEqual({ dateTime: { key: 'dateField.invalid.datetime' } });
    expect(host.querySelector('#starts-format-error')).toBeNull();
    await leave('starts');
    expect(field('starts').value).toBe('2027-06-30 25:00');
    expect(field('starts').getAttribute('aria-invalid')).toBe('true');
    expect(field('starts').getAttribute('aria-describedby')).toBe(
      'starts-format zone-hint starts-format-error',
    );
    expect(host.querySelector('#starts-format-error')?.textContent?.trim()).toBe(
      '!Ange datum och tid som ÅÅÅÅ-MM-DD TT:MM, t.ex. 2027-06-29 14:30.',
    );
    await type('starts', '');
    expect(form.control.value).toBe('');
    expect(form.control.valid).toBe(true);
    expect(host.querySelector('#starts-format-error')).toBeNull();
  });

  it('refuses a value before min', async () => {
    const { host, form, type, leave } = await render('sv');
    await type('starts', '2027-05-31 23:59');
    await leave('starts');
    expect(form.control.errors).toEqual({
      dateTime: { key: 'dateField.beforeMin', params: { min: '2027-06-01 00:00' } },
    });
    expect(host.querySelector('#starts-format-error')?.textContent).toContain(
      'Får inte vara före 2027-06-01 00:00.',
    );
  });

  it('points at the page’s own message for the field', async () => {
    const { form, field, settle } = await render('sv');
    form.pageError.set('Måste vara efter start.');
    await settle();
    expect(field('starts').getAttribute('aria-invalid')).toBe('true');
    expect(field('starts').getAttribute('aria-describedby')).toBe('starts-format zone-hint starts-error');
  });

  it('follows a new value from the form, and can be disabled', async () => {
    const { form, field, type, settle } = await render('sv');
    await type('starts', '2027-07-01 1');
    form.control.setValue('2027-07-02T08:00');
    await settle();
    expect(field('starts').value).toBe('2027-07-02 08:00');
    form.control.disable();
    await settle();
    expect(field('starts').disabled).toBe(true);
  });

  it('works with [(value)] too', async () => {
    const { form, field, type, leave, settle } = await render('sv');
    await type('day', '1/7 2027');
    expect(form.day()).toBe('2027-07-01');
    await leave('day');
    expect(field('day').value).toBe('2027-07-01');
    form.day.set('2027-07-03');
    await settle();
    expect(field('day').value).toBe('2027-07-03');
  });

  it('shows and reads English with the month named, on a 24-hour clock', async () => {
    const { host, form, field, type, leave } = await render('en');
    expect(field('starts').value).toBe('29 Jun 2027 14:30');
    expect(field('day').value).toBe('29 Jun 2027');
    expect(host.querySelector('#day-format')?.textContent).toBe('DD Mon YYYY, e.g. 29 Jun 2027');
    await type('starts', '2027-07-01 2:15 pm');
    await leave('starts');
    expect(form.control.value).toBe('2027-07-01T14:15');
    expect(field('starts').value).toBe('1 Jul 2027 14:15');
    expect(field('starts').value).not.toMatch(/AM|PM/i);
    await type('day', 'someday');
    await leave('day');
    expect(host.querySelector('#day-format-error')?.textContent).toContain(
      'Enter the date as DD Mon YYYY or YYYY-MM-DD, e.g. 29 Jun 2027.',
    );
  });
});
