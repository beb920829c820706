import {
  EventDto,
  isMitigationOverdue,
  isoToWallClock,
  ParticipantDto,
  PartnerFeedbackUnreadDto,
  RiskDto,
  RiskLevel,
} from '@tryggplan/shared/domain';

/** Where the event stands in time, counted in whole days of the event's own time zone. */
export type EventPhase = { kind: 'upcoming'; days: number } | { kind: 'ongoing' } | { kind: 'ended' };

export interface UrgentRisk {
  id: string;
  title: string;
  level: RiskLevel;
  score: number;
}

export interface OverdueMitigation {
  riskId: string;
  riskTitle: string;
  mitigationId: string;
  description: string;
  owner: string;
  dueDate: string;
}

export interface ParticipantWithoutLink {
  id: string;
  fullName: string;
  /** The link the person had ran out (null: never had one). */
  expiredAt: string | null;
}

/** "What needs me now": the overview's lists, each empty when nothing waits. */
export interface OverviewModel {
  phase: EventPhase;
  purgeAt: string;
  urgentRisks: UrgentRisk[];
  overdueMitigations: OverdueMitigation[];
  participantsWithoutLink: ParticipantWithoutLink[];
  unread: { comments: number; decisions: number };
}

export interface OverviewInput {
  event: EventDto;
  risks: readonly RiskDto[];
  participants: readonly ParticipantDto[];
  unread: PartnerFeedbackUnreadDto;
  now: Date;
}

const URGENT_LEVELS: readonly RiskLevel[] = ['critical', 'high'];
const DAY_MS = 86_400_000;

/** The calendar date (YYYY-MM-DD) of an instant on the zone's wall clock. */
function zoneDate(instant: Date | string, timeZone: string): string {
  const iso = typeof instant === 'string' ? instant : instant.toISOString();
  return isoToWallClock(iso, timeZone).slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function eventPhase(event: Pick<EventDto, 'startsAt' | 'endsAt' | 'timezone'>, now: Date): EventPhase {
  if (now.getTime() > Date.parse(event.endsAt)) return { kind: 'ended' };
  if (now.getTime() >= Date.parse(event.startsAt)) return { kind: 'ongoing' };
  return {
    kind: 'upcoming',
    days: daysBetween(zoneDate(now, event.timezone), zoneDate(event.startsAt, event.timezone)),
  };
}

/** The phase in words: the key under workspace.overview.time and the days it counts. */
export function phaseMessage(phase: EventPhase): { key: string; count: number } {
  const key = (name: string) => `workspace.overview.time.${name}`;
  if (phase.kind !== 'upcoming') return { key: key(phase.kind), count: 0 };
  if (phase.days === 0) return { key: key('today'), count: 0 };
  if (phase.days === 1) return { key: key('tomorrow'), count: 1 };
  return { key: key('days'), count: phase.days };
}

/** Open risks at a high or critical level, the critical and highest scored first. */
export function urgentRisks(risks: readonly RiskDto[]): UrgentRisk[] {
  return risks
    .filter((risk) => risk.status === 'open' && URGENT_LEVELS.includes(risk.level))
    .sort(
      (a, b) =>
        URGENT_LEVELS.indexOf(a.level) - URGENT_LEVELS.indexOf(b.level) ||
        b.score - a.score ||
        a.title.localeCompare(b.title, 'sv'),
    )
    .map(({ id, title, level, score }) => ({ id, title, level, score }));
}

/**
 * Mitigations whose due date has passed (today, in the event's zone, is still in time) and that are
 * not done, on risks not closed; the longest overdue first.
 */
export function overdueMitigations(risks: readonly RiskDto[], today: string): OverdueMitigation[] {
  return risks
    .filter((risk) => risk.status !== 'closed')
    .flatMap((risk) =>
      risk.mitigations
        .filter((mitigation) => isMitigationOverdue(mitigation, today))
        .map((mitigation) => ({
          riskId: risk.id,
          riskTitle: risk.title,
          mitigationId: mitigation.id,
          description: mitigation.description,
          owner: mitigation.owner,
          dueDate: mitigation.dueDate as string,
        })),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.riskTitle.localeCompare(b.riskTitle, 'sv'));
}

/** People with no personal link, or whose link has run out, by name. */
export function participantsWithoutLink(
  participants: readonly ParticipantDto[],
  now: Date,
): ParticipantWithoutLink[] {
  return participants
    .filter((person) => !person.linkExpiresAt || Date.parse(person.linkExpiresAt) <= now.getTime())
    .map((person) => ({ id: person.id, fullName: person.fullName, expiredAt: person.linkExpiresAt }))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'sv'));
}

export function overviewModel({ event, risks, participants, unread, now }: OverviewInput): OverviewModel {
  return {
    phase: eventPhase(event, now),
    purgeAt: event.personalDataPurgeAt,
    urgentRisks: urgentRisks(risks),
    overdueMitigations: overdueMitigations(risks, zoneDate(now, event.timezone)),
    participantsWithoutLink: participantsWithoutLink(participants, now),
    unread: { comments: unread.comments, decisions: unread.decisions },
  };
}
