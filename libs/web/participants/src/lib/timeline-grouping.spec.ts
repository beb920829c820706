import type { TimelineItem } from './participants-api';
import { dayInZone, exposureByPlace, timelineByDayAndSite } from './timeline-grouping';

let next = 0;
function item(startsAt: string, siteName: string | null, isPublic = true): TimelineItem {
  next += 1;
  return {
    id: `i${next}`,
    participantId: `p${next}`,
    participantName: `Person ${next}`,
    title: `Item ${next}`,
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 3600_000).toISOString(),
    siteId: siteName ? `s-${siteName}` : null,
    siteName,
    isPublic,
  };
}

describe('timeline grouping', () => {
  it('reads the day in the event zone, not in UTC', () => {
    expect(dayInZone('2027-06-28T22:30:00Z', 'Europe/Stockholm')).toBe('2027-06-29');
    expect(dayInZone('2027-06-28T21:59:00Z', 'Europe/Stockholm')).toBe('2027-06-28');
  });

  it('groups by day, then by place, with items by time and places without a name last', () => {
    const late = item('2027-06-28T14:00:00Z', 'Almedalen');
    const early = item('2027-06-28T08:00:00Z', 'Almedalen');
    const nowhere = item('2027-06-28T09:00:00Z', null);
    const harbour = item('2027-06-28T10:00:00Z', 'Hamnen');
    const nextDay = item('2027-06-29T08:00:00Z', 'Hamnen');
    const days = timelineByDayAndSite([late, nextDay, nowhere, early, harbour], 'Europe/Stockholm');
    expect(days.map((day) => day.day)).toEqual(['2027-06-28', '2027-06-29']);
    expect(days[0].sites.map((group) => group.siteName)).toEqual(['Almedalen', 'Hamnen', null]);
    expect(days[0].sites[0].items).toEqual([early, late]);
    expect(days[1].sites).toEqual([{ siteName: 'Hamnen', items: [nextDay] }]);
  });

  it('lists only public appearances for the exposure view', () => {
    const open = item('2027-06-28T10:00:00Z', 'Almedalen');
    const closed = item('2027-06-28T11:00:00Z', 'Almedalen', false);
    expect(exposureByPlace([open, closed])).toEqual([{ siteName: 'Almedalen', items: [open] }]);
  });
});
