import {
  INCIDENT_CATEGORIES,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  IncidentCategory,
  IncidentSeverity,
  IncidentStatus,
} from '@tryggplan/shared/domain';
import type { QueryParams } from '@tryggplan/web/core';

export const EXERCISE_MODES = ['include', 'exclude', 'only'] as const;
export type ExerciseMode = (typeof EXERCISE_MODES)[number];

/** What the board is narrowed to; empty strings mean "any". Kept in the page's URL query. */
export interface BoardFilter {
  status: IncidentStatus | '';
  category: IncidentCategory | '';
  severity: IncidentSeverity | '';
  exercise: ExerciseMode;
  q: string;
  /** Only possible crimes still waiting for their police report (the banner's link). */
  unreportedCrime: boolean;
}

export const EMPTY_BOARD_FILTER: BoardFilter = {
  status: '',
  category: '',
  severity: '',
  exercise: 'include',
  q: '',
  unreportedCrime: false,
};

/** The URL query as the router hands it to the page; anything may be missing or wrong. */
export type BoardParams = Partial<Record<keyof BoardFilter, string | null | undefined>>;

const oneOf = <T extends string>(values: readonly T[], value: string | null | undefined): T | '' =>
  values.includes(value as T) ? (value as T) : '';

/** The filter a URL asks for; values the board does not know are left out, as if not given. */
export function filterFromParams(params: BoardParams): BoardFilter {
  return {
    status: oneOf(INCIDENT_STATUSES, params.status),
    category: oneOf(INCIDENT_CATEGORIES, params.category),
    severity: oneOf(INCIDENT_SEVERITIES, params.severity),
    exercise: oneOf(EXERCISE_MODES, params.exercise) || 'include',
    q: (params.q ?? '').trim().slice(0, 200),
    unreportedCrime: params.unreportedCrime === 'true',
  };
}

/**
 * The URL query for a filter, for `router.navigate([], { queryParams })`: a filter that narrows
 * nothing is null, so the router drops it and an unfiltered board has a clean address.
 */
export function paramsFromFilter(filter: BoardFilter): Record<keyof BoardFilter, string | null> {
  return {
    status: filter.status || null,
    category: filter.category || null,
    severity: filter.severity || null,
    exercise: filter.exercise === 'include' ? null : filter.exercise,
    q: filter.q.trim() || null,
    unreportedCrime: filter.unreportedCrime ? 'true' : null,
  };
}

/** The board route's query (`GET /events/:id/incidents`): only what narrows the list. */
export function boardQuery(filter: BoardFilter): QueryParams {
  const query: QueryParams = {};
  for (const [key, value] of Object.entries(paramsFromFilter(filter))) {
    if (value !== null) query[key] = value;
  }
  return query;
}

export function isBoardFiltered(filter: BoardFilter): boolean {
  return Object.values(paramsFromFilter(filter)).some((value) => value !== null);
}

export function sameFilter(a: BoardFilter, b: BoardFilter): boolean {
  return JSON.stringify(paramsFromFilter(a)) === JSON.stringify(paramsFromFilter(b));
}
