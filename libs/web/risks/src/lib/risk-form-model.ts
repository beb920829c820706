import {
  MitigationStatus,
  RiskCategory,
  RiskCreate,
  RiskDto,
  RiskStatus,
  RiskTreatment,
} from '@tryggplan/shared/domain';

/** One mitigation row as the form holds it (text inputs: empty strings, not nulls). */
export interface MitigationDraft {
  id?: string;
  description: string;
  owner: string;
  dueDate: string;
  status: MitigationStatus;
}

/** The risk form's values; scales are strings from <select>s so "not assessed" can be empty. */
export interface RiskDraft {
  title: string;
  description: string;
  category: RiskCategory | '';
  likelihood: string;
  consequence: string;
  treatment: RiskTreatment;
  status: RiskStatus;
  owner: string;
  residualLikelihood: string;
  residualConsequence: string;
  siteIds: string[];
  mitigations: MitigationDraft[];
}

export function emptyMitigation(): MitigationDraft {
  return { description: '', owner: '', dueDate: '', status: 'planned' };
}

export function emptyDraft(): RiskDraft {
  return {
    title: '',
    description: '',
    category: '',
    likelihood: '',
    consequence: '',
    treatment: 'reduce',
    status: 'open',
    owner: '',
    residualLikelihood: '',
    residualConsequence: '',
    siteIds: [],
    mitigations: [],
  };
}

export function draftOf(risk: RiskDto): RiskDraft {
  const scale = (value: number | null) => (value == null ? '' : String(value));
  return {
    title: risk.title,
    description: risk.description,
    category: risk.category,
    likelihood: scale(risk.likelihood),
    consequence: scale(risk.consequence),
    treatment: risk.treatment,
    status: risk.status,
    owner: risk.owner,
    residualLikelihood: scale(risk.residualLikelihood),
    residualConsequence: scale(risk.residualConsequence),
    siteIds: [...risk.siteIds],
    mitigations: risk.mitigations.map((m) => ({
      id: m.id,
      description: m.description,
      owner: m.owner,
      dueDate: m.dueDate ?? '',
      status: m.status,
    })),
  };
}

/** An empty select is "missing" (undefined) so the shared schema reports it as required. */
function scaleValue(value: string): number | undefined {
  return value === '' ? undefined : Number(value);
}

/** The request body for the form's values, in the shape of the shared zod schemas. */
export function bodyOf(draft: RiskDraft): RiskCreate {
  return {
    title: draft.title,
    description: draft.description,
    category: (draft.category || undefined) as RiskCategory,
    likelihood: scaleValue(draft.likelihood) as number,
    consequence: scaleValue(draft.consequence) as number,
    treatment: draft.treatment,
    status: draft.status,
    owner: draft.owner,
    residualLikelihood: draft.residualLikelihood === '' ? null : Number(draft.residualLikelihood),
    residualConsequence: draft.residualConsequence === '' ? null : Number(draft.residualConsequence),
    siteIds: draft.siteIds,
    mitigations: draft.mitigations.map((m) => ({
      ...(m.id ? { id: m.id } : {}),
      description: m.description,
      owner: m.owner,
      dueDate: m.dueDate || null,
      status: m.status,
    })),
  };
}
