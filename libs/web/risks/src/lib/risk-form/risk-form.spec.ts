import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RiskDto } from '@tryggplan/shared/domain';
import { riskTransloco } from '../testing/risk-test-setup';
import { RiskForm } from './risk-form';

const RISK: RiskDto = {
  id: 'r1',
  eventId: 'e1',
  title: 'Värmebölja',
  description: '',
  category: 'weather-heat',
  likelihood: 3,
  consequence: 2,
  score: 6,
  level: 'medium',
  treatment: 'reduce',
  status: 'open',
  owner: 'Kim',
  residualLikelihood: null,
  residualConsequence: null,
  residualScore: null,
  residualLevel: null,
  siteIds: [],
  mitigations: [],
  version: 4,
  createdAt: '',
  updatedAt: '',
};

describe('RiskForm', () => {
  let http: HttpTestingController;

  async function render(risk: RiskDto | null) {
    await TestBed.configureTestingModule({
      imports: [RiskForm, riskTransloco()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(RiskForm);
    fixture.componentRef.setInput('eventId', 'e1');
    fixture.componentRef.setInput('risk', risk);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const select = async (id: string, value: string) => {
      const field = element.querySelector<HTMLSelectElement>(`#${id}`) as HTMLSelectElement;
      field.value = value;
      field.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    };
    const text = (testId: string) =>
      element.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
    return { fixture, element, select, text };
  }

  afterEach(() => http.verify());

  it('shows the score and level as the scales are chosen', async () => {
    const { select, text } = await render(null);
    expect(text('inherent-score')).toContain('Välj sannolikhet och konsekvens');
    await select('risk-likelihood', '5');
    await select('risk-consequence', '4');
    expect(text('inherent-score')).toBe('Riskvärde: Kritisk 20');
    await select('risk-consequence', '1');
    expect(text('inherent-score')).toBe('Riskvärde: Medel 5');
  });

  it('says at once when the residual risk is above the inherent one', async () => {
    const { element, select } = await render(RISK);
    await select('risk-residual-likelihood', '4');
    await select('risk-residual-consequence', '2');
    expect(element.querySelector('#risk-residual-likelihood-error')?.textContent).toContain(
      'Kvarvarande risk (8) får inte vara högre än den ursprungliga (6).',
    );
  });

  it('sends the version it read and offers a reload on 409 instead of overwriting', async () => {
    const { fixture, element } = await render(RISK);
    const reloads: void[] = [];
    fixture.componentInstance.reloadRequested.subscribe(() => reloads.push(undefined));
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const request = http.expectOne('/api/events/e1/risks/r1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body.version).toBe(4);
    request.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Stale',
        details: [{ field: 'owner', message: 'Ändrades av Anna.' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Någon annan har ändrat risken');
    expect(element.querySelector('#risk-owner-error')?.textContent).toContain('Ändrades av Anna.');
    const reload = [...element.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Läs in den nya'),
    );
    reload?.click();
    expect(reloads).toHaveLength(1);
  });
});
