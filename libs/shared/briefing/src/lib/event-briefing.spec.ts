import { buildEventBriefing, EventBriefingData } from './event-briefing';

const data = (lang: 'sv' | 'en'): EventBriefingData => ({
  event: {
    name: 'Almedalsveckan – övning',
    description: 'Säkerhetsläget är normalt.',
    startsAt: '2027-06-27T06:00:00.000Z',
    endsAt: '2027-07-02T20:00:00.000Z',
    timezone: 'Europe/Stockholm',
    locationName: 'Visby, Gotland',
  },
  contacts: [{ role: 'security-coordinator', name: 'Åsa Öberg', phone: '+46 70 174 06 07' }],
  sites: [
    { name: 'Visby lasarett', kind: 'first-aid', address: 'Visby' },
    { name: 'Almedalsscenen', kind: 'venue', address: 'Almedalen, Visby' },
  ],
  generatedAt: '2027-06-20T10:30:00.000Z',
  lang,
});

/** All strings of a pdfmake content tree, in order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
}

describe('buildEventBriefing', () => {
  it('puts the event, emergency numbers, contacts and sites in Swedish', () => {
    const doc = buildEventBriefing(data('sv'));
    const all = texts(doc.content).join('\n');
    expect(doc.pageSize).toBe('A4');
    expect(doc.language).toBe('sv-SE');
    expect(doc.info?.title).toBe('Säkerhetsfolder – Almedalsveckan – övning');
    for (const expected of [
      'Almedalsveckan – övning',
      '27 juni 2027 – 2 juli 2027',
      'Gäller från 20 juni 2027 kl. 12:30',
      '112',
      '114 14',
      '1177',
      'Säkerhetssamordnare på plats',
      'Åsa Öberg',
      '+46 70 174 06 07',
      'Arena/scen',
      'Almedalen, Visby',
    ]) {
      expect(all).toContain(expected);
    }
    // sites are sorted by name
    expect(all.indexOf('Almedalsscenen')).toBeLessThan(all.indexOf('Visby lasarett'));
  });

  it('speaks English when asked', () => {
    const doc = buildEventBriefing(data('en'));
    const all = texts(doc.content).join('\n');
    expect(doc.language).toBe('en-GB');
    expect(all).toContain('Security briefing');
    expect(all).toContain('In an emergency');
    expect(all).toContain('Security coordinator on site');
    expect(all).toContain('Valid as of 20 June 2027');
    expect(all).not.toContain('Säkerhetsfolder');
  });

  it('says so when there are no contacts or sites', () => {
    const doc = buildEventBriefing({ ...data('sv'), contacts: [], sites: [] });
    const all = texts(doc.content).join('\n');
    expect(all).toContain('Inga kontakter angivna ännu.');
    expect(all).toContain('Inga platser angivna ännu.');
  });
});
