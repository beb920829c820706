import type { TimelineItem } from './participants-api';
import { dayInZone, exposureByPlace, risksAt, scheduleWarnings, timelineByDay } from './timeline-grouping';

let next = 0;
function item(
  startsAt: string,
  siteName: string | null,
  overrides: Partial<TimelineItem> = {},
  hours = 1,
): TimelineItem {
  next += 1;
  return {
    id: `i${next}`,
    participantId: `p${next}`,
    participantName: `Person ${next}`,
    protectionLevel: 'normal',
    title: `Item ${next}`,
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + hours * 3600_000).toISOString(),
    siteId: siteName ? `s-${siteName}` : null,
    siteName,
    isPublic: true,
    ...overrides,
  };
}

const ZONE = 'Europe/Stockholm';

describe('timeline grouping', () => {
  it('reads the day in the event zone, not in UTC', () => {
    expect(dayInZone('2027-06-28T22:30:00Z', ZONE)).toBe('2027-06-29');
    expect(dayInZone('2027-06-28T21:59:00Z', ZONE)).toBe('2027-06-28');
  });

  it('lists each day in time order across places, the place a column', () => {
    const late = item('2027-06-28T14:00:00Z', 'Almedalen');
    const early = item('2027-06-28T08:00:00Z', 'Almedalen');
    const nowhere = item('2027-06-28T09:00:00Z', null);
    const harbour = item('2027-06-28T10:00:00Z', 'Hamnen');
    const nextDay = item('2027-06-29T08:00:00Z', 'Hamnen');
    const days = timelineByDay([late, nextDay, nowhere, early, harbour], ZONE);
    expect(days.map((day) => day.day)).toEqual(['2027-06-28', '2027-06-29']);
    expect(days[0].items).toEqual([early, nowhere, harbour, late]);
    expect(days[1].items).toEqual([nextDay]);
  });

  it('lists only public appearances per place for the exposure view, with the place’s risks', () => {
    const open = item('2027-06-28T10:00:00Z', 'Almedalen');
    const closed = item('2027-06-28T11:00:00Z', 'Almedalen', { isPublic: false });
    expect(exposureByPlace([open, closed])).toEqual([
      { siteId: 's-Almedalen', siteName: 'Almedalen', items: [open] },
    ]);
    const risk = { id: 'r1', title: 'Trängsel', level: 'high' as const, siteIds: ['s-Almedalen'] };
    expect(risksAt('s-Almedalen', [risk])).toEqual([risk]);
    expect(risksAt('s-Hamnen', [risk])).toEqual([]);
    expect(risksAt(null, [risk])).toEqual([]);
  });

  it('warns when two people with high protection are at one public place at once', () => {
    const anna = item('2027-06-28T10:00:00Z', 'Almedalen', {
      participantName: 'Anna',
      protectionLevel: 'high',
    });
    const bo = item('2027-06-28T10:30:00Z', 'Almedalen', { participantName: 'Bo', protectionLevel: 'high' });
    const later = item('2027-06-28T12:00:00Z', 'Almedalen', {
      participantName: 'Cia',
      protectionLevel: 'high',
    });
    const normal = item('2027-06-28T10:00:00Z', 'Almedalen', { participantName: 'Dan' });
    expect(scheduleWarnings([anna, bo, later, normal], ZONE)).toEqual([
      {
        kind: 'high-protection-together',
        siteName: 'Almedalen',
        startsAt: anna.startsAt,
        people: ['Anna', 'Bo'],
      },
    ]);
  });

  it('warns of a late walk alone, not when someone else of the event is still there', () => {
    // 21:00–22:30 Stockholm time
    const alone = item('2027-06-28T19:00:00Z', 'Hamnen', { participantName: 'Eva', isPublic: false }, 1.5);
    const together = item('2027-06-28T19:00:00Z', 'Almedalen', { participantName: 'Fia' }, 1.5);
    const company = item('2027-06-28T19:30:00Z', 'Almedalen', { participantName: 'Gus' }, 2);
    const early = item('2027-06-28T16:00:00Z', 'Hamnen', { participantName: 'Hans' });
    expect(scheduleWarnings([alone, together, company, early], ZONE)).toEqual([
      { kind: 'late-alone', siteName: 'Hamnen', endsAt: alone.endsAt, person: 'Eva' },
      { kind: 'late-alone', siteName: 'Almedalen', endsAt: company.endsAt, person: 'Gus' },
    ]);
  });
});
