import type { ApiError } from '@tryggplan/shared/domain';

export interface ImportProblemRow {
  /** Line in the file (the header is line 1); null for a problem with the whole file. */
  row: number | null;
  column: string;
  message: string;
}

const ROW_FIELD = /^rows\[(\d+)\]\.(.+)$/;

/** The import's 400 details (`rows[3].likelihood`) as table rows, in file order. */
export function importProblems(details: ApiError['details']): ImportProblemRow[] {
  return (details ?? [])
    .map((detail) => {
      const match = ROW_FIELD.exec(detail.field);
      return {
        row: detail.row ?? (match ? Number(match[1]) : null),
        column: match ? match[2] : detail.field,
        message: detail.message,
      };
    })
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
