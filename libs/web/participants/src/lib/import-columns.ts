import { guessField, PARTICIPANT_IMPORT_FIELDS, ParticipantImportField } from '@tryggplan/shared/domain';

export type ColumnTarget = ParticipantImportField | 'ignore';
export const COLUMN_TARGETS: readonly ColumnTarget[] = [...PARTICIPANT_IMPORT_FIELDS, 'ignore'];

const MAPPING_STORAGE_KEY = 'tryggplan.participantImportMapping';

/** Text of a CSV file as the API reads it: UTF-8 (with or without BOM), else Windows-1252. */
export function decodeCsv(bytes: ArrayBuffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** The header row of a CSV text, separated by semicolons or commas (whichever the first line has more of). */
export function csvHeaders(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let delimiter: string | null = null;
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  delimiter = (unquoted.match(/;/g)?.length ?? 0) >= (unquoted.match(/,/g)?.length ?? 0) ? ';' : ',';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else if (char === '\n' || char === '\r') break;
    else cell += char;
  }
  cells.push(cell.trim());
  return cells.filter((header, index) => header !== '' || index < cells.length - 1);
}

/** For each header: the last choice made for it on this computer, else the API's guess, else ignore. */
export function initialMapping(
  headers: string[],
  remembered: Record<string, string>,
): Record<string, ColumnTarget> {
  return Object.fromEntries(
    headers.map((header) => {
      const stored = remembered[header];
      const target =
        stored && (COLUMN_TARGETS as readonly string[]).includes(stored)
          ? (stored as ColumnTarget)
          : (guessField(header) ?? 'ignore');
      return [header, target];
    }),
  );
}

export function rememberedMapping(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(MAPPING_STORAGE_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function rememberMapping(mapping: Record<string, string>): void {
  try {
    globalThis.localStorage?.setItem(
      MAPPING_STORAGE_KEY,
      JSON.stringify({ ...rememberedMapping(), ...mapping }),
    );
  } catch {
    // Storage may be off (private mode); the mapping is then chosen again next time.
  }
}

export interface RowProblem {
  row: number;
  field: string;
  message: string;
  duplicate: boolean;
}

/** API details (`rows[3].phone`) as one line per bad field, in row order; duplicates are told apart. */
export function rowProblems(
  details: { field: string; message: string; code?: string; row?: number }[],
): RowProblem[] {
  return details
    .map((detail) => {
      const match = /^rows\[(\d+)\]\.(.+)$/.exec(detail.field);
      return {
        row: detail.row ?? (match ? Number(match[1]) : 0),
        field: match ? match[2] : detail.field,
        message: detail.message,
        duplicate: detail.code === 'duplicate',
      };
    })
    .sort((a, b) => a.row - b.row);
}
