import { diffRevisionRisks, reviewCreateSchema, shareCreateSchema } from './partner';
import { RiskDto } from './risk';

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

describe('changes between two revisions', () => {
  it('names added, removed and changed risks by id, with the changed fields', () => {
    const before = [risk('a'), risk('b'), risk('c')];
    const after = [risk('a'), risk('c', { likelihood: 4, owner: 'Polisen', version: 2 }), risk('d')];
    expect(diffRevisionRisks(before, after)).toEqual({
      added: [{ id: 'd', title: 'Risk d', fields: [] }],
      removed: [{ id: 'b', title: 'Risk b', fields: [] }],
      changed: [{ id: 'c', title: 'Risk c', fields: ['likelihood', 'owner'] }],
    });
  });

  it('sees a changed mitigation', () => {
    const mitigation = { id: 'm', description: 'Vakt', owner: '', dueDate: null, status: 'planned' as const };
    const changes = diffRevisionRisks(
      [risk('a', { mitigations: [mitigation] })],
      [risk('a', { mitigations: [{ ...mitigation, status: 'done' }] })],
    );
    expect(changes.changed).toEqual([{ id: 'a', title: 'Risk a', fields: ['mitigations'] }]);
  });
});

describe('share and review rules', () => {
  const future = new Date(Date.now() + 86400_000).toISOString();

  it('refuses participant names without an explicit confirmation', () => {
    const result = shareCreateSchema.safeParse({
      organizationId: 'o',
      scope: ['risks', 'participant-names'],
      expiresAt: future,
    });
    expect(result.success).toBe(false);
    expect(
      shareCreateSchema.safeParse({
        organizationId: 'o',
        scope: ['risks', 'participant-names'],
        expiresAt: future,
        confirmParticipantNames: true,
      }).success,
    ).toBe(true);
  });

  it('refuses an expiry in the past', () => {
    const result = shareCreateSchema.safeParse({
      organizationId: 'o',
      scope: ['risks'],
      expiresAt: '2020-01-01T00:00:00Z',
    });
    expect(result.success).toBe(false);
  });

  it('requires a comment when changes are requested', () => {
    expect(reviewCreateSchema.safeParse({ decision: 'changes-requested' }).success).toBe(false);
    expect(reviewCreateSchema.safeParse({ decision: 'approved' }).success).toBe(true);
  });
});
