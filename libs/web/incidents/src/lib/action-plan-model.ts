import {
  ActionPlanSteps,
  ActionPlanUpdate,
  INCIDENT_CATEGORIES,
  IncidentCategory,
} from '@tryggplan/shared/domain';

/**
 * One step as the editor holds it: `key` tells rows apart on the page (new steps have no id until
 * the API gives them one), `id` is the saved step's id, kept so ticked checklists still read.
 */
export interface StepDraft {
  key: string;
  id?: string;
  sv: string;
  en: string;
  forPerson: boolean;
}

export type PlanDraft = Record<IncidentCategory, StepDraft[]>;

let nextKey = 0;
const newKey = () => `step-row-${++nextKey}`;

export function draftOfPlan(categories: ActionPlanSteps): PlanDraft {
  return Object.fromEntries(
    INCIDENT_CATEGORIES.map((category) => [
      category,
      (categories[category] ?? []).map((step) => ({
        key: newKey(),
        id: step.id,
        sv: step.text.sv,
        en: step.text.en,
        forPerson: step.forPerson,
      })),
    ]),
  ) as PlanDraft;
}

/** The steps with one moved `delta` places (−1 up, +1 down); at either end nothing moves. */
export function moveStep(steps: readonly StepDraft[], index: number, delta: -1 | 1): StepDraft[] {
  const target = index + delta;
  if (index < 0 || index >= steps.length || target < 0 || target >= steps.length) return [...steps];
  const moved = [...steps];
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return moved;
}

/** The steps with an empty one added last; not for the person unless ticked. */
export function addStep(steps: readonly StepDraft[]): StepDraft[] {
  return [...steps, { key: newKey(), sv: '', en: '', forPerson: false }];
}

export function removeStep(steps: readonly StepDraft[], index: number): StepDraft[] {
  return steps.filter((_, position) => position !== index);
}

export function changeStep(
  steps: readonly StepDraft[],
  index: number,
  change: Partial<Omit<StepDraft, 'key' | 'id'>>,
): StepDraft[] {
  return steps.map((step, position) => (position === index ? { ...step, ...change } : step));
}

/** The PUT body: every category in its order, saved steps with their ids, new ones without. */
export function planUpdate(draft: PlanDraft, version: number): ActionPlanUpdate {
  const categories = Object.fromEntries(
    INCIDENT_CATEGORIES.map((category) => [
      category,
      draft[category].map((step) => ({
        ...(step.id ? { id: step.id } : {}),
        text: { sv: step.sv, en: step.en },
        forPerson: step.forPerson,
      })),
    ]),
  ) as ActionPlanUpdate['categories'];
  return { categories, version };
}

/** Where an API field (`categories.threat.2.text.sv`) is on the page: category, row and input. */
export function stepFieldOf(
  field: string,
): { category: IncidentCategory; index: number; input: 'sv' | 'en' | 'forPerson' | null } | null {
  const match = /^categories\.([a-z-]+)(?:\.(\d+)(?:\.(?:text\.)?(sv|en|forPerson))?)?/.exec(field);
  if (!match || !INCIDENT_CATEGORIES.includes(match[1] as IncidentCategory)) return null;
  return {
    category: match[1] as IncidentCategory,
    index: match[2] === undefined ? -1 : Number(match[2]),
    input: (match[3] as 'sv' | 'en' | 'forPerson' | undefined) ?? null,
  };
}
