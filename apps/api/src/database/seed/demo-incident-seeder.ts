import { SYSTEM_ACTOR } from '@tryggplan/api/core';
import { IncidentsService } from '@tryggplan/api/incidents-data';
import { RiskCategory } from '@tryggplan/shared/domain';
import { DEMO_INCIDENTS } from './demo-incidents';

const minutesAfter = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/**
 * Logs the demo week's incidents as the coordinator handled them: each at its own time, then its
 * checklist, notes and later changes a few minutes apart, so the board and the timelines read true.
 */
export async function seedDemoIncidents(
  incidents: IncidentsService,
  coordinatorName: string,
  eventId: string,
  ids: { sites: Record<string, string>; people: Record<string, string>; risks: Map<RiskCategory, string> },
): Promise<void> {
  const actor = { ...SYSTEM_ACTOR, displayName: coordinatorName };
  for (const demo of DEMO_INCIDENTS) {
    let at = minutesAfter(demo.occurredAt, demo.loggedAfter);
    const later = () => (at = minutesAfter(at, 7));
    const { site, place, ...input } = demo.input;
    const risk = demo.risk ? ids.risks.get(demo.risk) : undefined;
    let incident = await incidents.create(
      actor,
      eventId,
      {
        ...input,
        occurredAt: new Date(demo.occurredAt).toISOString(),
        location: { siteId: site ? ids.sites[site] : null, place: place ?? '' },
        participantIds: (demo.people ?? []).map((name) => ids.people[name]).filter(Boolean),
        riskIds: risk ? [risk] : [],
      },
      { at },
    );
    for (const step of demo.ticked ?? []) {
      incident = await incidents.tick(
        actor,
        eventId,
        incident.id,
        step,
        { done: true, version: incident.version },
        {
          at: later(),
        },
      );
    }
    for (const body of demo.notes ?? [])
      await incidents.addNote(actor, eventId, incident.id, { body }, { at: later() });
    for (const change of demo.then ?? []) {
      incident = await incidents.update(
        actor,
        eventId,
        incident.id,
        { ...change, version: incident.version },
        {
          at: later(),
        },
      );
    }
  }
}
