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

/** The import's problem lines are read alike for every import of the app. */
export { rowProblems, type RowProblem } from '@tryggplan/web/core';
