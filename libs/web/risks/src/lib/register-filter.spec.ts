import { RiskDto } from '@tryggplan/shared/domain';
import {
  ariaSort,
  DEFAULT_SORT,
  EMPTY_FILTER,
  inChosenCell,
  isFiltered,
  nextSort,
  ownersOf,
  registerQuery,
} from './register-filter';

function risk(overrides: Partial<RiskDto>): RiskDto {
  return {
    id: 'r1',
    eventId: 'e1',
    title: 'Hot',
    description: '',
    category: 'threats-harassment',
    likelihood: 4,
    consequence: 3,
    score: 12,
    level: 'high',
    treatment: 'reduce',
    status: 'open',
    owner: '',
    residualLikelihood: 2,
    residualConsequence: 3,
    residualScore: 6,
    residualLevel: 'medium',
    siteIds: [],
    mitigations: [],
    version: 1,
    createdAt: '2027-06-01T10:00:00+02:00',
    updatedAt: '2027-06-01T10:00:00+02:00',
    ...overrides,
  };
}

describe('registerQuery', () => {
  it('sends only the sort and limit when nothing is filtered', () => {
    expect(registerQuery(EMPTY_FILTER, DEFAULT_SORT)).toEqual({ limit: 500, sort: 'score:desc' });
  });

  it('sends every filter that narrows the list, trimmed', () => {
    const query = registerQuery(
      {
        q: '  hot ',
        category: 'violence',
        level: 'high',
        status: 'open',
        siteId: 's1',
        owner: ' Polisen ',
        overdue: true,
        cell: { likelihood: 4, consequence: 3, basis: 'inherent' },
      },
      { column: 'title', direction: 'asc' },
    );
    expect(query).toEqual({
      limit: 500,
      sort: 'title:asc',
      q: 'hot',
      category: 'violence',
      level: 'high',
      status: 'open',
      siteId: 's1',
      owner: 'Polisen',
      overdue: true,
      likelihood: 4,
      consequence: 3,
    });
  });

  it('leaves a residual cell to the browser, since the route filters cells on the inherent scales', () => {
    const query = registerQuery(
      { ...EMPTY_FILTER, cell: { likelihood: 2, consequence: 3, basis: 'residual' } },
      DEFAULT_SORT,
    );
    expect(query['likelihood']).toBeUndefined();
    expect(query['consequence']).toBeUndefined();
  });
});

describe('inChosenCell', () => {
  const r = risk({});
  it('matches on the basis the matrix showed', () => {
    expect(inChosenCell(r, { likelihood: 4, consequence: 3, basis: 'inherent' })).toBe(true);
    expect(inChosenCell(r, { likelihood: 4, consequence: 3, basis: 'residual' })).toBe(false);
    expect(inChosenCell(r, { likelihood: 2, consequence: 3, basis: 'residual' })).toBe(true);
    expect(inChosenCell(r, null)).toBe(true);
  });

  it('never puts an unassessed residual risk in a residual cell', () => {
    const unassessed = risk({ residualLikelihood: null, residualConsequence: null });
    expect(inChosenCell(unassessed, { likelihood: 1, consequence: 1, basis: 'residual' })).toBe(false);
  });
});

describe('nextSort', () => {
  it('flips the direction of the current column', () => {
    expect(nextSort({ column: 'score', direction: 'desc' }, 'score')).toEqual({
      column: 'score',
      direction: 'asc',
    });
  });

  it('starts text and dates ascending, scores descending', () => {
    expect(nextSort(DEFAULT_SORT, 'title').direction).toBe('asc');
    expect(nextSort(DEFAULT_SORT, 'nextDueDate').direction).toBe('asc');
    expect(nextSort({ column: 'title', direction: 'asc' }, 'residualScore').direction).toBe('desc');
  });

  it('tells assistive technology which column sorts', () => {
    expect(ariaSort(DEFAULT_SORT, 'score')).toBe('descending');
    expect(ariaSort(DEFAULT_SORT, 'title')).toBe('none');
  });
});

describe('isFiltered and ownersOf', () => {
  it('sees blank text as no filter', () => {
    expect(isFiltered({ ...EMPTY_FILTER, q: '   ' })).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, overdue: true })).toBe(true);
  });

  it('lists each owner once in Swedish order', () => {
    const owners = ownersOf([
      { owner: 'Östen' },
      { owner: 'Anna' },
      { owner: '' },
      { owner: 'Anna ' },
      { owner: 'Åsa' },
    ]);
    expect(owners).toEqual(['Anna', 'Åsa', 'Östen']);
  });
});
