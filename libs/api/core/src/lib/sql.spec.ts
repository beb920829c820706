import { toNumberedPlaceholders } from './sql';

describe('toNumberedPlaceholders', () => {
  it('numbers each placeholder in order and leaves quoted question marks alone', () => {
    expect(toNumberedPlaceholders(`SELECT "a?" FROM t WHERE x = ? AND y = '?' AND z IN (?, ?)`)).toBe(
      `SELECT "a?" FROM t WHERE x = $1 AND y = '?' AND z IN ($2, $3)`,
    );
  });
});
