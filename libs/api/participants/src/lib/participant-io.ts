import { UploadedTable } from '@tryggplan/api/core';
import {
  addToContactIndex,
  contactIndex,
  ExistingContact,
  participantProblems,
} from '@tryggplan/api/participants-data';
import {
  guessField,
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

function codeOf<T extends string>(value: string, labels: Record<T, Translated>): string {
  const wanted = value.trim().toLowerCase();
  const match = (Object.keys(labels) as T[]).find(
    (code) =>
      code === wanted || labels[code].sv.toLowerCase() === wanted || labels[code].en.toLowerCase() === wanted,
  );
  return match ?? value.trim();
}

export interface ImportRowProblem extends ValidationDetail {
  row: number;
}

/**
 * Maps columns (an explicit mapping first, then known names), reads every row against the one participant
 * schema and the event's rules, and reports duplicates by email or phone within the file and against the event.
 */
export function parseParticipantTable(
  table: UploadedTable,
  mapping: Record<string, string>,
  context: { siteIds: Set<string>; keepsParty: boolean; others: ExistingContact[]; timezone: string },
  lang: Language,
): {
  participants: ParticipantCreate[];
  problems: ImportRowProblem[];
  columns: Record<string, string | null>;
} {
  const columns: Record<string, string | null> = {};
  const problems: ImportRowProblem[] = [];
  for (const header of table.headers) {
    const target = mapping[header] ?? guessField(header) ?? null;
    if (target && target !== 'ignore' && !(PARTICIPANT_IMPORT_FIELDS as readonly string[]).includes(target)) {
      problems.push({
        row: 1,
        field: header,
        code: 'unknown_column',
        message: validationMessage('unknown_column', lang),
      });
    }
    columns[header] = target === 'ignore' ? null : target;
  }
  if (!Object.values(columns).includes('fullName')) {
    problems.push({
      row: 1,
      field: 'fullName',
      code: 'missing_column',
      message: validationMessage('missing_column', lang),
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
  if (problems.length > 0) return { participants: [], problems, columns };

  const participants: ParticipantCreate[] = [];
  const index = contactIndex(context.others);
  for (const row of table.rows) {
    const input: Record<string, unknown> = {};
    const contact: Record<string, string> = {};
    for (const [header, raw] of Object.entries(row.cells)) {
      const field = columns[header];
      if (!field || raw === '') continue;
      if (field === 'role') input['role'] = codeOf(raw, PARTICIPANT_ROLE_LABELS);
      else if (field === 'protectionLevel') input['protectionLevel'] = codeOf(raw, PROTECTION_LEVEL_LABELS);
      else if (field === 'arrivalAt' || field === 'departureAt')
        input[field] = wallClockToIso(raw, context.timezone) ?? raw;
      else if (field === 'emergencyContactName') contact['name'] = raw;
      else if (field === 'emergencyContactPhone') contact['phone'] = raw;
      else input[field] = raw;
    }
    if (contact['name'] || contact['phone']) input['emergencyContact'] = contact;
    const result = validate(participantCreateSchema, input, lang);
    if (!result.ok) {
      problems.push(...result.details.map((detail) => ({ ...detail, row: row.line })));
      continue;
    }
    const ruleProblems = participantProblems(result.value, { ...context, index }, lang);
    if (ruleProblems.length > 0) {
      problems.push(
        ...ruleProblems.map((detail) => ({ ...detail, code: detail.code ?? 'invalid_value', row: row.line })),
      );
      continue;
    }
    participants.push(result.value);
    addToContactIndex(index, {
      fullName: result.value.fullName,
      email: result.value.email ?? null,
      phone: result.value.phone ?? null,
    });
  }
  return { participants, problems, columns };
}

export function participantExportRows(participants: ParticipantDto[], lang: Language) {
  const headers = [
    'fullName',
    'role',
    'organization',
    'email',
    'phone',
    'protectionLevel',
    'arrivalAt',
    'departureAt',
    'emergencyContactName',
    'emergencyContactPhone',
    'notes',
  ];
  const rows = participants.map((p) => [
    p.fullName,
    PARTICIPANT_ROLE_LABELS[p.role][lang],
    p.organization,
    p.email ?? '',
    p.phone ?? '',
    PROTECTION_LEVEL_LABELS[p.protectionLevel][lang],
    p.arrivalAt ?? '',
    p.departureAt ?? '',
    p.emergencyContact?.name ?? '',
    p.emergencyContact?.phone ?? '',
    p.notes,
  ]);
  return { headers, rows };
}
