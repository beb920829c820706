import { buildBriefingFolder, FolderData } from './folder';
import { FolderSite, folderSites } from './folder-map';

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
    expect(nodes(doc.content, 'svg')).toHaveLength(1);
    expect(nodes(doc.content, 'qr')).toHaveLength(0);
  });

  it('keeps hazards and every accommodation out of the general folder', () => {
    const doc = buildBriefingFolder(folderData());
    const all = texts(doc.content).join('\n') + (nodes(doc.content, 'svg')[0] as string);
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

  it('puts at most eight entries on a pocket (A6) page', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      id: `a${i}`,
      kind: 'assembly-point' as const,
      name: `Plats ${i}`,
      address: '',
      geometry: point(18.29 + i / 1000, 57.64),
    }));
    const doc = buildBriefingFolder(folderData({ format: 'a6', sites: many }));
    expect(doc.pageSize).toBe('A6');
    const content = doc.content as { pageBreak?: string; style?: string }[];
    const pages: number[] = [0];
    for (const node of content) {
      if (node.pageBreak === 'before') pages.push(0);
      if (node.style !== 'h2' && node.pageBreak !== 'before') pages[pages.length - 1] += 1;
    }
    expect(Math.max(...pages)).toBeLessThanOrEqual(8);
    expect(texts(doc.content)).toContain('Återsamlingsplatser (forts.)');
    expect(texts(doc.content).filter((text) => /^Plats \d+$/.test(text))).toHaveLength(40);
  });

  it('numbers the map sites by kind and name', () => {
    expect(folderSites(FOLDER_SITES, 's3').map((s) => s.id)).toEqual(['s1', 's3', 's4', 's6']);
  });
});
