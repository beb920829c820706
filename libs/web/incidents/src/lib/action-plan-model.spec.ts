import { actionPlanUpdateSchema, defaultActionPlan, INCIDENT_CATEGORIES } from '@tryggplan/shared/domain';
import {
  addStep,
  changeStep,
  draftOfPlan,
  moveStep,
  planUpdate,
  removeStep,
  StepDraft,
  stepFieldOf,
} from './action-plan-model';

const step = (sv: string, id?: string): StepDraft => ({
  key: `k-${sv}`,
  ...(id ? { id } : {}),
  sv,
  en: `${sv} (en)`,
  forPerson: false,
});
const texts = (steps: StepDraft[]) => steps.map((item) => item.sv);

describe('editing the steps of the action plan', () => {
  const steps = [step('A', 'a'), step('B', 'b'), step('C', 'c')];

  it('moves a step up and down by one place', () => {
    expect(texts(moveStep(steps, 1, -1))).toEqual(['B', 'A', 'C']);
    expect(texts(moveStep(steps, 1, 1))).toEqual(['A', 'C', 'B']);
    expect(texts(steps)).toEqual(['A', 'B', 'C']);
  });

  it('moves nothing past either end', () => {
    expect(texts(moveStep(steps, 0, -1))).toEqual(['A', 'B', 'C']);
    expect(texts(moveStep(steps, 2, 1))).toEqual(['A', 'B', 'C']);
    expect(texts(moveStep(steps, 7, -1))).toEqual(['A', 'B', 'C']);
  });

  it('adds an empty step last, with a key of its own and no id yet', () => {
    const added = addStep(steps);
    expect(added).toHaveLength(4);
    expect(added[3]).toMatchObject({ sv: '', en: '', forPerson: false });
    expect(added[3].id).toBeUndefined();
    expect(new Set(added.map((item) => item.key)).size).toBe(4);
  });

  it('removes one step and keeps the order of the rest', () => {
    expect(texts(removeStep(steps, 1))).toEqual(['A', 'C']);
    expect(texts(removeStep(steps, 5))).toEqual(['A', 'B', 'C']);
  });

  it('changes the texts and the "for the person" mark of one step', () => {
    const changed = changeStep(steps, 2, { en: 'See', forPerson: true });
    expect(changed[2]).toMatchObject({ sv: 'C', en: 'See', forPerson: true, id: 'c' });
    expect(changed[0]).toBe(steps[0]);
  });

  it('sends every category in order, saved steps with their ids and new ones without', () => {
    const draft = draftOfPlan(defaultActionPlan());
    draft.theft = addStep(moveStep(draft.theft, 0, 1));
    draft.theft = changeStep(draft.theft, draft.theft.length - 1, { sv: 'Spärra kort', en: 'Block cards' });
    const body = planUpdate(draft, 0);
    expect(Object.keys(body.categories)).toEqual([...INCIDENT_CATEGORIES]);
    expect(body.categories.theft.slice(0, 2).map((item) => item.id)).toEqual(['call-112', 'safe']);
    expect(body.categories.theft.at(-1)).toEqual({
      text: { sv: 'Spärra kort', en: 'Block cards' },
      forPerson: false,
    });
    expect(actionPlanUpdateSchema.safeParse(body).success).toBe(true);
  });

  it('finds the category, row and input an API error names', () => {
    expect(stepFieldOf('categories.threat.2.text.sv')).toEqual({ category: 'threat', index: 2, input: 'sv' });
    expect(stepFieldOf('categories.property-damage.0.forPerson')).toEqual({
      category: 'property-damage',
      index: 0,
      input: 'forPerson',
    });
    expect(stepFieldOf('categories.fire')).toEqual({ category: 'fire', index: -1, input: null });
    expect(stepFieldOf('version')).toBeNull();
  });
});
