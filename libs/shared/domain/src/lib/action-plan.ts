import { z } from 'zod';
import { INCIDENT_CATEGORIES, IncidentCategory } from './incident';
import { Translated } from './language';
import { lineText, versionField } from './validation';

/** One step of a category's checklist; `forPerson` steps are what the folders tell the person to do. */
export interface ActionPlanStep {
  id: string;
  text: Translated;
  forPerson: boolean;
}

export type ActionPlanSteps = Record<IncidentCategory, ActionPlanStep[]>;

export interface ActionPlanDto {
  eventId: string;
  categories: ActionPlanSteps;
  /** 0 while the event still uses the unit's default plan. */
  version: number;
  updatedAt: string | null;
}

/** The unit's default handling of an incident, in order; the coordinator edits it per event and category. */
export const DEFAULT_ACTION_STEPS: readonly ActionPlanStep[] = [
  {
    id: 'safe',
    text: { sv: 'Se till att personen är i säkerhet.', en: 'Make the person safe.' },
    forPerson: true,
  },
  {
    id: 'call-112',
    text: { sv: 'Ring 112 om det är akut.', en: 'Call 112 if it is acute.' },
    forPerson: true,
  },
  {
    id: 'inform-coordinator',
    text: { sv: 'Informera säkerhetssamordnaren.', en: 'Inform the security coordinator.' },
    forPerson: true,
  },
  {
    id: 'document',
    text: {
      sv: 'Dokumentera vad, när, var och vilka. Spara meddelanden och skärmbilder.',
      en: 'Document what, when, where and who. Save messages and screenshots.',
    },
    forPerson: true,
  },
  {
    id: 'police-report',
    text: {
      sv: 'Polisanmäl (114 14 eller polisen.se) och notera diarienumret.',
      en: 'Report to the police (114 14 or polisen.se) and note the report number.',
    },
    forPerson: true,
  },
  {
    id: 'support',
    text: { sv: 'Erbjud personen stöd.', en: 'Offer support to the person.' },
    forPerson: false,
  },
  { id: 'follow-up', text: { sv: 'Följ upp.', en: 'Follow up.' }, forPerson: false },
  {
    id: 'inform-partners',
    text: { sv: 'Informera samverkansparterna.', en: 'Inform the partners.' },
    forPerson: false,
  },
];

export function defaultActionPlan(): ActionPlanSteps {
  return Object.fromEntries(
    INCIDENT_CATEGORIES.map((category) => [category, DEFAULT_ACTION_STEPS.map((step) => ({ ...step }))]),
  ) as ActionPlanSteps;
}

const stepSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional(),
  text: z.strictObject({ sv: lineText(1, 300), en: lineText(1, 300) }),
  forPerson: z.boolean(),
});

const categoriesShape = Object.fromEntries(
  INCIDENT_CATEGORIES.map((category) => [category, z.array(stepSchema).max(30)]),
) as Record<IncidentCategory, z.ZodArray<typeof stepSchema>>;

/** The whole plan is saved at once; version 0 replaces the default plan. */
export const actionPlanUpdateSchema = z.strictObject({
  categories: z.strictObject(categoriesShape),
  version: versionField.or(z.literal(0)),
});
export type ActionPlanUpdate = z.output<typeof actionPlanUpdateSchema>;

/** The steps for the person, once each in plan order across categories, for the folders' "Om något händer". */
export function personalSteps(
  plan: ActionPlanSteps,
  category: IncidentCategory = 'threat',
): ActionPlanStep[] {
  return plan[category].filter((step) => step.forPerson);
}
