import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { EventDto, ParticipantDto, SiteDto } from '@tryggplan/shared/domain';
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
  async function render(lang: 'sv' | 'en', inputs: { sites?: SiteDto[]; participant?: ParticipantDto } = {}) {
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
    if (inputs.sites) fixture.componentRef.setInput('sites', inputs.sites);
    if (inputs.participant) fixture.componentRef.setInput('participant', inputs.participant);
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

  it('offers accommodation sites only for Boende, and keeps a saved choice of another kind visible', async () => {
    const site = (id: string, kind: string, name: string) => ({ id, kind, name }) as SiteDto;
    const sites = [
      site('s1', 'venue', 'Almedalsscenen'),
      site('s2', 'accommodation', 'Hotell Strand'),
      site('s3', 'first-aid', 'Visby lasarett'),
    ];
    const { host } = await render('sv', {
      sites,
      participant: { id: 'p1', fullName: 'Anna', accommodationSiteId: 's3', version: 1 } as ParticipantDto,
    });
    const options = [...host.querySelectorAll('#participant-accommodation option')].map((o) =>
      o.textContent?.trim(),
    );
    expect(options).toEqual(['Inget boende valt', 'Hotell Strand', 'Visby lasarett']);
  });

  it('says how to add accommodation when the event has none', async () => {
    const { host } = await render('sv', { sites: [{ id: 's1', kind: 'venue', name: 'Scen' } as SiteDto] });
    expect(host.textContent).toContain('Evenemanget har inget boende på kartan ännu.');
  });
});
