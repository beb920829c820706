import { buildBriefingFolder, FolderData } from './folder';
import { coreSites, folderMap, FolderSite, folderSites, personalMapSites } from './folder-map';

const point = (lng: number, lat: number) => ({
  type: 'Point' as const,
  coordinates: [lng, lat] as [number, number],
});

const FOLDER_SITES: FolderSite[] = [
  {
    id: 's1',
    kind: 'venue',
    name: 'Almedalsscenen',
    address: 'Almedalen, Visby',
    geometry: point(18.2882, 57.6404),
  },
  {
    id: 's2',
    kind: 'accommodation',
    name: 'Hotell Åkersborg',
    address: 'Strandgatan 1',
    geometry: point(18.291, 57.641),
  },
  {
    id: 's3',
    kind: 'accommodation',
    name: 'Hotell Östergården',
    address: 'Östra gatan 9',
    geometry: point(18.3, 57.636),
  },
  {
    id: 's4',
    kind: 'assembly-point',
    name: 'Återsamling Donners plats',
    address: 'Donners plats',
    geometry: point(18.293, 57.6395),
  },
  { id: 's5', kind: 'hazard', name: 'Trång passage vid muren', address: '', geometry: point(18.289, 57.642) },
  {
    id: 's6',
    kind: 'evacuation-route',
    name: 'Utrymning norr',
    address: '',
    geometry: {
      type: 'LineString',
      coordinates: [
        [18.289, 57.641],
        [18.293, 57.645],
      ],
    },
  },
];

const folderData = (overrides: Partial<FolderData> = {}): FolderData => ({
  format: 'a4',
  lang: 'sv',
  generatedAt: '2027-06-20T10:30:00.000Z',
  event: {
    name: 'Almedalsveckan – övning',
    startsAt: '2027-06-27T06:00:00.000Z',
    endsAt: '2027-07-02T20:00:00.000Z',
    timezone: 'Europe/Stockholm',
    locationName: 'Visby, Gotland',
    contacts: [
      { role: 'security-coordinator', name: 'Åsa Öberg', phone: '+46 70 174 06 07' },
      { role: 'unit-duty', name: 'Jouren', phone: '+46 70 174 06 08', email: 'jour@region.example' },
      { role: 'police', name: 'Polisens kontakt', phone: '114 14' },
    ],
    briefingAdvice: 'Gå inte ensam på kvällen.\n\nHåll telefonen laddad.',
    threatSummary: 'Förhöjd hotbild mot förtroendevalda.',
  },
  sites: FOLDER_SITES,
  ...overrides,
});

const person = {
  fullName: 'Örjan Ärlig',
  organization: 'Regionstyrelsen',
  accommodationSiteId: 's2',
  schedule: [
    {
      title: 'Seminarium om trygghet',
      startsAt: '2027-06-28T08:00:00.000Z',
      endsAt: '2027-06-28T09:00:00.000Z',
      siteId: 's1',
    },
  ],
  pageUrl: 'https://tryggplan.example/p/abc',
};

/** All strings of a pdfmake content tree, in order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) =>
      key === 'svg' || key === 'qr' ? [] : texts(value),
    );
  }
  return [];
}

function nodes(node: unknown, key: string): unknown[] {
  if (Array.isArray(node)) return node.flatMap((n) => nodes(n, key));
  if (node && typeof node === 'object') {
    const own = key in node ? [(node as Record<string, unknown>)[key]] : [];
    return [...own, ...Object.values(node).flatMap((n) => nodes(n, key))];
  }
  return [];
}

/** The map pictures of a folder, not the key's small marker symbols. */
const mapSvgs = (content: unknown) =>
  (nodes(content, 'svg') as string[]).filter((svg) => svg.includes('class="markers"'));

/** Each map marker's number and centre, from the picture. */
function markers(svg: string): { number: number; x: number; y: number }[] {
  return [...svg.matchAll(/<text class="marker" data-number="(\d+)" x="([\d.-]+)" y="([\d.-]+)"/g)].map(
    ([, number, x, y]) => ({ number: Number(number), x: Number(x), y: Number(y) }),
  );
}

describe('buildBriefingFolder', () => {
  it('makes the general A4 folder: emergency first, what to do, assembly points, advice, threat summary and the map', () => {
    const doc = buildBriefingFolder(folderData());
    const all = texts(doc.content).join('\n');
    expect(doc.pageSize).toBe('A4');
    expect(doc.language).toBe('sv-SE');
    expect(doc.info).toMatchObject({
      title: 'Säkerhetsfolder – Almedalsveckan – övning',
      author: 'Tryggplan',
    });
    const order = [
      'Gäller från 20 juni 2027 kl. 12:30',
      '112',
      '114 14',
      '1177',
      'Åsa Öberg',
      '+46 70 174 06 08',
      'E-post: jour@region.example',
      'Om du blir hotad',
      'Återsamling Donners plats',
      'Hotbild',
      'Allmänna råd',
      'Karta',
    ];
    let last = -1;
    for (const expected of order) {
      const at = all.indexOf(expected, last + 1);
      expect({ expected, at: at > last }).toEqual({ expected, at: true });
      last = at;
    }
    expect(all).toContain('Håll telefonen laddad.');
    expect(mapSvgs(doc.content)).toHaveLength(1);
    expect(nodes(doc.content, 'qr')).toHaveLength(0);
  });

  it('keeps hazards and every accommodation out of the general folder', () => {
    const doc = buildBriefingFolder(folderData());
    const all = texts(doc.content).join('\n') + mapSvgs(doc.content)[0];
    expect(all).not.toContain('Hotell');
    expect(all).not.toContain('Trång passage');
    expect(all).not.toContain('Boende');
  });

  it('makes a personal folder with the name, schedule, own accommodation and a QR code, and nobody else’s hotel', () => {
    const doc = buildBriefingFolder(folderData({ person }));
    const all = texts(doc.content).join('\n');
    expect(doc.info?.title).toBe('Personlig säkerhetsfolder – Almedalsveckan – övning – Örjan Ärlig');
    expect(all).toContain('Örjan Ärlig');
    expect(all).toContain('Ditt program');
    expect(all).toContain('28 juni 2027 kl. 10:00–11:00');
    expect(all).toContain('Seminarium om trygghet');
    expect(all).toContain('Almedalsscenen\nAlmedalen, Visby');
    expect(all).toContain('Hotell Åkersborg');
    expect(all).not.toContain('Hotell Östergården');
    expect(nodes(doc.content, 'qr')).toEqual(['https://tryggplan.example/p/abc']);
  });

  it('speaks English when asked', () => {
    const doc = buildBriefingFolder(folderData({ lang: 'en', person }));
    const all = texts(doc.content).join('\n');
    expect(doc.language).toBe('en-GB');
    for (const expected of [
      'Personal security briefing',
      'If you are threatened, harassed or attacked',
      'Your schedule',
      'Assembly points',
      'Security coordinator on site',
      'Valid as of 20 June 2027',
    ]) {
      expect(all).toContain(expected);
    }
    expect(all).not.toContain('Säkerhetsfolder');
    expect(all).not.toContain('Ditt program');
  });

  it('prints the coordinator’s English texts in an English folder, and the Swedish ones in a Swedish folder', () => {
    const base = folderData().event;
    const event = {
      ...base,
      contacts: [
        ...base.contacts.map((contact) =>
          contact.role === 'unit-duty'
            ? { ...contact, name: 'Säkerhetsenhetens jour', nameEn: 'The security unit on duty' }
            : contact,
        ),
        { role: 'other' as const, name: 'Taxi Gotland', note: 'Beställ i förväg.', noteEn: 'Book ahead.' },
      ],
      threatSummaryEn: 'Heightened threat level against elected officials.',
      briefingAdviceEn: 'Do not walk alone at night.\n\nKeep your phone charged.',
    };
    for (const format of ['a4', 'a6'] as const) {
      const en = texts(buildBriefingFolder(folderData({ format, lang: 'en', event })).content).join('\n');
      for (const expected of [
        'Threat summary',
        'Heightened threat level against elected officials.',
        'General advice',
        'Do not walk alone at night.',
        'Keep your phone charged.',
        'The security unit on duty',
        'Book ahead.',
        'Åsa Öberg',
      ])
        expect({ format, expected, found: en.includes(expected) }).toEqual({ format, expected, found: true });
      for (const absent of [
        'Förhöjd hotbild',
        'Gå inte ensam',
        'Säkerhetsenhetens jour',
        'Beställ',
        'Only available',
      ])
        expect({ format, absent, found: en.includes(absent) }).toEqual({ format, absent, found: false });
      const sv = texts(buildBriefingFolder(folderData({ format, event })).content).join('\n');
      for (const expected of [
        'Förhöjd hotbild mot förtroendevalda.',
        'Säkerhetsenhetens jour',
        'Beställ i förväg.',
      ])
        expect(sv).toContain(expected);
      for (const absent of [
        'Heightened',
        'Do not walk',
        'The security unit on duty',
        'Book ahead',
        'Finns bara',
      ])
        expect(sv).not.toContain(absent);
    }
  });

  it('prints the Swedish text in an English folder when no English one is written, and says so in English', () => {
    const base = folderData().event;
    const event = {
      ...base,
      contacts: [
        ...base.contacts,
        { role: 'other' as const, name: 'Taxi Gotland', note: 'Beställ i förväg.' },
      ],
      threatSummaryEn: 'Heightened threat level.',
      briefingAdviceEn: '   ',
    };
    const doc = buildBriefingFolder(folderData({ lang: 'en', event }));
    const all = texts(doc.content).join('\n');
    // the advice: its heading, the note, then the Swedish paragraphs
    const advice = all.indexOf('General advice');
    expect(advice).toBeGreaterThan(-1);
    expect(all.indexOf('Only available in Swedish.', advice)).toBeGreaterThan(advice);
    expect(all.indexOf('Gå inte ensam på kvällen.', advice)).toBeGreaterThan(
      all.indexOf('Only available in Swedish.', advice),
    );
    expect(all).toContain('Håll telefonen laddad.');
    // the threat summary is written in English: no note there
    expect(all.match(/Only available in Swedish\./g)).toHaveLength(1);
    expect(all).toContain('In Swedish: Beställ i förväg.');
    // the note stays with the first paragraph, which stays with the heading
    const content = doc.content as unknown as Record<string, unknown>[];
    const kept = content.find((node) => texts(node).includes('General advice'));
    expect(kept?.['unbreakable']).toBe(true);
    expect(texts(kept)).toEqual(
      expect.arrayContaining(['General advice', 'Only available in Swedish.', 'Gå inte ensam på kvällen.']),
    );
    expect(texts(kept)).not.toContain('Håll telefonen laddad.');
    // a Swedish folder of an event with only an English text prints that, marked as English
    const sv = texts(
      buildBriefingFolder(folderData({ event: { ...event, threatSummary: '' } })).content,
    ).join('\n');
    expect(sv).toContain('Finns bara på engelska.');
    expect(sv).toContain('Heightened threat level.');
  });

  it('keeps a heading with its text, the emergency block whole, and leaves empty sections out', () => {
    const doc = buildBriefingFolder(
      folderData({
        format: 'a6',
        sites: FOLDER_SITES.filter((site) => site.kind !== 'assembly-point'),
        person: { ...person, accommodationSiteId: null, schedule: [] },
      }),
    );
    const content = doc.content as unknown as Record<string, unknown>[];
    const all = texts(content).join('\n');
    for (const absent of ['Ditt program', 'Ditt boende', 'Återsamlingsplatser', 'Inga ', 'Inget '])
      expect(all).not.toContain(absent);
    // The emergency numbers and the key contacts are one block that pdfmake never splits.
    const block = content.find((node) => texts(node).includes('Nödnummer och kontakter')) as Record<
      string,
      unknown
    >;
    expect(block.unbreakable).toBe(true);
    expect(texts(block)).toEqual(
      expect.arrayContaining(['112', '114 14', '1177', '+46 70 174 06 07', '+46 70 174 06 08']),
    );
    // Every heading opens an unbreakable block with its first entry, or is kept by the page-break rule.
    const pageBreakBefore = doc.pageBreakBefore as unknown as (
      node: object,
      nodes: { getFollowingNodesOnPage(): object[] },
    ) => boolean;
    const heading = { headlineLevel: 1 };
    expect(pageBreakBefore(heading, { getFollowingNodesOnPage: () => [{ id: 'page-margin' }] })).toBe(true);
    expect(
      pageBreakBefore(heading, { getFollowingNodesOnPage: () => [{ text: 'x' }, { id: 'page-margin' }] }),
    ).toBe(false);
    expect(pageBreakBefore({ text: 'x' }, { getFollowingNodesOnPage: () => [] })).toBe(false);
  });

  it('places the map numbers apart, with a leader line to a site whose number had to move', () => {
    const crowd: FolderSite[] = Array.from({ length: 12 }, (_, i) => ({
      id: `c${i}`,
      kind: i % 2 ? 'venue' : 'assembly-point',
      name: `Plats ${i + 1}`,
      address: '',
      geometry: point(18.2882 + (i % 4) * 0.00005, 57.6404 + Math.floor(i / 4) * 0.00003),
    }));
    for (const format of ['a4', 'a6'] as const) {
      const map = folderMap(crowd, { format, lang: 'sv' });
      const placed = markers(map.svg);
      expect(placed.map((m) => m.number).sort((a, b) => a - b)).toEqual(crowd.map((_, i) => i + 1));
      for (const a of placed)
        for (const b of placed)
          if (a !== b)
            expect({ a: a.number, b: b.number, apart: Math.hypot(a.x - b.x, a.y - b.y) >= 14 }).toMatchObject(
              { apart: true },
            );
      expect(map.svg).toContain('class="leader"');
      expect(map.svg).not.toContain('class="legend"');
    }
  });

  it('fits a personal map to the person’s places and the nearest help, and the general one to the centre', () => {
    const sites: FolderSite[] = [
      ...FOLDER_SITES,
      { id: 'p1', kind: 'police', name: 'Polisen', address: '', geometry: point(18.3, 57.637) },
      { id: 'p2', kind: 'police', name: 'Polisen Slite', address: '', geometry: point(18.8, 57.7) },
      { id: 'f1', kind: 'first-aid', name: 'Lasarettet', address: '', geometry: point(18.303, 57.634) },
      { id: 'v2', kind: 'venue', name: 'Annan scen', address: '', geometry: point(18.295, 57.642) },
      { id: 'far', kind: 'zone', name: 'Parkering', address: '', geometry: point(18.35, 57.663) },
    ];
    const reader = { accommodationSiteId: 's2', scheduleSiteIds: ['s1', null] };
    expect(personalMapSites(sites, reader).map((site) => site.id)).toEqual(['s1', 's2', 's4', 'p1', 'f1']);
    expect(coreSites(folderSites(sites)).map((site) => site.id)).not.toContain('far');
    const own = folderMap(sites, { format: 'a4', lang: 'sv', reader });
    expect(own.sites.map((site) => site.id)).toEqual(['s1', 's2', 's4', 'p1', 'f1']);
    expect(own.overview).toBe(true);
    expect(own.svg).toContain('>Översikt</text>');
    const general = folderMap(sites, { format: 'a4', lang: 'en' });
    expect(general.offMap.map((site) => site.id)).toEqual(expect.arrayContaining(['far', 'p2']));
    expect(general.svg).toContain('>Overview</text>');
  });

  it('numbers the map sites by kind and name', () => {
    expect(folderSites(FOLDER_SITES, 's3').map((s) => s.id)).toEqual(['s1', 's3', 's4', 's6']);
  });
});
