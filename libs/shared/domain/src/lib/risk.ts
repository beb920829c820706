import { z } from 'zod';
import { Translated } from './language';
import { RiskLevel } from './risk-matrix';
import { isoDate, lineText, optionalLineText, optionalText, trimmedText, versionField } from './validation';

export const RISK_CATEGORIES = [
  'threats-harassment',
  'violence',
  'crowding',
  'demonstration-disruption',
  'attack',
  'fire',
  'weather-heat',
  'medical',
  'theft',
  'transport',
  'information-security',
  'other',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_TREATMENTS = ['avoid', 'reduce', 'transfer', 'accept'] as const;
export type RiskTreatment = (typeof RISK_TREATMENTS)[number];

export const RISK_STATUSES = ['open', 'mitigated', 'accepted', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const MITIGATION_STATUSES = ['planned', 'in-progress', 'done'] as const;
export type MitigationStatus = (typeof MITIGATION_STATUSES)[number];

export const RISK_CATEGORY_LABELS: Record<RiskCategory, Translated> = {
  'threats-harassment': { sv: 'Hot och trakasserier', en: 'Threats and harassment' },
  violence: { sv: 'Våld', en: 'Violence' },
  crowding: { sv: 'Trängsel', en: 'Crowding' },
  'demonstration-disruption': { sv: 'Demonstration och störning', en: 'Demonstration and disruption' },
  attack: { sv: 'Attack', en: 'Attack' },
  fire: { sv: 'Brand', en: 'Fire' },
  'weather-heat': { sv: 'Väder och värme', en: 'Weather and heat' },
  medical: { sv: 'Sjukdom och olycksfall', en: 'Medical' },
  theft: { sv: 'Stöld', en: 'Theft' },
  transport: { sv: 'Transport', en: 'Transport' },
  'information-security': { sv: 'Informationssäkerhet och doxning', en: 'Information security and doxxing' },
  other: { sv: 'Övrigt', en: 'Other' },
};

export const RISK_TREATMENT_LABELS: Record<RiskTreatment, Translated> = {
  avoid: { sv: 'Undvika', en: 'Avoid' },
  reduce: { sv: 'Reducera', en: 'Reduce' },
  transfer: { sv: 'Överföra', en: 'Transfer' },
  accept: { sv: 'Acceptera', en: 'Accept' },
};

export const RISK_STATUS_LABELS: Record<RiskStatus, Translated> = {
  open: { sv: 'Öppen', en: 'Open' },
  mitigated: { sv: 'Åtgärdad', en: 'Mitigated' },
  accepted: { sv: 'Accepterad', en: 'Accepted' },
  closed: { sv: 'Stängd', en: 'Closed' },
};

export const MITIGATION_STATUS_LABELS: Record<MitigationStatus, Translated> = {
  planned: { sv: 'Planerad', en: 'Planned' },
  'in-progress': { sv: 'Pågår', en: 'In progress' },
  done: { sv: 'Klar', en: 'Done' },
};

const scale = z.int().min(1).max(5);

export const mitigationSchema = z.strictObject({
  id: z.string().max(64).optional(),
  description: trimmedText(1, 2000),
  owner: optionalLineText(200).optional(),
  dueDate: isoDate.nullable().optional(),
  status: z.enum(MITIGATION_STATUSES).optional(),
});
export type MitigationInput = z.output<typeof mitigationSchema>;

const riskFields = {
  title: lineText(1, 200),
  description: optionalText(10000),
  category: z.enum(RISK_CATEGORIES),
  likelihood: scale,
  consequence: scale,
  treatment: z.enum(RISK_TREATMENTS),
  status: z.enum(RISK_STATUSES),
  owner: optionalLineText(200),
  residualLikelihood: scale.nullable(),
  residualConsequence: scale.nullable(),
  siteIds: z.array(z.string().min(1).max(64)).max(200),
  mitigations: z.array(mitigationSchema).max(100),
};

/** Residual risk is what remains after mitigation: given as a pair, and never above the inherent score. */
export function checkResidual(
  value: {
    likelihood?: number;
    consequence?: number;
    residualLikelihood?: number | null;
    residualConsequence?: number | null;
  },
  ctx: z.RefinementCtx,
): void {
  const hasL = value.residualLikelihood != null;
  const hasC = value.residualConsequence != null;
  if (hasL !== hasC) {
    ctx.addIssue({
      code: 'custom',
      path: [hasL ? 'residualConsequence' : 'residualLikelihood'],
      params: { code: 'residual_pair' },
    });
    return;
  }
  if (hasL && value.likelihood != null && value.consequence != null) {
    const inherent = value.likelihood * value.consequence;
    const residual = (value.residualLikelihood as number) * (value.residualConsequence as number);
    if (residual > inherent) {
      ctx.addIssue({
        code: 'custom',
        path: ['residualLikelihood'],
        params: { code: 'residual_above_inherent', residual, inherent },
      });
    }
  }
}

export const riskCreateSchema = z
  .strictObject({
    ...riskFields,
    description: riskFields.description.optional(),
    treatment: riskFields.treatment.optional(),
    status: riskFields.status.optional(),
    owner: riskFields.owner.optional(),
    residualLikelihood: riskFields.residualLikelihood.optional(),
    residualConsequence: riskFields.residualConsequence.optional(),
    siteIds: riskFields.siteIds.optional(),
    mitigations: riskFields.mitigations.optional(),
  })
  .superRefine(checkResidual);
export type RiskCreate = z.output<typeof riskCreateSchema>;

export const riskUpdateSchema = z
  .strictObject(riskFields)
  .partial()
  .extend({ version: versionField })
  .superRefine(checkResidual);
export type RiskUpdate = z.output<typeof riskUpdateSchema>;

export interface MitigationDto {
  id: string;
  description: string;
  owner: string;
  dueDate: string | null;
  status: MitigationStatus;
}

/** A mitigation not done whose due date (YYYY-MM-DD) lies before `today` (the same form, in the event's zone). */
export function isMitigationOverdue(
  mitigation: Pick<MitigationDto, 'status' | 'dueDate'>,
  today: string,
): boolean {
  return mitigation.status !== 'done' && !!mitigation.dueDate && mitigation.dueDate < today;
}

export interface RiskDto {
  id: string;
  eventId: string;
  title: string;
  description: string;
  category: RiskCategory;
  likelihood: number;
  consequence: number;
  score: number;
  level: RiskLevel;
  treatment: RiskTreatment;
  status: RiskStatus;
  owner: string;
  residualLikelihood: number | null;
  residualConsequence: number | null;
  residualScore: number | null;
  residualLevel: RiskLevel | null;
  siteIds: string[];
  mitigations: MitigationDto[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface RiskChangeDto {
  id: string;
  riskId: string;
  at: string;
  actor: string;
  version: number;
  changes: { field: string; from: unknown; to: unknown }[];
}
