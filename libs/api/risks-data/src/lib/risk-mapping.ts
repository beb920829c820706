import {
  MitigationDto,
  MitigationInput,
  RiskCreate,
  RiskDto,
  riskLevel,
  riskScore,
} from '@tryggplan/shared/domain';
import { randomUUID } from 'node:crypto';
import { RiskEntity } from './risk.entity';

/** The risk as the API shows it; its linked sites come from `risk_sites`, in their saved order. */
export function toRiskDto(risk: RiskEntity, siteIds: string[]): RiskDto {
  const residualScore =
    risk.residualLikelihood != null && risk.residualConsequence != null
      ? riskScore(risk.residualLikelihood, risk.residualConsequence)
      : null;
  const score = riskScore(risk.likelihood, risk.consequence);
  return {
    id: risk.id,
    eventId: risk.eventId,
    title: risk.title,
    description: risk.description,
    category: risk.category,
    likelihood: risk.likelihood,
    consequence: risk.consequence,
    score,
    level: riskLevel(score),
    treatment: risk.treatment,
    status: risk.status,
    owner: risk.owner,
    residualLikelihood: risk.residualLikelihood,
    residualConsequence: risk.residualConsequence,
    residualScore,
    residualLevel: residualScore == null ? null : riskLevel(residualScore),
    siteIds,
    mitigations: risk.mitigations,
    version: risk.version,
    createdAt: risk.createdAt,
    updatedAt: risk.updatedAt,
  };
}

/** A row as the driver returns it: the JSON column still text. */
export type RawRisk = Omit<RiskEntity, 'mitigations'> & { mitigations: unknown };

export function fromRawRisk(row: RawRisk, siteIds: string[]): RiskDto {
  const mitigations = (
    typeof row.mitigations === 'string' ? JSON.parse(row.mitigations) : row.mitigations
  ) as MitigationDto[] | null;
  return toRiskDto({ ...row, mitigations: mitigations ?? [] }, siteIds);
}

/** The sites an input links, each once, in the order given. */
export function linkedSiteIds(input: RiskCreate): string[] {
  return [...new Set(input.siteIds ?? [])];
}

export function toMitigations(inputs: MitigationInput[]): MitigationDto[] {
  return inputs.map((m) => ({
    id: m.id ?? randomUUID(),
    description: m.description,
    owner: m.owner ?? '',
    dueDate: m.dueDate ?? null,
    status: m.status ?? 'planned',
  }));
}

/** The editable fields of a risk with defaults applied, and the columns derived from them (sites: linkedSiteIds). */
export function toRiskColumns(input: RiskCreate): Partial<RiskEntity> {
  const mitigations = toMitigations(input.mitigations ?? []);
  const residualLikelihood = input.residualLikelihood ?? null;
  const residualConsequence = input.residualConsequence ?? null;
  const openDueDates = mitigations
    .filter((m) => m.status !== 'done' && m.dueDate)
    .map((m) => m.dueDate as string)
    .sort();
  return {
    title: input.title,
    description: input.description ?? '',
    category: input.category,
    likelihood: input.likelihood,
    consequence: input.consequence,
    score: riskScore(input.likelihood, input.consequence),
    treatment: input.treatment ?? 'reduce',
    status: input.status ?? 'open',
    owner: input.owner ?? '',
    residualLikelihood,
    residualConsequence,
    residualScore:
      residualLikelihood != null && residualConsequence != null
        ? riskScore(residualLikelihood, residualConsequence)
        : null,
    mitigations,
    nextDueDate: openDueDates[0] ?? null,
  };
}

export function editableOf(dto: RiskDto): RiskCreate {
  return {
    title: dto.title,
    description: dto.description,
    category: dto.category,
    likelihood: dto.likelihood,
    consequence: dto.consequence,
    treatment: dto.treatment,
    status: dto.status,
    owner: dto.owner,
    residualLikelihood: dto.residualLikelihood,
    residualConsequence: dto.residualConsequence,
    siteIds: dto.siteIds,
    mitigations: dto.mitigations,
  };
}

const TRACKED: (keyof RiskCreate)[] = [
  'title',
  'description',
  'category',
  'likelihood',
  'consequence',
  'treatment',
  'status',
  'owner',
  'residualLikelihood',
  'residualConsequence',
  'siteIds',
  'mitigations',
];

export function diffRisk(
  before: RiskCreate,
  after: RiskCreate,
): { field: string; from: unknown; to: unknown }[] {
  return TRACKED.filter(
    (field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null),
  ).map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }));
}
