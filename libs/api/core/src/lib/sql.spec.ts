import { rowsOf, toNumberedPlaceholders } from './sql';

describe('toNumberedPlaceholders', () => {
  it('numbers each placeholder in order and leaves quoted question marks alone', () => {
    expect(toNumberedPlaceholders(`SELECT "a?" FROM t WHERE x = ? AND y = '?' AND z IN (?, ?)`)).toBe(
      `SELECT "a?" FROM t WHERE x = $1 AND y = '?' AND z IN ($2, $3)`,
    );
  });
});

describe('rowsOf', () => {
  it("gives the rows of PostgreSQL's UPDATE answer [rows, affected], and a SELECT's rows as they are", () => {
    expect(rowsOf([[{ id: 'a' }], 1])).toEqual([{ id: 'a' }]);
    expect(rowsOf([[], 0])).toEqual([]);
    expect(rowsOf([{ id: 'a' }, { id: 'b' }])).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(rowsOf(undefined)).toEqual([]);
  });
});
