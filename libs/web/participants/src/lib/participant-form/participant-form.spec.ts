import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { EventDto } from '@tryggplan/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParticipantForm } from './participant-form';

const I18N = join(__dirname, '../../../../../../apps/web/public/i18n');
const translations = (lang: string) =>
  Object.assign(
    {},
    ...['core', 'participants'].map((part) =>
      JSON.parse(readFileSync(join(I18N, part, `${lang}.json`), 'utf8')),
    ),
  );

const event = {
  id: 'e1',
  name: 'Almedalsveckan',
  timezone: 'Europe/Stockholm',
  keepsPartyAffiliation: false,
} as EventDto;

describe('ParticipantForm', () => {
  async function render(lang: 'sv' | 'en') {
    await TestBed.configureTestingModule({
      imports: [
        ParticipantForm,
        TranslocoTestingModule.forRoot({
          langs: { [lang]: translations(lang) },
          translocoConfig: { availableLangs: [lang], defaultLang: lang },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    const fixture = TestBed.createComponent(ParticipantForm);
    fixture.componentRef.setInput('event', event);
    fixture.detectChanges();
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const type = async (name: string) => {
      const input = host.querySelector<HTMLInputElement>('#participant-fullName') as HTMLInputElement;
      input.value = name;
      input.dispatchEvent(new Event('input'));
      fixture.detectChanges();
      await fixture.whenStable();
      return host.querySelector('#participant-fullName-printed')?.textContent?.trim() ?? null;
    };
    return { host, type };
  }

  it('says how a name will print when the folder cannot draw all of it, and nothing when it can', async () => {
    const { host, type } = await render('sv');
    expect(await type('Anna 😀 Berg')).toBe(
      'Namnet skrivs ut som ”Anna \uFFFD Berg” i säkerhetsfoldern: dess typsnitt saknar 😀.',
    );
    expect(host.querySelector('#participant-fullName')?.getAttribute('aria-describedby')).toBe(
      'participant-fullName-printed',
    );
    for (const name of ['Łukasz Żółć', 'Γιώργος', 'Ольга', 'محمد']) expect(await type(name)).toBeNull();
  });

  it('warns in English too', async () => {
    const { type } = await render('en');
    expect(await type('Kim 🎉')).toBe(
      'This name will print as “Kim \uFFFD” in the briefing folder: its fonts lack 🎉.',
    );
  });
});
