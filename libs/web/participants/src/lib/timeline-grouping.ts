import type { TimelineItem } from './participants-api';

export interface SiteGroup {
  /** Null for items without a place. */
  siteName: string | null;
  items: TimelineItem[];
}

export interface DayGroup {
  /** The calendar day in the event's zone, "2027-06-28". */
  day: string;
  sites: SiteGroup[];
}

/** The calendar day ("2027-06-28") of an instant as read in the zone. */
export function dayInZone(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

function bySite(items: TimelineItem[]): SiteGroup[] {
  const groups = new Map<string | null, TimelineItem[]>();
  for (const item of items) groups.set(item.siteName, [...(groups.get(item.siteName) ?? []), item]);
  return [...groups.entries()]
    .map(([siteName, grouped]) => ({
      siteName,
      items: [...grouped].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)),
    }))
    .sort((a, b) =>
      a.siteName === null ? 1 : b.siteName === null ? -1 : a.siteName.localeCompare(b.siteName, 'sv'),
    );
}

/** Items per day (by start, in the event's zone), then per place, each by time; items without a place last. */
export function timelineByDayAndSite(items: TimelineItem[], timeZone: string): DayGroup[] {
  const days = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const day = dayInZone(item.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, dayItems]) => ({ day, sites: bySite(dayItems) }));
}

/** Public appearances per place, each place by time: where and when people are exposed. */
export function exposureByPlace(items: TimelineItem[]): SiteGroup[] {
  return bySite(items.filter((item) => item.isPublic));
}
