import { diffRevisions, mitigationDiffValueText, riskDiffValueText } from './revision-diff';
import { MitigationDto, RiskDto } from './risk';

const risk = (id: string, overrides: Partial<RiskDto> = {}): RiskDto => ({
  id,
  eventId: 'e',
  title: `Risk ${id}`,
  description: '',
  category: 'fire',
  likelihood: 2,
  consequence: 3,
  score: 6,
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
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
  ...overrides,
});

const mitigation = (id: string, overrides: Partial<MitigationDto> = {}): MitigationDto => ({
  id,
  description: `Åtgärd ${id}`,
  owner: '',
  dueDate: null,
  status: 'planned',
  ...overrides,
});

const side = (risks: RiskDto[], sites: { id: string; name: string }[] | null = null) => ({ risks, sites });

describe('diffRevisions', () => {
  it('names added and removed risks with their number in their own revision', () => {
    const diff = diffRevisions(
      side([risk('a'), risk('b'), risk('c')]),
      side([risk('a'), risk('c'), risk('d')]),
    );
    expect(diff.added).toEqual([{ id: 'd', number: 3, title: 'Risk d' }]);
    expect(diff.removed).toEqual([{ id: 'b', number: 2, title: 'Risk b' }]);
    expect(diff.changed).toEqual([]);
  });

  it('gives each changed field its old and new value, and ignores bookkeeping', () => {
    const before = risk('a', { description: 'Trängsel vid scenen' });
    const after = risk('a', {
      title: 'Trängsel vid Almedalsscenen',
      description: 'Trängsel vid scenen under partiledartalet',
      likelihood: 4,
      score: 12,
      level: 'high',
      owner: 'Polisen',
      residualLikelihood: 2,
      residualConsequence: 3,
      residualScore: 6,
      residualLevel: 'medium',
      version: 7,
      updatedAt: '2027-02-01T00:00:00.000Z',
    });
    const [change] = diffRevisions(side([before]), side([after])).changed;
    expect(change).toMatchObject({ id: 'a', number: 1, title: 'Trängsel vid Almedalsscenen' });
    expect(change.fields).toEqual([
      { field: 'title', before: 'Risk a', after: 'Trängsel vid Almedalsscenen' },
      {
        field: 'description',
        before: 'Trängsel vid scenen',
        after: 'Trängsel vid scenen under partiledartalet',
      },
      { field: 'likelihood', before: 2, after: 4 },
      { field: 'level', before: 'medium', after: 'high' },
      { field: 'owner', before: '', after: 'Polisen' },
      { field: 'residualLikelihood', before: null, after: 2 },
      { field: 'residualConsequence', before: null, after: 3 },
      { field: 'residualLevel', before: null, after: 'medium' },
    ]);
    expect(change.mitigations).toEqual({ added: [], removed: [], changed: [] });
  });

  it('compares sites by name, in any order, only when both revisions carry the sites', () => {
    const sites = [
      { id: 's1', name: 'Scenen' },
      { id: 's2', name: 'Entrén' },
      { id: 's3', name: 'Hamnen' },
    ];
    const before = risk('a', { siteIds: ['s1', 's2'] });
    const reordered = risk('a', { siteIds: ['s2', 's1'] });
    const moved = risk('a', { siteIds: ['s2', 's3'] });
    expect(diffRevisions(side([before], sites), side([reordered], sites)).changed).toEqual([]);
    expect(diffRevisions(side([before], sites), side([moved], sites)).changed[0].fields).toEqual([
      { field: 'sites', before: ['Entrén', 'Scenen'], after: ['Entrén', 'Hamnen'] },
    ]);
    // a reader without the map sees no site change at all (not even that one happened)
    expect(diffRevisions(side([before]), side([moved])).changed).toEqual([]);
  });

  it('lists mitigations added, removed and changed field by field', () => {
    const before = risk('a', { mitigations: [mitigation('m1'), mitigation('m2')] });
    const after = risk('a', {
      mitigations: [mitigation('m1', { status: 'done', owner: 'Vaktbolaget' }), mitigation('m3')],
    });
    const [change] = diffRevisions(side([before]), side([after])).changed;
    expect(change.fields).toEqual([]);
    expect(change.mitigations).toEqual({
      added: [{ id: 'm3', description: 'Åtgärd m3', status: 'planned' }],
      removed: [{ id: 'm2', description: 'Åtgärd m2', status: 'planned' }],
      changed: [
        {
          id: 'm1',
          description: 'Åtgärd m1',
          status: 'done',
          fields: [
            { field: 'owner', before: '', after: 'Vaktbolaget' },
            { field: 'status', before: 'planned', after: 'done' },
          ],
        },
      ],
    });
  });

  it('tells two risks of one title apart by their number', () => {
    const diff = diffRevisions(
      side([risk('a', { title: 'Hot' }), risk('b', { title: 'Hot' })]),
      side([risk('a', { title: 'Hot' }), risk('b', { title: 'Hot', status: 'closed' })]),
    );
    expect(diff.changed.map(({ number, title }) => `${number} ${title}`)).toEqual(['2 Hot']);
  });
});

describe('diff values as text', () => {
  it('shows codes and scale values with their labels in the reader’s language', () => {
    expect(riskDiffValueText('category', 'fire', 'sv')).toBe('Brand');
    expect(riskDiffValueText('status', 'closed', 'en')).toBe('Closed');
    expect(riskDiffValueText('level', 'high', 'sv')).toBe('Hög');
    expect(riskDiffValueText('likelihood', 4, 'en')).toMatch(/^4 \S/);
    expect(riskDiffValueText('residualLevel', null, 'sv')).toBe('Inte bedömd');
    expect(riskDiffValueText('owner', '', 'en')).toBe('None given');
    expect(riskDiffValueText('sites', ['Entrén', 'Scenen'], 'sv')).toBe('Entrén, Scenen');
    expect(riskDiffValueText('title', 'Hot mot talare', 'en')).toBe('Hot mot talare');
    expect(mitigationDiffValueText('status', 'done', 'sv')).not.toBe('done');
    expect(mitigationDiffValueText('dueDate', null, 'sv')).toBe('Inget angivet');
  });
});
