import {
  boardQuery,
  EMPTY_BOARD_FILTER,
  filterFromParams,
  isBoardFiltered,
  paramsFromFilter,
  sameFilter,
} from './board-filter';

describe('the board filter and its URL', () => {
  it('reads an empty query as the unfiltered board, exercises included', () => {
    expect(filterFromParams({})).toEqual(EMPTY_BOARD_FILTER);
    expect(isBoardFiltered(filterFromParams({}))).toBe(false);
  });

  it('reads every filter from the URL, trimming the search', () => {
    expect(
      filterFromParams({
        status: 'in-progress',
        category: 'harassment',
        severity: 'high',
        exercise: 'only',
        q: '  scenen ',
        unreportedCrime: 'true',
      }),
    ).toEqual({
      status: 'in-progress',
      category: 'harassment',
      severity: 'high',
      exercise: 'only',
      q: 'scenen',
      unreportedCrime: true,
    });
  });

  it('leaves out values it does not know, as if they were not given', () => {
    expect(
      filterFromParams({
        status: 'open',
        category: 'Hot',
        severity: '',
        exercise: 'never',
        q: null,
        unreportedCrime: 'yes',
      }),
    ).toEqual(EMPTY_BOARD_FILTER);
    expect(filterFromParams({ q: 'x'.repeat(300) }).q).toHaveLength(200);
  });

  it('writes only what narrows the board into the URL, and null for the rest so the router drops it', () => {
    expect(paramsFromFilter(EMPTY_BOARD_FILTER)).toEqual({
      status: null,
      category: null,
      severity: null,
      exercise: null,
      q: null,
      unreportedCrime: null,
    });
    expect(
      paramsFromFilter({ ...EMPTY_BOARD_FILTER, severity: 'critical', exercise: 'exclude', q: ' vakt ' }),
    ).toEqual({
      status: null,
      category: null,
      severity: 'critical',
      exercise: 'exclude',
      q: 'vakt',
      unreportedCrime: null,
    });
  });

  it('comes back from its own URL unchanged', () => {
    const filter = {
      status: 'reported',
      category: 'theft',
      severity: 'low',
      exercise: 'exclude',
      q: 'väska',
      unreportedCrime: true,
    } as const;
    const params = paramsFromFilter(filter);
    const back = filterFromParams(
      Object.fromEntries(Object.entries(params).map(([key, value]) => [key, value ?? undefined])),
    );
    expect(back).toEqual(filter);
    expect(sameFilter(back, filter)).toBe(true);
    expect(sameFilter(back, EMPTY_BOARD_FILTER)).toBe(false);
  });

  it('asks the API only for what narrows the list', () => {
    expect(boardQuery(EMPTY_BOARD_FILTER)).toEqual({});
    expect(boardQuery({ ...EMPTY_BOARD_FILTER, unreportedCrime: true, exercise: 'only', q: 'hot' })).toEqual({
      unreportedCrime: 'true',
      exercise: 'only',
      q: 'hot',
    });
  });
});
