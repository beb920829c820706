import { Translated } from './language';

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const LIKELIHOOD_VALUES = [1, 2, 3, 4, 5] as const;
export const CONSEQUENCE_VALUES = [1, 2, 3, 4, 5] as const;

/** The one definition of the 5 × 5 matrix: the lowest score of each level (PRODUCT.md). */
const LEVEL_FLOORS: readonly [RiskLevel, number][] = [
  ['critical', 20],
  ['high', 10],
  ['medium', 5],
  ['low', 1],
];

/** Lowest and highest score of each level, e.g. high = [10, 16]. */
export const RISK_LEVEL_RANGES = Object.fromEntries(
  LEVEL_FLOORS.map(([level, floor], index) => [
    level,
    [floor, index === 0 ? 25 : LEVEL_FLOORS[index - 1][1] - 1],
  ]),
) as Record<RiskLevel, [number, number]>;

export function riskScore(likelihood: number, consequence: number): number {
  return likelihood * consequence;
}

export function riskLevel(score: number): RiskLevel {
  for (const [level, floor] of LEVEL_FLOORS) if (score >= floor) return level;
  return 'low';
}

export const RISK_LEVEL_LABELS: Record<RiskLevel, Translated> = {
  low: { sv: 'Låg', en: 'Low' },
  medium: { sv: 'Medel', en: 'Medium' },
  high: { sv: 'Hög', en: 'High' },
  critical: { sv: 'Kritisk', en: 'Critical' },
};

/** Fill colours with dark text at ≥ 4.5:1 contrast; the level is always shown as text too. */
export const RISK_LEVEL_COLOURS: Record<RiskLevel, string> = {
  low: '#c8e6c9',
  medium: '#fff3a0',
  high: '#ffcc80',
  critical: '#ef9a9a',
};

export const LIKELIHOOD_LABELS: Record<number, Translated> = {
  1: { sv: 'Mycket osannolik', en: 'Very unlikely' },
  2: { sv: 'Osannolik', en: 'Unlikely' },
  3: { sv: 'Möjlig', en: 'Possible' },
  4: { sv: 'Sannolik', en: 'Likely' },
  5: { sv: 'Mycket sannolik', en: 'Very likely' },
};

export const CONSEQUENCE_LABELS: Record<number, Translated> = {
  1: { sv: 'Försumbar', en: 'Negligible' },
  2: { sv: 'Begränsad', en: 'Minor' },
  3: { sv: 'Allvarlig', en: 'Serious' },
  4: { sv: 'Mycket allvarlig', en: 'Very serious' },
  5: { sv: 'Katastrofal', en: 'Catastrophic' },
};

export interface MatrixCell {
  likelihood: number;
  consequence: number;
  score: number;
  level: RiskLevel;
  count: number;
}

/** Counts per cell, likelihood 5 first (the top row of the heat map). */
export function buildMatrix(points: { likelihood: number; consequence: number }[]): MatrixCell[][] {
  return [...LIKELIHOOD_VALUES].reverse().map((likelihood) =>
    CONSEQUENCE_VALUES.map((consequence) => {
      const score = riskScore(likelihood, consequence);
      return {
        likelihood,
        consequence,
        score,
        level: riskLevel(score),
        count: points.filter((p) => p.likelihood === likelihood && p.consequence === consequence).length,
      };
    }),
  );
}
