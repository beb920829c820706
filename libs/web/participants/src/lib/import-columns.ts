import { guessField, PARTICIPANT_IMPORT_FIELDS, ParticipantImportField } from '@tryggplan/shared/domain';

export type ColumnTarget = ParticipantImportField | 'ignore';
export const COLUMN_TARGETS: readonly ColumnTarget[] = [...PARTICIPANT_IMPORT_FIELDS, 'ignore'];

const MAPPING_STORAGE_KEY = 'tryggplan.participantImportMapping';

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
