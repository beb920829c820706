import { jsonWithNumber, rowsOf, toNumberedPlaceholders, withParts } from './sql';

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

describe('withParts and jsonWithNumber', () => {
  it('joins the parts into one WITH statement, their parameters in the order of the text', () => {
    const statement = withParts(
      { n: { sql: 'UPDATE "c" SET "v" = "v" + 1 WHERE "id" = ? RETURNING "v"', params: ['c1'] } },
      { sql: 'SELECT "v" FROM n WHERE ? = ?', params: [1, 2] },
    );
    expect(statement.sql).toBe(
      'WITH n AS (UPDATE "c" SET "v" = "v" + 1 WHERE "id" = ? RETURNING "v")\nSELECT "v" FROM n WHERE ? = ?',
    );
    expect(statement.params).toEqual(['c1', 1, 2]);
  });

  it('writes the JSON text JSON.stringify would, the number coming from the statement', () => {
    const part = jsonWithNumber({ incidentId: 'a"b' }, 'number', 'SELECT 5');
    expect(part.sql).toBe(`CAST(? AS text) || CAST((SELECT 5) AS text) || '}'`);
    expect(`${part.params[0]}5}`).toBe(JSON.stringify({ incidentId: 'a"b', number: 5 }));
    expect(`${jsonWithNumber({}, 'number', 'x').params[0]}7}`).toBe(JSON.stringify({ number: 7 }));
  });
});
