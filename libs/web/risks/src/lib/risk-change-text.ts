import {
  Language,
  MITIGATION_STATUS_LABELS,
  MitigationDto,
  RISK_CATEGORY_LABELS,
  RISK_STATUS_LABELS,
  RISK_TREATMENT_LABELS,
  Translated,
} from '@tryggplan/shared/domain';

const ENUM_LABELS: Record<string, Record<string, Translated>> = {
  category: RISK_CATEGORY_LABELS,
  status: RISK_STATUS_LABELS,
  treatment: RISK_TREATMENT_LABELS,
};

/** One side (old or new) of a change history entry, in words a reader of the risk page knows. */
export function changeText(
  field: string,
  value: unknown,
  lang: Language,
  siteNames: ReadonlyMap<string, string> = new Map(),
): string {
  if (value === null || value === undefined || value === '') return '–';
  const labels = ENUM_LABELS[field];
  if (labels && typeof value === 'string') return labels[value]?.[lang] ?? value;
  if (field === 'siteIds' && Array.isArray(value)) {
    return value.length ? value.map((id) => siteNames.get(String(id)) ?? String(id)).join(', ') : '–';
  }
  if (field === 'mitigations' && Array.isArray(value)) {
    if (value.length === 0) return '–';
    return (value as Partial<MitigationDto>[])
      .map((m) => {
        const status = m.status ? MITIGATION_STATUS_LABELS[m.status][lang] : '';
        return [m.description, m.owner, m.dueDate, status].filter(Boolean).join(' · ');
      })
      .join('\n');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
