import { partnerMaySee, partnerView, redactedSnapshot } from './partner-view';

describe('what a partner sees of a risk plan', () => {
  const sites = [
    { id: 'stage', kind: 'venue' as const },
    { id: 'hotel', kind: 'accommodation' as const },
    { id: 'exit', kind: 'evacuation-route' as const },
  ];

  it('leaves accommodation out and keeps every other kind', () => {
    expect(partnerMaySee({ kind: 'accommodation' })).toBe(false);
    expect(partnerView(sites, []).sites.map((site) => site.id)).toEqual(['stage', 'exit']);
  });

  it('drops links from risks to sites a partner does not see', () => {
    const risk = { title: 'Trängsel', siteIds: ['stage', 'hotel'] };
    expect(partnerView(sites, [risk]).risks).toEqual([{ title: 'Trängsel', siteIds: ['stage'] }]);
  });
});

describe('a revision snapshot after the purge', () => {
  it('keeps the public schedule without the names', () => {
    const snapshot = {
      risks: [],
      publicSchedule: [{ title: 'Tal', participantName: 'Åsa Öberg' }],
    };
    expect(redactedSnapshot(snapshot)).toEqual({ risks: [], publicSchedule: [{ title: 'Tal' }] });
    expect(redactedSnapshot({ publicSchedule: null })).toEqual({ publicSchedule: null });
  });
});
