import { PartnerIncidentDto, PartnerIncidentEntryDto } from '@tryggplan/shared/domain';

/** Where an incident happened, in words: the site and the place written, else the map point. */
export function incidentPlace(location: PartnerIncidentDto['location']): string {
  const parts = [location.siteName, location.place]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part.length > 0);
  if (parts.length > 0) return [...new Set(parts)].join(' · ');
  return location.point ? `${location.point.lat.toFixed(5)}, ${location.point.lng.toFixed(5)}` : '';
}

/**
 * What the list says about the police report: `none` when it is no possible crime and nothing was
 * reported, `unreported` for a crime still waiting for its report (an exercise's shown muted).
 */
export type PoliceState = 'none' | 'unreported' | 'reported' | 'not-required';

export function policeState(incident: Pick<PartnerIncidentDto, 'isCrime' | 'police'>): PoliceState {
  if (incident.police.status === 'reported') return 'reported';
  if (!incident.isCrime) return 'none';
  return incident.police.status === 'not-required' ? 'not-required' : 'unreported';
}

/**
 * Newest first by number: the numbers are given as incidents are logged, so a new one is always on
 * top, also when it happened earlier than the last one logged (or the demo week lies in the future).
 */
export function newestFirst(incidents: readonly PartnerIncidentDto[]): PartnerIncidentDto[] {
  return [...incidents].sort((a, b) => b.number - a.number);
}

/** The list with a just written entry at the end of its incident's timeline (once, whatever came first). */
export function withEntry(
  incidents: readonly PartnerIncidentDto[],
  incidentId: string,
  entry: PartnerIncidentEntryDto,
): PartnerIncidentDto[] {
  return incidents.map((incident) =>
    incident.id !== incidentId || incident.entries.some((known) => known.id === entry.id)
      ? incident
      : { ...incident, entries: [...incident.entries, entry] },
  );
}

/** The DOM id stem of an incident's parts (heading, timeline, note field). */
export function incidentDomId(incident: Pick<PartnerIncidentDto, 'id'>): string {
  return `incident-${incident.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
