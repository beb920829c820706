import { MessageParams, ValidationCode } from './validation-messages';

/** One position as GeoJSON has it: [longitude, latitude] in WGS84. */
export type Position = readonly [number, number] | readonly number[];

export const MAX_VERTICES_PER_FEATURE = 10_000;

export interface GeometryProblem {
  /** Path inside the geometry, e.g. ['coordinates', 0, 3]. */
  path: (string | number)[];
  code: ValidationCode;
  params: MessageParams;
}

type CheckedGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: readonly Position[] }
  | { type: 'Polygon'; coordinates: readonly (readonly Position[])[] };

function rangeProblems(positions: readonly Position[], path: (string | number)[]): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  positions.forEach(([lng, lat], index) => {
    if (Math.abs(lng) > 180 || Math.abs(lat) > 90) {
      problems.push({
        path: [...path, index],
        code: 'coordinate_out_of_range',
        params: { position: index + 1, lng, lat },
      });
    }
  });
  return problems;
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function orientation(a: Position, b: Position, c: Position): number {
  const value = (b[1] - a[1]) * (c[0] - b[0]) - (b[0] - a[0]) * (c[1] - b[1]);
  return value === 0 ? 0 : value > 0 ? 1 : -1;
}

function onSegment(a: Position, b: Position, c: Position): boolean {
  return (
    Math.min(a[0], c[0]) <= b[0] &&
    b[0] <= Math.max(a[0], c[0]) &&
    Math.min(a[1], c[1]) <= b[1] &&
    b[1] <= Math.max(a[1], c[1])
  );
}

/** Whether segments p1–p2 and q1–q2 share any point (touching counts). */
export function segmentsIntersect(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const o1 = orientation(p1, p2, q1);
  const o2 = orientation(p1, p2, q2);
  const o3 = orientation(q1, q2, p1);
  const o4 = orientation(q1, q2, p2);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(p1, q1, p2)) ||
    (o2 === 0 && onSegment(p1, q2, p2)) ||
    (o3 === 0 && onSegment(q1, p1, q2)) ||
    (o4 === 0 && onSegment(q1, p2, q2))
  );
}

/**
 * Whether a closed ring crosses itself; segments that follow each other share a vertex and do not
 * count. Segments are swept in order of their west edge, so only those overlapping in longitude are
 * compared: a long outline takes milliseconds, not the seconds of comparing every pair.
 */
export function ringIntersectsItself(ring: readonly Position[]): boolean {
  const segments = ring.length - 1;
  const west = (i: number) => Math.min(ring[i][0], ring[i + 1][0]);
  const east = (i: number) => Math.max(ring[i][0], ring[i + 1][0]);
  const order = Array.from({ length: Math.max(0, segments) }, (_, i) => i).sort((a, b) => west(a) - west(b));
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const reach = east(i);
    for (let m = k + 1; m < order.length && west(order[m]) <= reach; m++) {
      const j = order[m];
      const [first, last] = i < j ? [i, j] : [j, i];
      if (last - first === 1 || (first === 0 && last === segments - 1)) continue;
      if (segmentsIntersect(ring[i], ring[i + 1], ring[j], ring[j + 1])) return true;
    }
  }
  return false;
}

function vertexCount(geometry: CheckedGeometry): number {
  switch (geometry.type) {
    case 'Point':
      return 1;
    case 'LineString':
      return geometry.coordinates.length;
    case 'Polygon':
      return geometry.coordinates.reduce((sum, ring) => sum + ring.length, 0);
  }
}

function ringProblems(ring: readonly Position[], index: number): GeometryProblem[] {
  const path = ['coordinates', index];
  const problems = rangeProblems(ring, path);
  if (ring.length < 4) {
    return [...problems, { path, code: 'too_few_points', params: { minimum: 4 } }];
  }
  if (!samePosition(ring[0], ring[ring.length - 1])) {
    problems.push({ path, code: 'ring_not_closed', params: { ring: index + 1 } });
  } else if (problems.length === 0 && ringIntersectsItself(ring)) {
    problems.push({ path, code: 'self_intersection', params: { ring: index + 1 } });
  }
  return problems;
}

/**
 * The rules every site geometry must keep beyond its shape: WGS84 ranges, at least 2 points in a
 * line, closed polygon rings that do not cross themselves, and at most 10,000 vertices.
 */
export function geometryProblems(geometry: CheckedGeometry): GeometryProblem[] {
  const count = vertexCount(geometry);
  if (count > MAX_VERTICES_PER_FEATURE) {
    return [
      {
        path: ['coordinates'],
        code: 'too_many_vertices',
        params: { count, maximum: MAX_VERTICES_PER_FEATURE },
      },
    ];
  }
  switch (geometry.type) {
    case 'Point':
      return rangeProblems([geometry.coordinates], []).map((problem) => ({
        ...problem,
        path: ['coordinates'],
      }));
    case 'LineString': {
      const problems = rangeProblems(geometry.coordinates, ['coordinates']);
      if (geometry.coordinates.length < 2) {
        problems.push({ path: ['coordinates'], code: 'too_few_points', params: { minimum: 2 } });
      }
      return problems;
    }
    case 'Polygon':
      if (geometry.coordinates.length === 0) {
        return [{ path: ['coordinates'], code: 'too_few_points', params: { minimum: 4 } }];
      }
      return geometry.coordinates.flatMap((ring, index) => ringProblems(ring, index));
  }
}
