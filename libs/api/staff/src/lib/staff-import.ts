import { UploadedTable } from '@tryggplan/api/core';
import {
  acceptedStaffColumnNames,
  codeOfLabel,
  guessStaffField,
  isoToWallClock,
  Language,
  STAFF_ROLE_ALIASES,
  STAFF_ROLE_LABELS,
  StaffCreate,
  staffCreateSchema,
  StaffImportField,
  StaffMemberDto,
  StaffShiftDto,
  staffShiftSchema,
  validate,
  ValidationCode,
  ValidationDetail,
  validationMessage,
  wallClockToIso,
} from '@tryggplan/shared/domain';

export interface StaffImportProblem extends ValidationDetail {
  row: number;
}

export type StaffImportAction = 'new' | 'changed' | 'unchanged';

/** The person fields a row carries; the shift columns make the person's shifts. */
type PersonField = Exclude<StaffImportField, 'shiftStart' | 'shiftEnd' | 'post'>;
const PERSON_FIELDS: readonly PersonField[] = ['fullName', 'role', 'organization', 'phone', 'email'];

/** One person of the file as the import will apply them, with the rows they came from. */
export interface StaffImportRow {
  line: number;
  lines: number[];
  action: StaffImportAction;
  member: StaffCreate & { shifts: StaffShiftDto[] };
  /** The person already on the list the rows update (matched by e-mail, then phone). */
  match?: { id: string; version: number };
  /** The fields the rows change, for `changed`. */
  changedFields: (PersonField | 'shifts')[];
}

export interface StaffImportContext {
  sites: { id: string; name: string }[];
  existing: StaffMemberDto[];
  timezone: string;
}

type Columns = Record<string, StaffImportField | null>;

/** A person gathered from their rows: the first non-empty value of each field, and every shift. */
interface Gathered {
  line: number;
  lines: number[];
  values: Partial<Record<PersonField, string>>;
  valueLines: Partial<Record<PersonField, number>>;
  shifts: StaffShiftDto[];
  failed: boolean;
}

function readColumns(table: UploadedTable, lang: Language) {
  const columns: Columns = {};
  const problems: StaffImportProblem[] = [];
  const accepted = ` ${validationMessage('accepted_columns', lang, { columns: acceptedStaffColumnNames(lang) })}`;
  for (const header of table.headers) {
    const field = guessStaffField(header) ?? null;
    if (!field) {
      problems.push({
        row: 1,
        field: header,
        code: 'unknown_column',
        message: validationMessage('unknown_column', lang) + accepted,
      });
    }
    columns[header] = field;
  }
  const present = new Set(Object.values(columns));
  const required: StaffImportField[] = ['fullName'];
  if (present.has('shiftStart') || present.has('shiftEnd')) required.push('shiftStart', 'shiftEnd');
  for (const field of required.filter((wanted) => !present.has(wanted))) {
    problems.push({
      row: 1,
      field,
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

/** "18:00" after a start: the same day, or the next when the shift runs past midnight. */
function endTime(raw: string, startIso: string, timezone: string): string | undefined {
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(raw.trim());
  if (!clock) return wallClockToIso(raw, timezone);
  const day = isoToWallClock(startIso, timezone).slice(0, 10);
  const sameDay = wallClockToIso(`${day} ${clock[1].padStart(2, '0')}:${clock[2]}`, timezone);
  if (!sameDay || Date.parse(sameDay) > Date.parse(startIso)) return sameDay;
  const next = new Date(`${day}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return wallClockToIso(
    `${next.toISOString().slice(0, 10)} ${clock[1].padStart(2, '0')}:${clock[2]}`,
    timezone,
  );
}

/** The file's messages name labels and the local format, not codes and ISO 8601. */
function inFileTerms(detail: ValidationDetail, lang: Language): ValidationDetail {
  if (detail.code === 'invalid_choice' && detail.field === 'role') {
    const options = Object.values(STAFF_ROLE_LABELS)
      .map((label) => label[lang])
      .join(', ');
    return { ...detail, message: validationMessage('invalid_choice', lang, { options }) };
  }
  if (detail.code === 'invalid_datetime')
    return { ...detail, message: validationMessage('invalid_wall_clock', lang) };
  return detail;
}

const sameShifts = (a: StaffShiftDto[], b: StaffShiftDto[]) =>
  JSON.stringify(a.map((s) => [Date.parse(s.startsAt), Date.parse(s.endsAt), s.siteId ?? null])) ===
  JSON.stringify(b.map((s) => [Date.parse(s.startsAt), Date.parse(s.endsAt), s.siteId ?? null]));

const blank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Reads a roster with one row per shift: rows of the same person (same e-mail, else phone, else name when
 * the row has neither) become one person with all their shifts; a post is a site of the event by name.
 * Each person is matched with someone on the list by e-mail, then phone, and is new, changed or unchanged.
 * A matched person keeps the fields the file has no column for, and keeps their shifts when the file gives
 * them none.
 */
export function parseStaffTable(
  table: UploadedTable,
  context: StaffImportContext,
  lang: Language,
): { rows: StaffImportRow[]; problems: StaffImportProblem[] } {
  const { columns, problems } = readColumns(table, lang);
  if (problems.length > 0) return { rows: [], problems };
  const fail = (row: number, details: ValidationDetail[]) =>
    problems.push(...details.map((detail) => ({ ...inFileTerms(detail, lang), row })));
  const problem = (row: number, field: string, code: ValidationCode, params = {}) =>
    fail(row, [{ field, code, message: validationMessage(code, lang, params) }]);

  const sites = new Map<string, string>();
  for (const site of context.sites) {
    const key = site.name.trim().toLowerCase();
    if (!sites.has(key)) sites.set(key, site.id);
  }
  const people: Gathered[] = [];
  const byKey = new Map<string, Gathered>();

  for (const { line, cells } of table.rows) {
    const raw: Partial<Record<StaffImportField, string>> = {};
    for (const [header, value] of Object.entries(cells)) {
      const field = columns[header];
      if (field && value.trim() !== '') raw[field] = value.trim();
    }
    if (Object.keys(raw).length === 0) continue;
    const personInput: Record<string, string> = {};
    for (const field of PERSON_FIELDS) {
      const value = raw[field];
      if (value === undefined) continue;
      personInput[field] =
        field === 'role'
          ? (STAFF_ROLE_ALIASES[value.toLowerCase()] ?? codeOfLabel(value, STAFF_ROLE_LABELS))
          : value;
    }
    // the person's fields alone, checked by the one schema (a role may come from an earlier row or the list)
    const person = validate(staffCreateSchema.partial({ role: true, fullName: true }), personInput, lang);
    let rowFailed = !person.ok;
    if (!person.ok) fail(line, person.details);
    if (!raw.fullName) {
      problem(line, 'fullName', 'required');
      rowFailed = true;
    }
    const shift = readShift(raw, line);
    if (shift === null) rowFailed = true;
    if (!person.ok) continue;

    const value = person.value;
    const key = value.email
      ? `email:${value.email.toLowerCase()}`
      : value.phone
        ? `phone:${value.phone}`
        : `name:${(value.fullName ?? '').toLowerCase()}`;
    // a row with neither e-mail nor phone belongs to the earlier person of the same name
    let gathered = byKey.get(key);
    if (!gathered) {
      gathered = { line, lines: [], values: {}, valueLines: {}, shifts: [], failed: false };
      people.push(gathered);
    }
    byKey.set(key, gathered);
    if (value.email) byKey.set(`email:${value.email.toLowerCase()}`, gathered);
    if (value.phone) byKey.set(`phone:${value.phone}`, gathered);
    if (value.fullName) byKey.set(`name:${value.fullName.toLowerCase()}`, gathered);
    gathered.lines.push(line);
    for (const field of PERSON_FIELDS) {
      const given = field === 'email' ? value.email?.toLowerCase() : (value[field] as string | undefined);
      if (blank(given)) continue;
      const earlier = gathered.values[field];
      if (earlier === undefined) {
        gathered.values[field] = given as string;
        gathered.valueLines[field] = line;
      } else if (earlier !== given) {
        problem(line, field, 'differs_from_row', { row: gathered.valueLines[field], other: earlier });
        rowFailed = true;
      }
    }
    if (shift) gathered.shifts.push(shift);
    if (rowFailed) gathered.failed = true;
  }

  /** The row's shift: undefined when it has none, null when it is wrong (the problem is already told). */
  function readShift(
    raw: Partial<Record<StaffImportField, string>>,
    line: number,
  ): StaffShiftDto | null | undefined {
    if (!raw.shiftStart && !raw.shiftEnd && !raw.post) return undefined;
    let wrong = false;
    for (const field of ['shiftStart', 'shiftEnd'] as const) {
      if (!raw[field]) {
        problem(line, field, 'required');
        wrong = true;
      }
    }
    const startsAt = raw.shiftStart ? wallClockToIso(raw.shiftStart, context.timezone) : undefined;
    if (raw.shiftStart && !startsAt) {
      problem(line, 'shiftStart', 'invalid_wall_clock');
      wrong = true;
    }
    const endsAt =
      raw.shiftEnd && startsAt
        ? endTime(raw.shiftEnd, startsAt, context.timezone)
        : raw.shiftEnd
          ? wallClockToIso(raw.shiftEnd, context.timezone)
          : undefined;
    if (raw.shiftEnd && !endsAt && (startsAt || !/^\d{1,2}[:.]\d{2}$/.test(raw.shiftEnd))) {
      problem(line, 'shiftEnd', 'invalid_wall_clock');
      wrong = true;
    }
    const siteId = raw.post ? sites.get(raw.post.toLowerCase()) : undefined;
    if (raw.post && !siteId) {
      problem(line, 'post', 'unknown_site');
      wrong = true;
    }
    if (wrong || !startsAt || !endsAt) return null;
    const checked = validate(staffShiftSchema, { startsAt, endsAt, siteId: siteId ?? null }, lang);
    if (!checked.ok) {
      fail(
        line,
        checked.details.map((detail) => ({
          ...detail,
          field: detail.field === 'endsAt' ? 'shiftEnd' : detail.field === 'startsAt' ? 'shiftStart' : 'post',
        })),
      );
      return null;
    }
    return { startsAt, endsAt, siteId: siteId ?? null };
  }

  const fileFields = new Set(Object.values(columns));
  const hasShiftColumns = fileFields.has('shiftStart');
  const byEmail = new Map<string, StaffMemberDto>();
  const byPhone = new Map<string, StaffMemberDto>();
  for (const member of context.existing) {
    if (member.email) byEmail.set(member.email.toLowerCase(), member);
    if (member.phone) byPhone.set(member.phone, member);
  }
  const matchedOn = new Map<string, Gathered>();
  const rows: StaffImportRow[] = [];
  for (const person of people) {
    if (person.failed) continue;
    const { values } = person;
    const match =
      (values.email ? byEmail.get(values.email) : undefined) ??
      (values.phone ? byPhone.get(values.phone) : undefined);
    const earlier = match ? matchedOn.get(match.id) : undefined;
    if (match && earlier) {
      problem(person.line, values.email ? 'email' : 'phone', 'matches_same_person', {
        row: earlier.line,
        other: earlier.values.fullName ?? '',
      });
      continue;
    }
    if (match) matchedOn.set(match.id, person);
    const shifts = [...person.shifts].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const base: Record<string, unknown> = match
      ? {
          fullName: match.fullName,
          role: match.role,
          organization: match.organization,
          phone: match.phone,
          email: match.email,
          shifts: match.shifts,
        }
      : {};
    if (match) {
      for (const field of PERSON_FIELDS) if (fileFields.has(field)) delete base[field];
    }
    const merged = validate(
      staffCreateSchema,
      { ...base, ...values, shifts: shifts.length > 0 || !match ? shifts : match.shifts },
      lang,
    );
    if (!merged.ok) {
      fail(
        person.line,
        merged.details.map((detail) =>
          detail.field.startsWith('shifts') ? { ...detail, field: 'shiftStart' } : detail,
        ),
      );
      continue;
    }
    const member = { ...merged.value, shifts: (merged.value.shifts ?? []) as StaffShiftDto[] };
    if (!match) {
      rows.push({ line: person.line, lines: person.lines, action: 'new', member, changedFields: [] });
      continue;
    }
    const changedFields: StaffImportRow['changedFields'] = PERSON_FIELDS.filter(
      (field) =>
        fileFields.has(field) &&
        !(blank(member[field]) && blank(match[field])) &&
        member[field] !== match[field],
    );
    if (hasShiftColumns && !sameShifts(member.shifts, match.shifts)) changedFields.push('shifts');
    rows.push({
      line: person.line,
      lines: person.lines,
      action: changedFields.length > 0 ? 'changed' : 'unchanged',
      member,
      match: { id: match.id, version: match.version },
      changedFields,
    });
  }
  return { rows, problems: problems.sort((a, b) => a.row - b.row) };
}
