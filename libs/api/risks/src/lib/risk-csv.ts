import { UploadedTable } from '@tryggplan/api/core';
import {
  Language,
  MITIGATION_STATUS_LABELS,
  RISK_CATEGORY_LABELS,
  RISK_LEVEL_LABELS,
  RISK_STATUS_LABELS,
  RISK_TREATMENT_LABELS,
  RiskCreate,
  riskCreateSchema,
  RiskDto,
  Translated,
  validate,
  ValidationDetail,
  validationMessage,
} from '@tryggplan/shared/domain';

export const RISK_COLUMNS = [
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
  'mitigations',
] as const;
type RiskColumn = (typeof RISK_COLUMNS)[number];

/** Swedish column names a person may use instead of the field names. */
const HEADER_ALIASES: Record<string, RiskColumn> = {
  titel: 'title',
  beskrivning: 'description',
  scenario: 'description',
  kategori: 'category',
  sannolikhet: 'likelihood',
  konsekvens: 'consequence',
  hantering: 'treatment',
  ägare: 'owner',
  ansvarig: 'owner',
  'kvarvarande sannolikhet': 'residualLikelihood',
  'kvarvarande konsekvens': 'residualConsequence',
  åtgärder: 'mitigations',
};
const READ_ONLY_COLUMNS = ['id', 'score', 'level', 'residualScore', 'residualLevel'];
const MITIGATION_SEPARATOR = ' | ';

function columnOf(header: string): RiskColumn | undefined {
  const key = header.trim();
  if ((RISK_COLUMNS as readonly string[]).includes(key)) return key as RiskColumn;
  return HEADER_ALIASES[key.toLowerCase()];
}

/** Accepts the code (`crowding`) or the label in either language (`Trängsel`, `Crowding`). */
function codeOf<T extends string>(value: string, labels: Record<T, Translated>): string {
  const wanted = value.trim().toLowerCase();
  const match = (Object.keys(labels) as T[]).find(
    (code) =>
      code === wanted || labels[code].sv.toLowerCase() === wanted || labels[code].en.toLowerCase() === wanted,
  );
  return match ?? value.trim();
}

const numberOrText = (value: string) => (/^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value);

export function exportRows(risks: RiskDto[], lang: Language): { headers: string[]; rows: unknown[][] } {
  const headers = [
    'id',
    ...RISK_COLUMNS.slice(0, 10),
    'score',
    'level',
    'residualScore',
    'residualLevel',
    'mitigations',
  ];
  const rows = risks.map((r) => [
    r.id,
    r.title,
    r.description,
    RISK_CATEGORY_LABELS[r.category][lang],
    r.likelihood,
    r.consequence,
    RISK_TREATMENT_LABELS[r.treatment][lang],
    RISK_STATUS_LABELS[r.status][lang],
    r.owner,
    r.residualLikelihood ?? '',
    r.residualConsequence ?? '',
    r.score,
    RISK_LEVEL_LABELS[r.level][lang],
    r.residualScore ?? '',
    r.residualLevel ? RISK_LEVEL_LABELS[r.residualLevel][lang] : '',
    r.mitigations
      .map((m) =>
        [m.description, m.owner, m.dueDate ?? '', MITIGATION_STATUS_LABELS[m.status][lang]]
          .filter(Boolean)
          .join(', '),
      )
      .join(MITIGATION_SEPARATOR),
  ]);
  return { headers, rows };
}

export interface ImportProblem extends ValidationDetail {
  row: number;
}

export interface ParsedImport {
  risks: RiskCreate[];
  problems: ImportProblem[];
}

function rowToInput(cells: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [header, raw] of Object.entries(cells)) {
    const column = columnOf(header);
    if (!column || raw === '') continue;
    switch (column) {
      case 'category':
        input[column] = codeOf(raw, RISK_CATEGORY_LABELS);
        break;
      case 'treatment':
        input[column] = codeOf(raw, RISK_TREATMENT_LABELS);
        break;
      case 'status':
        input[column] = codeOf(raw, RISK_STATUS_LABELS);
        break;
      case 'likelihood':
      case 'consequence':
      case 'residualLikelihood':
      case 'residualConsequence':
        input[column] = numberOrText(raw);
        break;
      case 'mitigations':
        input[column] = raw
          .split(/\s*\|\s*|\r?\n/)
          .map((description) => description.trim())
          .filter(Boolean)
          .map((description) => ({ description }));
        break;
      default:
        input[column] = raw;
    }
  }
  return input;
}

/** Checks the columns, then every row against the one risk schema; reports each bad row and field. */
export function parseRiskTable(table: UploadedTable, lang: Language): ParsedImport {
  const problems: ImportProblem[] = [];
  for (const header of table.headers) {
    if (header && !columnOf(header) && !READ_ONLY_COLUMNS.includes(header) && !header.startsWith('#')) {
      problems.push({
        row: 1,
        field: header,
        code: 'unknown_column',
        message: validationMessage('unknown_column', lang),
      });
    }
  }
  for (const required of ['title', 'category', 'likelihood', 'consequence'] as const) {
    if (!table.headers.some((header) => columnOf(header) === required)) {
      problems.push({
        row: 1,
        field: required,
        code: 'missing_column',
        message: validationMessage('missing_column', lang),
      });
    }
  }
  if (table.rows.length === 0) {
    problems.push({
      row: 1,
      field: 'file',
      code: 'empty_file',
      message: validationMessage('empty_file', lang),
    });
  }
  if (problems.length > 0) return { risks: [], problems };
  const risks: RiskCreate[] = [];
  for (const row of table.rows) {
    const result = validate(riskCreateSchema, rowToInput(row.cells), lang);
    if (result.ok) risks.push(result.value);
    else problems.push(...result.details.map((detail) => ({ ...detail, row: row.line })));
  }
  return { risks, problems };
}
