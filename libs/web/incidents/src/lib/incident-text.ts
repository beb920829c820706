import { IncidentDto, isUnreportedCrime } from '@tryggplan/shared/domain';
import { pointText } from './incident-form-model';

/** Where an incident happened, in words: the site, the place written, else the map point. */
export function placeText(location: IncidentDto['location']): string {
  const parts = [location.siteName, location.place].filter((part): part is string => !!part?.trim());
  if (parts.length > 0) return [...new Set(parts)].join(' · ');
  return location.point ? pointText(location.point) : '';
}

/** The police-report state a list shows beside an incident; `none` when it is no possible crime. */
export type CrimeState = 'none' | 'unreported' | 'unreported-exercise' | 'reported' | 'not-required';

export function crimeState(incident: Pick<IncidentDto, 'isCrime' | 'isExercise' | 'police'>): CrimeState {
  if (!incident.isCrime) return 'none';
  if (incident.police.status === 'reported') return 'reported';
  if (incident.police.status === 'not-required') return 'not-required';
  return isUnreportedCrime(incident) ? 'unreported' : 'unreported-exercise';
}
