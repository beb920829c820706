export interface RowProblem {
  row: number;
  field: string;
  message: string;
  duplicate: boolean;
}

/** An import's API details (`rows[3].phone`) as one line per bad field, in row order; duplicates are told apart. */
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
