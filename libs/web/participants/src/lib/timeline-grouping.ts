import type { RiskLevel } from '@tryggplan/shared/domain';
import type { TimelineItem } from './participants-api';

export interface SiteGroup {
  /** Null for items without a place. */
  siteId: string | null;
  siteName: string | null;
  items: TimelineItem[];
}

export interface DayGroup {
  /** The calendar day in the event's zone, "2027-06-28". */
  day: string;
  /** The day's items in time order; the place is a column, not a grouping. */
  items: TimelineItem[];
}

/** A planned risk linked to a site, as the exposure view names it. */
export interface SiteRisk {
  id: string;
  title: string;
  level: RiskLevel;
  siteIds: string[];
}

/** Something in the schedules a coordinator should look at before the day. */
export type ScheduleWarning =
  | { kind: 'high-protection-together'; siteName: string; startsAt: string; people: string[] }
  | { kind: 'late-alone'; siteName: string | null; endsAt: string; person: string };

/** From this hour (local) a person leaving a place on their own is called out. */
export const LATE_HOUR = 22;

/** The calendar day ("2027-06-28") of an instant as read in the zone. */
export function dayInZone(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

function hourInZone(iso: string, timeZone: string): number {
  const hour = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
  return Number(hour);
}

const byStart = (a: TimelineItem, b: TimelineItem) =>
  Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
  (a.siteName ?? '').localeCompare(b.siteName ?? '', 'sv') ||
  a.participantName.localeCompare(b.participantName, 'sv');

const overlaps = (a: TimelineItem, b: TimelineItem) =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

/** Items per day (by start, in the event's zone), each day in time order. */
export function timelineByDay(items: TimelineItem[], timeZone: string): DayGroup[] {
  const days = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const day = dayInZone(item.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, dayItems]) => ({ day, items: [...dayItems].sort(byStart) }));
}

/** Public appearances per place, each place by time, items without a place last: where people are exposed. */
export function exposureByPlace(items: TimelineItem[]): SiteGroup[] {
  const groups = new Map<string | null, TimelineItem[]>();
  for (const item of items.filter((candidate) => candidate.isPublic)) {
    groups.set(item.siteId, [...(groups.get(item.siteId) ?? []), item]);
  }
  return [...groups.entries()]
    .map(([siteId, grouped]) => ({
      siteId,
      siteName: grouped[0].siteName,
      items: [...grouped].sort(byStart),
    }))
    .sort((a, b) =>
      a.siteName === null ? 1 : b.siteName === null ? -1 : a.siteName.localeCompare(b.siteName, 'sv'),
    );
}

export function risksAt(siteId: string | null, risks: SiteRisk[]): SiteRisk[] {
  return siteId ? risks.filter((risk) => risk.siteIds.includes(siteId)) : [];
}

/**
 * Two or more people with high protection at the same public place at the same time, and anyone whose
 * item ends late (from LATE_HOUR to 05:59) at a place where nobody else of the event is then.
 */
export function scheduleWarnings(items: TimelineItem[], timeZone: string): ScheduleWarning[] {
  const warnings: ScheduleWarning[] = [];
  const seen = new Set<string>();
  const exposed = items.filter((item) => item.isPublic && item.siteId && item.protectionLevel === 'high');
  for (const item of [...exposed].sort(byStart)) {
    const together = exposed.filter(
      (other) =>
        other.siteId === item.siteId && other.participantId !== item.participantId && overlaps(item, other),
    );
    if (together.length === 0) continue;
    const people = [...new Set([item, ...together].map((entry) => entry.participantName))].sort((a, b) =>
      a.localeCompare(b, 'sv'),
    );
    const key = `${item.siteId}|${people.join('|')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    warnings.push({
      kind: 'high-protection-together',
      siteName: item.siteName ?? '',
      startsAt: item.startsAt,
      people,
    });
  }
  for (const item of [...items].sort(byStart)) {
    const hour = hourInZone(item.endsAt, timeZone);
    if (hour < LATE_HOUR && hour >= 6) continue;
    const company = items.some(
      (other) =>
        other.participantId !== item.participantId &&
        other.siteId === item.siteId &&
        item.siteId !== null &&
        Date.parse(other.startsAt) < Date.parse(item.endsAt) &&
        Date.parse(other.endsAt) >= Date.parse(item.endsAt),
    );
    if (!company) {
      warnings.push({
        kind: 'late-alone',
        siteName: item.siteName,
        endsAt: item.endsAt,
        person: item.participantName,
      });
    }
  }
  return warnings;
}
