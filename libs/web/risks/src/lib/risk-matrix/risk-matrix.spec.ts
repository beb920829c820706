import { TestBed } from '@angular/core/testing';
import { buildMatrix } from '@tryggplan/shared/domain';
import { riskTransloco } from '../testing/risk-test-setup';
import { ChosenCell, RiskMatrix } from './risk-matrix';

describe('RiskMatrix', () => {
  async function render(chosen: ChosenCell | null = null) {
    await TestBed.configureTestingModule({ imports: [RiskMatrix, riskTransloco()] }).compileComponents();
    const fixture = TestBed.createComponent(RiskMatrix);
    fixture.componentRef.setInput(
      'cells',
      buildMatrix([
        { likelihood: 4, consequence: 3 },
        { likelihood: 4, consequence: 3 },
        { likelihood: 1, consequence: 1 },
      ]),
    );
    fixture.componentRef.setInput('basis', 'inherent');
    fixture.componentRef.setInput('lang', 'sv');
    fixture.componentRef.setInput('chosen', chosen);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const cells = [...element.querySelectorAll<HTMLButtonElement>('button.risk-matrix__cell')];
    return { fixture, element, cells };
  }

  it('draws 25 cell buttons with likelihood 5 in the top row and the level as text', async () => {
    const { cells } = await render();
    expect(cells).toHaveLength(25);
    // first row: likelihood 5; its fifth cell is 5 × 5 = 25, critical
    expect(cells[4].textContent).toContain('Kritisk');
    // likelihood 4 (second row), consequence 3 (third column) holds two risks, high
    expect(cells[7].textContent?.replace(/\s+/g, ' ')).toContain(
      '2 risker, sannolikhet 4, konsekvens 3, nivå Hög',
    );
    // bottom-left: likelihood 1 × consequence 1
    expect(cells[20].textContent).toMatch(/1\s*risker, sannolikhet 1, konsekvens 1/);
  });

  it('reports the chosen cell and marks it pressed', async () => {
    const { fixture, cells } = await render({ likelihood: 4, consequence: 3 });
    const chosen: ChosenCell[] = [];
    fixture.componentInstance.cellChosen.subscribe((cell) => chosen.push(cell));
    expect(cells[7].getAttribute('aria-pressed')).toBe('true');
    expect(cells[8].getAttribute('aria-pressed')).toBe('false');
    cells[8].click();
    expect(chosen).toEqual([{ likelihood: 4, consequence: 4 }]);
  });
});
