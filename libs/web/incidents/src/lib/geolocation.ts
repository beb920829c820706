import type { Point } from './incident-form-model';

export type PositionProblem = 'unsupported' | 'denied' | 'unavailable';

/** The phone's position once, rounded to about a metre; fails with what went wrong, in words a key names. */
export function currentPosition(timeoutMs = 15_000): Promise<Point> {
  return new Promise((resolve, reject) => {
    const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
    if (!geolocation) return reject('unsupported' satisfies PositionProblem);
    geolocation.getCurrentPosition(
      (position) =>
        resolve({
          lat: Math.round(position.coords.latitude * 1e6) / 1e6,
          lng: Math.round(position.coords.longitude * 1e6) / 1e6,
        }),
      (error) =>
        reject((error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable') satisfies PositionProblem),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}

export function positionProblemKey(problem: unknown): string {
  const known: PositionProblem[] = ['unsupported', 'denied', 'unavailable'];
  return `incidents.position.${known.includes(problem as PositionProblem) ? problem : 'unavailable'}`;
}
