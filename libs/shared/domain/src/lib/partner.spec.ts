import { reviewCreateSchema, shareCreateSchema } from './partner';

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
