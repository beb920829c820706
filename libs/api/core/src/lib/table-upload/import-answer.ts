import type { ValidationCode } from '@tryggplan/shared/domain';

/** A problem an import found in one row of the file: the row's number and the field it names. */
export interface RowProblem {
  row: number;
  field: string;
  code: ValidationCode;
  message: string;
}

/** The problems of an import as the error details of shared/API.md, each field named `rows[n].field`. */
export function rowProblemDetails(problems: readonly RowProblem[]) {
  return problems.map((p) => ({
    field: `rows[${p.row}].${p.field}`,
    code: p.code,
    message: p.message,
    row: p.row,
  }));
}

/** How many rows of a matched import are new, changed and unchanged. */
export function countByAction(rows: readonly { action: 'new' | 'changed' | 'unchanged' }[]) {
  return {
    new: rows.filter((row) => row.action === 'new').length,
    changed: rows.filter((row) => row.action === 'changed').length,
    unchanged: rows.filter((row) => row.action === 'unchanged').length,
  };
}
