import { RiskCategory, RiskDto, RiskLevel, RiskStatus } from '@tryggplan/shared/domain';
import type { QueryParams } from '@tryggplan/web/core';
import type { MatrixBasis } from './risks-api';

export const SORT_COLUMNS = [
  'title',
  'category',
  'score',
  'residualScore',
  'status',
  'owner',
  'nextDueDate',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

export interface RegisterSort {
  column: SortColumn;
  direction: SortDirection;
}

/** What the coordinator narrowed the register to; empty strings mean "any". */
export interface RegisterFilter {
  q: string;
  category: RiskCategory | '';
  level: RiskLevel | '';
  status: RiskStatus | '';
  siteId: string;
  owner: string;
  overdue: boolean;
  /** A matrix cell chosen on the heat map, on the basis the matrix showed. */
  cell: { likelihood: number; consequence: number; basis: MatrixBasis } | null;
}

export const EMPTY_FILTER: RegisterFilter = {
  q: '',
  category: '',
  level: '',
  status: '',
  siteId: '',
  owner: '',
  overdue: false,
  cell: null,
};

export const DEFAULT_SORT: RegisterSort = { column: 'score', direction: 'desc' };

/** The list route's query for a filter and sort; only what narrows the list is sent. */
export function registerQuery(filter: RegisterFilter, sort: RegisterSort, limit = 500): QueryParams {
  const query: QueryParams = { limit, sort: `${sort.column}:${sort.direction}` };
  const q = filter.q.trim();
  if (q) query['q'] = q;
  if (filter.category) query['category'] = filter.category;
  if (filter.level) query['level'] = filter.level;
  if (filter.status) query['status'] = filter.status;
  if (filter.siteId) query['siteId'] = filter.siteId;
  if (filter.owner.trim()) query['owner'] = filter.owner.trim();
  if (filter.overdue) query['overdue'] = true;
  // the list route filters cells on the inherent scales; a residual cell is matched in the browser
  if (filter.cell?.basis === 'inherent') {
    query['likelihood'] = filter.cell.likelihood;
    query['consequence'] = filter.cell.consequence;
  }
  return query;
}

/** Whether a risk lies in the chosen matrix cell (always true without one). */
export function inChosenCell(risk: RiskDto, cell: RegisterFilter['cell']): boolean {
  if (!cell) return true;
  const [likelihood, consequence] =
    cell.basis === 'residual'
      ? [risk.residualLikelihood, risk.residualConsequence]
      : [risk.likelihood, risk.consequence];
  return likelihood === cell.likelihood && consequence === cell.consequence;
}

/** Clicking a column header: the same column flips its direction, another starts at its natural order. */
export function nextSort(current: RegisterSort, column: SortColumn): RegisterSort {
  if (current.column === column) {
    return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  const textual = column === 'title' || column === 'category' || column === 'owner' || column === 'status';
  return { column, direction: textual || column === 'nextDueDate' ? 'asc' : 'desc' };
}

/** aria-sort of a column header. */
export function ariaSort(sort: RegisterSort, column: SortColumn): 'ascending' | 'descending' | 'none' {
  if (sort.column !== column) return 'none';
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

export function isFiltered(filter: RegisterFilter): boolean {
  return (
    !!filter.q.trim() ||
    !!filter.category ||
    !!filter.level ||
    !!filter.status ||
    !!filter.siteId ||
    !!filter.owner.trim() ||
    filter.overdue ||
    filter.cell !== null
  );
}

/** Distinct risk owners for the owner filter, in Swedish alphabetical order. */
export function ownersOf(risks: { owner: string }[]): string[] {
  const names = new Set(risks.map((risk) => risk.owner.trim()).filter(Boolean));
  return [...names].sort((a, b) => a.localeCompare(b, 'sv'));
}
