import { RiskDto } from '@tryggplan/shared/domain';
import { buildRiskPlan } from './risk-plan';

function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
}

const risk = (overrides: Partial<RiskDto>): RiskDto => ({
  id: 'r',
  eventId: 'e',
  title: 'Risk',
  description: '',
  category: 'crowding',
  likelihood: 3,
  consequence: 3,
  score: 9,
  level: 'medium',
  treatment: 'reduce',
  status: 'open',
  owner: '',
  residualLikelihood: null,
  residualConsequence: null,
  residualScore: null,
  residualLevel: null,
  siteIds: [],
  mitigations: [],
  version: 1,
  createdAt: '2027-01-01T00:00:00Z',
  updatedAt: '2027-01-01T00:00:00Z',
  ...overrides,
});

const event = {
  name: 'Almedalsveckan',
  startsAt: '2027-06-27T06:00:00Z',
  endsAt: '2027-07-02T20:00:00Z',
  timezone: 'Europe/Stockholm',
  locationName: 'Visby',
};

describe('buildRiskPlan', () => {
  const risks = [
    risk({ title: 'Trängsel', score: 9, level: 'medium' }),
    risk({
      title: 'Attack',
      likelihood: 5,
      consequence: 5,
      score: 25,
      level: 'critical',
      residualLikelihood: 2,
      residualConsequence: 5,
      residualScore: 10,
      residualLevel: 'high',
      owner: 'Polisen',
      mitigations: [
        { id: 'm', description: 'Samlingsplats känd', owner: 'Kim', dueDate: '2027-06-20', status: 'done' },
      ],
    }),
  ];

  it('lays out a landscape plan with cover, summary, both matrices and the register by score', () => {
    const doc = buildRiskPlan({
      event,
      risks,
      generatedAt: '2027-06-01T08:00:00Z',
      lang: 'sv',
      revisionLabel: 'Revision 2',
    });
    expect(doc.pageOrientation).toBe('landscape');
    const all = texts(doc.content).join('\n');
    for (const expected of [
      'Riskplan',
      'Revision 2 · Läget per 1 juni 2027 kl. 10:00',
      'Sammanfattning',
      'Riskmatris – ursprunglig risk',
      'Riskmatris – kvarvarande risk',
      '25 Kritisk',
      '10 Hög',
      'ej bedömd',
      'Samlingsplats känd (Kim) klart 20 juni 2027 – Klar',
    ]) {
      expect(all).toContain(expected);
    }
    expect(all.indexOf('Attack')).toBeLessThan(all.indexOf('Trängsel'));
  });

  it('is in English when asked, and says when the register is empty', () => {
    const doc = buildRiskPlan({ event, risks: [], generatedAt: '2027-06-01T08:00:00Z', lang: 'en' });
    const all = texts(doc.content).join('\n');
    expect(all).toContain('Risk plan');
    expect(all).toContain('No risks registered.');
    expect(all).not.toContain('Riskplan');
  });

  it('draws the sites on a map page, numbered with a key, and leaves accommodation out', () => {
    const point = (lng: number, lat: number) => ({
      type: 'Point' as const,
      coordinates: [lng, lat] as [number, number],
    });
    const doc = buildRiskPlan({
      event,
      risks,
      generatedAt: '2027-06-01T08:00:00Z',
      lang: 'sv',
      sites: [
        { id: 'a', kind: 'hazard', name: 'Trång passage', address: '', geometry: point(18.29, 57.64) },
        { id: 'b', kind: 'accommodation', name: 'Hotell Strand', address: '', geometry: point(18.3, 57.64) },
        { id: 'c', kind: 'venue', name: 'Almedalsscenen', address: '', geometry: point(18.288, 57.6404) },
      ],
    });
    const all = texts(doc.content).join('\n');
    expect(all).toContain('Platser på kartan');
    expect(all).toContain('Almedalsscenen');
    expect(all).toContain('Trång passage');
    expect(all).not.toContain('Hotell Strand');
    const findSvg = (node: unknown): string | undefined => {
      if (Array.isArray(node)) return node.map(findSvg).find(Boolean);
      if (node && typeof node === 'object') {
        const svg = (node as { svg?: string }).svg;
        return svg ?? Object.values(node).map(findSvg).find(Boolean);
      }
      return undefined;
    };
    const svg = findSvg(doc.content) ?? '';
    expect(svg).toContain('data-number="2"');
    expect(svg).not.toContain('data-number="3"');
  });
});
