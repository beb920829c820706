import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { RiskDto } from '@tryggplan/shared/domain';
import { specTransloco } from '@tryggplan/web/testing';
import { DEFAULT_SORT } from '../register-filter';
import { RiskTable } from './risk-table';

const risk = (id: string, title: string) =>
  ({
    id,
    title,
    category: 'crowding',
    score: 12,
    level: 'high',
    residualScore: null,
    residualLevel: null,
    status: 'open',
    owner: '',
    mitigations: [],
  }) as unknown as RiskDto;

describe('RiskTable', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [RiskTable, specTransloco(['core', 'risks', 'workspace'])],
      providers: [provideRouter([])],
    }).compileComponents();
  });

  it('says in words how many partner comments on a risk are new', async () => {
    const fixture = TestBed.createComponent(RiskTable);
    fixture.componentRef.setInput('risks', [risk('r1', 'Trängsel'), risk('r2', 'Hot'), risk('r3', 'Brand')]);
    fixture.componentRef.setInput('sort', DEFAULT_SORT);
    fixture.componentRef.setInput('lang', 'sv');
    fixture.componentRef.setInput('unread', { r1: 1, r2: 2 });
    await fixture.whenStable();
    const badges = [...(fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr')].map(
      (row) => row.querySelector('.risk-table__unread')?.textContent?.trim() ?? null,
    );
    expect(badges).toEqual(['1 ny kommentar', '2 nya kommentarer', null]);
  });
});
