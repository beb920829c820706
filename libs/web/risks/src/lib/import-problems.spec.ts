import { importProblems } from './import-problems';

describe('importProblems', () => {
  it('splits row and column out of the field and sorts by row', () => {
    expect(
      importProblems([
        { field: 'rows[5].likelihood', message: 'Must be at most 5.', row: 5 },
        { field: 'rows[2].category', message: 'Unknown category.' },
        { field: 'file', message: 'Empty file.' },
      ]),
    ).toEqual([
      { row: null, column: 'file', message: 'Empty file.' },
      { row: 2, column: 'category', message: 'Unknown category.' },
      { row: 5, column: 'likelihood', message: 'Must be at most 5.' },
    ]);
  });

  it('answers nothing without details', () => {
    expect(importProblems(undefined)).toEqual([]);
  });
});
