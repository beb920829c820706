import { UploadedTable } from '@tryggplan/api/core';
import {
  addToContactIndex,
  contactIndex,
  ExistingParticipant,
  participantProblems,
} from '@tryggplan/api/participants-data';
import {
  acceptedColumnNames,
  codeOfLabel,
  guessField,
  isoToWallClock,
  participantColumnHeaders,
  ParticipantImportField,
  SiteKind,
  ValidationCode,
  Language,
  PARTICIPANT_IMPORT_FIELDS,
  PARTICIPANT_ROLE_LABELS,
  ParticipantCreate,
  participantCreateSchema,
  ParticipantDto,
  PROTECTION_LEVEL_LABELS,
  Translated,
  validate,
  validationMessage,
  ValidationDetail,
  wallClockToIso,
} from '@tryggplan/shared/domain';

export interface ImportRowProblem extends ValidationDetail {
  row: number;
}

export type ImportAction = 'new' | 'changed' | 'unchanged';

/** One row of the file as the import will apply it. */
export interface ImportRow {
  line: number;
  action: ImportAction;
  participant: ParticipantCreate;
  /** The person on the list the row updates (matched by e-mail, then phone). */
  match?: { id: string; version: number };
  /** The fields the row changes, for `changed`. */
  changedFields: (keyof ParticipantCreate)[];
}

interface ImportContext {
  siteKinds: Map<string, SiteKind>;
  keepsParty: boolean;
  existing: ExistingParticipant[];
  timezone: string;
}

type Columns = Record<string, ParticipantImportField | null>;

function columnProblems(table: UploadedTable, mapping: Record<string, string>, lang: Language) {
  const columns: Columns = {};
  const problems: ImportRowProblem[] = [];
  const accepted = ` ${validationMessage('accepted_columns', lang, { columns: acceptedColumnNames(lang) })}`;
  for (const header of table.headers) {
    const target = mapping[header] ?? guessField(header) ?? null;
    const known =
      !target || target === 'ignore' || (PARTICIPANT_IMPORT_FIELDS as readonly string[]).includes(target);
    if (!known) {
      problems.push({
        row: 1,
        field: header,
        code: 'unknown_column',
        message: validationMessage('unknown_column', lang) + accepted,
      });
    }
    columns[header] = known && target !== 'ignore' ? (target as ParticipantImportField | null) : null;
  }
  if (!Object.values(columns).includes('fullName')) {
    problems.push({
      row: 1,
      field: 'fullName',
      code: 'missing_column',
      message: validationMessage('missing_column', lang) + accepted,
    });
  }
  if (table.rows.length === 0) {
    problems.push({
      row: 1,
      field: 'file',
      code: 'empty_file',
      message: validationMessage('empty_file', lang),
    });
  }
  return { columns, problems };
}

/** The participant fields the file's columns carry: only these are written when a row updates someone. */
function importedKeys(columns: Columns): (keyof ParticipantCreate)[] {
  const keys = new Set<keyof ParticipantCreate>();
  for (const field of Object.values(columns)) {
    if (!field) continue;
    keys.add(
      field === 'emergencyContactName' || field === 'emergencyContactPhone' ? 'emergencyContact' : field,
    );
  }
  return [...keys];
}

function rowInput(
  cells: Record<string, string>,
  columns: Columns,
  timezone: string,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const contact: Record<string, string> = {};
  for (const [header, raw] of Object.entries(cells)) {
    const field = columns[header];
    if (!field || raw === '') continue;
    if (field === 'role') input['role'] = codeOfLabel(raw, PARTICIPANT_ROLE_LABELS);
    else if (field === 'protectionLevel')
      input['protectionLevel'] = codeOfLabel(raw, PROTECTION_LEVEL_LABELS);
    else if (field === 'arrivalAt' || field === 'departureAt')
      input[field] = wallClockToIso(raw, timezone) ?? raw;
    else if (field === 'emergencyContactName') contact['name'] = raw;
    else if (field === 'emergencyContactPhone') contact['phone'] = raw;
    else input[field] = raw;
  }
  if (contact['name'] || contact['phone']) input['emergencyContact'] = contact;
  return input;
}

const CHOICE_LABELS: Partial<Record<string, Record<string, Translated>>> = {
  role: PARTICIPANT_ROLE_LABELS,
  protectionLevel: PROTECTION_LEVEL_LABELS,
};

/** A file holds labels and local times, so its messages name labels and the local format, not codes and ISO 8601. */
function inFileTerms(detail: ValidationDetail, lang: Language): ValidationDetail {
  const labels = CHOICE_LABELS[detail.field];
  if (detail.code === 'invalid_choice' && labels) {
    const options = Object.values(labels)
      .map((label) => label[lang])
      .join(', ');
    return { ...detail, message: validationMessage('invalid_choice', lang, { options }) };
  }
  if (detail.code === 'invalid_datetime') {
    return { ...detail, message: validationMessage('invalid_wall_clock', lang) };
  }
  return detail;
}

const blank = (value: unknown) => value === undefined || value === null || value === '';

function sameValue(a: unknown, b: unknown): boolean {
  if (blank(a) && blank(b)) return true;
  if (typeof a === 'string' && typeof b === 'string' && !Number.isNaN(Date.parse(a)) && /^\d{4}-/.test(a)) {
    return Date.parse(a) === Date.parse(b);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Maps columns (an explicit mapping first, then known names), reads every row against the one participant
 * schema and the event's rules, and matches each row with someone on the list by e-mail, then phone: a match
 * is updated in the file's columns only (new, changed or unchanged); doubles within the file are refused.
 */
export function parseParticipantTable(
  table: UploadedTable,
  mapping: Record<string, string>,
  context: ImportContext,
  lang: Language,
): { rows: ImportRow[]; problems: ImportRowProblem[]; columns: Record<string, string | null> } {
  const { columns, problems } = columnProblems(table, mapping, lang);
  if (problems.length > 0) return { rows: [], problems, columns };

  const keys = importedKeys(columns);
  const byEmail = new Map<string, ExistingParticipant>();
  const byPhone = new Map<string, ExistingParticipant>();
  for (const person of context.existing) {
    if (person.email) byEmail.set(person.email.toLowerCase(), person);
    if (person.phone) byPhone.set(person.phone, person);
  }
  const index = contactIndex(context.existing);
  const matchedOn = new Map<string, { line: number; fullName: string }>();
  const rows: ImportRow[] = [];
  const fail = (line: number, details: ValidationDetail[]) =>
    problems.push(...details.map((detail) => ({ ...inFileTerms(detail, lang), row: line })));

  for (const { line, cells } of table.rows) {
    const read = validate(participantCreateSchema, rowInput(cells, columns, context.timezone), lang);
    if (!read.ok) {
      fail(line, read.details);
      continue;
    }
    const match =
      (read.value.email ? byEmail.get(read.value.email.toLowerCase()) : undefined) ??
      (read.value.phone ? byPhone.get(read.value.phone) : undefined);
    const earlier = match ? matchedOn.get(match.id) : undefined;
    if (match && earlier) {
      fail(line, [
        {
          field: read.value.email ? 'email' : 'phone',
          code: 'duplicate',
          message: validationMessage('matches_same_person', lang, {
            row: earlier.line,
            other: earlier.fullName,
          }),
        },
      ]);
      continue;
    }
    let participant = read.value;
    if (match) {
      const kept = Object.fromEntries(
        Object.entries(match.editable).filter(([key]) => !keys.includes(key as keyof ParticipantCreate)),
      );
      const merged = validate(participantCreateSchema, { ...kept, ...read.value }, lang);
      if (!merged.ok) {
        fail(line, merged.details);
        continue;
      }
      participant = merged.value;
    }
    const ruleProblems = participantProblems(
      participant,
      { ...context, others: [], index, selfId: match?.id },
      lang,
    );
    if (ruleProblems.length > 0) {
      fail(
        line,
        ruleProblems.map((detail) => ({
          ...detail,
          code: (detail.code ?? 'invalid_value') as ValidationCode,
        })),
      );
      continue;
    }
    const id = match?.id ?? `row:${line}`;
    addToContactIndex(index, {
      id,
      fullName: participant.fullName,
      email: participant.email ?? null,
      phone: participant.phone ?? null,
    });
    if (!match) {
      rows.push({ line, action: 'new', participant, changedFields: [] });
      continue;
    }
    matchedOn.set(match.id, { line, fullName: match.fullName });
    const changedFields = keys.filter((key) => !sameValue(participant[key], match.editable[key]));
    rows.push({
      line,
      action: changedFields.length > 0 ? 'changed' : 'unchanged',
      participant,
      match: { id: match.id, version: match.version },
      changedFields,
    });
  }
  return { rows, problems, columns };
}

/** The list as a spreadsheet a person can edit and import again: labelled headers and the event's local time. */
export function participantExportRows(participants: ParticipantDto[], lang: Language, timezone: string) {
  const local = (iso: string | null) => (iso ? isoToWallClock(iso, timezone) : '');
  const rows = participants.map((p) => [
    p.fullName,
    PARTICIPANT_ROLE_LABELS[p.role][lang],
    p.organization,
    p.email ?? '',
    p.phone ?? '',
    PROTECTION_LEVEL_LABELS[p.protectionLevel][lang],
    local(p.arrivalAt),
    local(p.departureAt),
    p.emergencyContact?.name ?? '',
    p.emergencyContact?.phone ?? '',
    p.notes,
  ]);
  return { headers: participantColumnHeaders(lang), rows };
}
