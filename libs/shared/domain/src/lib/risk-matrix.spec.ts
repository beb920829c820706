import { buildMatrix, RISK_LEVEL_RANGES, riskLevel, riskScore } from './risk-matrix';

describe('the 5 × 5 risk matrix', () => {
  it.each([
    [1, 1, 1, 'low'],
    [2, 2, 4, 'low'],
    [1, 5, 5, 'medium'],
    [3, 3, 9, 'medium'],
    [2, 5, 10, 'high'],
    [4, 4, 16, 'high'],
    [4, 5, 20, 'critical'],
    [5, 5, 25, 'critical'],
  ])('likelihood %i × consequence %i = %i, %s', (likelihood, consequence, score, level) => {
    expect(riskScore(likelihood, consequence)).toBe(score);
    expect(riskLevel(score)).toBe(level);
  });

  it('derives the score range of each level from the same thresholds', () => {
    expect(RISK_LEVEL_RANGES).toEqual({ low: [1, 4], medium: [5, 9], high: [10, 19], critical: [20, 25] });
  });

  it('gives every cell its level and counts the risks in it', () => {
    const matrix = buildMatrix([
      { likelihood: 5, consequence: 5 },
      { likelihood: 5, consequence: 5 },
      { likelihood: 1, consequence: 3 },
    ]);
    expect(matrix).toHaveLength(5);
    expect(matrix[0][4]).toEqual({ likelihood: 5, consequence: 5, score: 25, level: 'critical', count: 2 });
    expect(matrix[4][2]).toEqual({ likelihood: 1, consequence: 3, score: 3, level: 'low', count: 1 });
    const levels = matrix.flat().map((cell) => cell.level);
    expect(levels.filter((l) => l === 'critical')).toHaveLength(3);
    expect(levels.filter((l) => l === 'low')).toHaveLength(8);
  });
});
