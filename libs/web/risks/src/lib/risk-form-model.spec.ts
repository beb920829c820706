import { riskCreateSchema, validate } from '@tryggplan/shared/domain';
import { bodyOf, draftOf, emptyDraft } from './risk-form-model';

describe('risk form model', () => {
  it('reports the empty selects as required by the shared schema', () => {
    const result = validate(riskCreateSchema, bodyOf(emptyDraft()), 'en');
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.details.map((d) => d.field).sort();
    expect(fields).toEqual(['category', 'consequence', 'likelihood', 'title']);
  });

  it('turns a filled form into a valid body with nulls for what is not given', () => {
    const body = bodyOf({
      ...emptyDraft(),
      title: 'Trängsel vid scenen',
      category: 'crowding',
      likelihood: '3',
      consequence: '4',
      mitigations: [{ description: 'Fler värdar', owner: '', dueDate: '', status: 'planned' }],
    });
    expect(body).toMatchObject({
      likelihood: 3,
      consequence: 4,
      residualLikelihood: null,
      residualConsequence: null,
      mitigations: [{ description: 'Fler värdar', owner: '', dueDate: null, status: 'planned' }],
    });
    expect(validate(riskCreateSchema, body, 'sv').ok).toBe(true);
  });

  it('rejects a residual risk above the inherent one through the shared rule', () => {
    const body = bodyOf({
      ...emptyDraft(),
      title: 'Brand',
      category: 'fire',
      likelihood: '2',
      consequence: '2',
      residualLikelihood: '3',
      residualConsequence: '2',
    });
    const result = validate(riskCreateSchema, body, 'en');
    expect(result.ok ? [] : result.details.map((d) => d.field)).toEqual(['residualLikelihood']);
  });

  it('reads a saved risk back into the form unchanged', () => {
    const draft = draftOf({
      id: 'r1',
      eventId: 'e1',
      title: 'Hot',
      description: 'Scenario',
      category: 'threats-harassment',
      likelihood: 4,
      consequence: 3,
      score: 12,
      level: 'high',
      treatment: 'reduce',
      status: 'open',
      owner: 'Säkerhetsenheten',
      residualLikelihood: null,
      residualConsequence: null,
      residualScore: null,
      residualLevel: null,
      siteIds: ['s1'],
      mitigations: [{ id: 'm1', description: 'Briefing', owner: 'Anna', dueDate: null, status: 'done' }],
      version: 3,
      createdAt: '',
      updatedAt: '',
    });
    expect(draft.likelihood).toBe('4');
    expect(draft.residualLikelihood).toBe('');
    expect(bodyOf(draft).mitigations).toEqual([
      { id: 'm1', description: 'Briefing', owner: 'Anna', dueDate: null, status: 'done' },
    ]);
  });
});
