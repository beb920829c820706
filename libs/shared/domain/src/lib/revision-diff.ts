import { Language, Translated } from './language';
import { CONSEQUENCE_LABELS, LIKELIHOOD_LABELS, RISK_LEVEL_LABELS, RiskLevel } from './risk-matrix';
import {
  MITIGATION_STATUS_LABELS,
  MitigationDto,
  MitigationStatus,
  RISK_CATEGORY_LABELS,
  RISK_STATUS_LABELS,
  RISK_TREATMENT_LABELS,
  RiskCategory,
  RiskDto,
  RiskStatus,
  RiskTreatment,
} from './risk';

/** The fields of a risk compared between two revisions, in the order a reader goes through a risk. */
export const RISK_DIFF_FIELDS = [
  'title',
  'description',
  'category',
  'likelihood',
  'consequence',
  'level',
  'treatment',
  'status',
  'owner',
  'residualLikelihood',
  'residualConsequence',
  'residualLevel',
  'sites',
] as const;
export type RiskDiffField = (typeof RISK_DIFF_FIELDS)[number];

export const MITIGATION_DIFF_FIELDS = ['description', 'owner', 'dueDate', 'status'] as const;
export type MitigationDiffField = (typeof MITIGATION_DIFF_FIELDS)[number];

/** A field's value in one revision: text, a 1–5 value, a code (category, level…), site names or none. */
export type RiskDiffValue = string | number | string[] | null;

export interface RiskFieldChange {
  field: RiskDiffField;
  before: RiskDiffValue;
  after: RiskDiffValue;
}

export interface MitigationFieldChange {
  field: MitigationDiffField;
  before: string | null;
  after: string | null;
}

export interface MitigationRef {
  id: string;
  description: string;
  status: MitigationStatus;
}

export interface MitigationChange extends MitigationRef {
  fields: MitigationFieldChange[];
}

/** A risk as the diff names it: its place in its revision's register tells risks of one title apart. */
export interface RiskRef {
  id: string;
  /** 1-based position in the register of the revision the risk is in (the later one, if in both). */
  number: number;
  title: string;
}

export interface ChangedRisk extends RiskRef {
  fields: RiskFieldChange[];
  mitigations: { added: MitigationRef[]; removed: MitigationRef[]; changed: MitigationChange[] };
}

/** Risks added, removed and changed (matched by id) between two revisions of one risk plan. */
export interface RevisionDiff {
  added: RiskRef[];
  removed: RiskRef[];
  changed: ChangedRisk[];
}

/** One side of the comparison; `sites` null when the reader may not see them (no sites compared then). */
export interface RevisionDiffSide {
  risks: readonly RiskDto[];
  sites: readonly { id: string; name: string }[] | null;
}

export const RISK_DIFF_FIELD_LABELS: Record<RiskDiffField, Translated> = {
  title: { sv: 'Rubrik', en: 'Title' },
  description: { sv: 'Beskrivning', en: 'Description' },
  category: { sv: 'Kategori', en: 'Category' },
  likelihood: { sv: 'Sannolikhet', en: 'Likelihood' },
  consequence: { sv: 'Konsekvens', en: 'Consequence' },
  level: { sv: 'Risknivå', en: 'Risk level' },
  treatment: { sv: 'Hantering', en: 'Treatment' },
  status: { sv: 'Status', en: 'Status' },
  owner: { sv: 'Ansvarig', en: 'Owner' },
  residualLikelihood: { sv: 'Kvarvarande sannolikhet', en: 'Residual likelihood' },
  residualConsequence: { sv: 'Kvarvarande konsekvens', en: 'Residual consequence' },
  residualLevel: { sv: 'Kvarvarande risknivå', en: 'Residual risk level' },
  sites: { sv: 'Platser', en: 'Sites' },
};

export const MITIGATION_DIFF_FIELD_LABELS: Record<MitigationDiffField, Translated> = {
  description: { sv: 'Beskrivning', en: 'Description' },
  owner: { sv: 'Ansvarig', en: 'Owner' },
  dueDate: { sv: 'Klart senast', en: 'Due' },
  status: { sv: 'Status', en: 'Status' },
};

const NONE: Translated = { sv: 'Inget angivet', en: 'None given' };
const NOT_ASSESSED: Translated = { sv: 'Inte bedömd', en: 'Not assessed' };

type Sites = ReadonlyMap<string, string> | null;

function siteNames(risk: RiskDto, sites: ReadonlyMap<string, string>): string[] {
  return risk.siteIds
    .map((id) => sites.get(id))
    .filter((name): name is string => name !== undefined)
    .sort((a, b) => a.localeCompare(b, 'sv'));
}

function fieldValue(risk: RiskDto, field: RiskDiffField, sites: ReadonlyMap<string, string>): RiskDiffValue {
  return field === 'sites' ? siteNames(risk, sites) : risk[field];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function mitigationChanges(before: readonly MitigationDto[], after: readonly MitigationDto[]) {
  const ref = ({ id, description, status }: MitigationDto): MitigationRef => ({ id, description, status });
  const old = new Map(before.map((mitigation) => [mitigation.id, mitigation]));
  const current = new Set(after.map((mitigation) => mitigation.id));
  const changed: MitigationChange[] = [];
  for (const mitigation of after) {
    const previous = old.get(mitigation.id);
    if (!previous) continue;
    const fields = MITIGATION_DIFF_FIELDS.filter((field) => previous[field] !== mitigation[field]).map(
      (field) => ({ field, before: previous[field], after: mitigation[field] }),
    );
    if (fields.length) changed.push({ ...ref(mitigation), fields });
  }
  return {
    added: after.filter((mitigation) => !old.has(mitigation.id)).map(ref),
    removed: before.filter((mitigation) => !current.has(mitigation.id)).map(ref),
    changed,
  };
}

function riskChange(
  previous: RiskDto,
  risk: RiskDto,
  number: number,
  sites: [Sites, Sites],
): ChangedRisk | null {
  const [oldSites, newSites] = sites;
  const fields: RiskFieldChange[] = [];
  for (const field of RISK_DIFF_FIELDS) {
    if (field === 'sites' && (!oldSites || !newSites)) continue;
    const before = fieldValue(previous, field, oldSites ?? new Map());
    const after = fieldValue(risk, field, newSites ?? new Map());
    if (!same(before, after)) fields.push({ field, before, after });
  }
  const mitigations = mitigationChanges(previous.mitigations, risk.mitigations);
  const mitigationsChanged =
    mitigations.added.length + mitigations.removed.length + mitigations.changed.length > 0;
  if (!fields.length && !mitigationsChanged) return null;
  return { id: risk.id, number, title: risk.title, fields, mitigations };
}

const siteMap = (side: RevisionDiffSide): Sites =>
  side.sites ? new Map(side.sites.map((site) => [site.id, site.name])) : null;

/**
 * What changed from `before` to `after`, field by field with the old and new value: risks matched by
 * id, sites compared by name (only when both sides carry them), mitigations added, removed and changed.
 * Bookkeeping (version, timestamps) and scores derived from the compared values are no change.
 */
export function diffRevisions(before: RevisionDiffSide, after: RevisionDiffSide): RevisionDiff {
  const old = new Map(before.risks.map((risk, index) => [risk.id, { risk, number: index + 1 }]));
  const current = new Set(after.risks.map((risk) => risk.id));
  const sites: [Sites, Sites] = [siteMap(before), siteMap(after)];
  const added: RiskRef[] = [];
  const changed: ChangedRisk[] = [];
  after.risks.forEach((risk, index) => {
    const previous = old.get(risk.id);
    if (!previous) {
      added.push({ id: risk.id, number: index + 1, title: risk.title });
      return;
    }
    const change = riskChange(previous.risk, risk, index + 1, sites);
    if (change) changed.push(change);
  });
  const removed = [...old.values()]
    .filter(({ risk }) => !current.has(risk.id))
    .map(({ risk, number }) => ({ id: risk.id, number, title: risk.title }));
  return { added, removed, changed };
}

/** A compared risk field's value as the reader sees it, in their language. */
export function riskDiffValueText(field: RiskDiffField, value: RiskDiffValue, lang: Language): string {
  if (value === null) return (field.startsWith('residual') ? NOT_ASSESSED : NONE)[lang];
  if (Array.isArray(value)) return value.length ? value.join(', ') : NONE[lang];
  if (value === '') return NONE[lang];
  switch (field) {
    case 'category':
      return RISK_CATEGORY_LABELS[value as RiskCategory][lang];
    case 'treatment':
      return RISK_TREATMENT_LABELS[value as RiskTreatment][lang];
    case 'status':
      return RISK_STATUS_LABELS[value as RiskStatus][lang];
    case 'level':
    case 'residualLevel':
      return RISK_LEVEL_LABELS[value as RiskLevel][lang];
    case 'likelihood':
    case 'residualLikelihood':
      return `${value} ${LIKELIHOOD_LABELS[value as number][lang]}`;
    case 'consequence':
    case 'residualConsequence':
      return `${value} ${CONSEQUENCE_LABELS[value as number][lang]}`;
    default:
      return String(value);
  }
}

/** A mitigation field's value as the reader sees it, in their language. */
export function mitigationDiffValueText(
  field: MitigationDiffField,
  value: string | null,
  lang: Language,
): string {
  if (value === null || value === '') return NONE[lang];
  return field === 'status' ? MITIGATION_STATUS_LABELS[value as MitigationStatus][lang] : value;
}
