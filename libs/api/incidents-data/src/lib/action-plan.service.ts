import { Injectable } from '@nestjs/common';
import { AuditService } from '@tryggplan/api/audit-data';
import { Actor, conflict, nowIso, SharedChanges, SharedChangesCache, Sql } from '@tryggplan/api/core';
import {
  ActionPlanDto,
  ActionPlanSteps,
  ActionPlanUpdate,
  defaultActionPlan,
  INCIDENT_CATEGORIES,
} from '@tryggplan/shared/domain';
import { randomUUID } from 'node:crypto';

interface PlanRow {
  steps: string;
  updatedAt: string;
  version: number;
}

/** A step id that reads in the timeline: the given one, else one made from a short random part. */
const stepId = (given: string | undefined, taken: Set<string>): string => {
  let id = given && !taken.has(given) ? given : `step-${randomUUID().slice(0, 8)}`;
  while (taken.has(id)) id = `step-${randomUUID().slice(0, 8)}`;
  taken.add(id);
  return id;
};

/**
 * The event's action plan (handlingsplan): per incident category an ordered checklist. Until the
 * coordinator saves one, the unit's default plan applies (version 0).
 */
@Injectable()
export class ActionPlanService {
  constructor(
    private readonly sql: Sql,
    private readonly audit: AuditService,
    changes: SharedChanges,
  ) {
    this.steps = new SharedChangesCache(changes);
  }

  /** The plans new incidents take their checklists from, kept until the next write anywhere. */
  private readonly steps: SharedChangesCache<ActionPlanSteps>;

  async get(eventId: string): Promise<ActionPlanDto> {
    const row = await this.row(eventId);
    if (!row) return { eventId, categories: defaultActionPlan(), version: 0, updatedAt: null };
    return {
      eventId,
      categories: this.parse(row.steps),
      version: Number(row.version),
      updatedAt: row.updatedAt,
    };
  }

  /** `seen`: the change number the caller read with its access (Actor.changesSeen). */
  async stepsOf(eventId: string, seen?: number): Promise<ActionPlanSteps> {
    return this.steps.get(eventId, async () => (await this.get(eventId)).categories, seen);
  }

  async put(actor: Actor, eventId: string, update: ActionPlanUpdate): Promise<ActionPlanDto> {
    const categories = Object.fromEntries(
      INCIDENT_CATEGORIES.map((category) => {
        const taken = new Set<string>();
        const steps = update.categories[category].map((step) => ({
          id: stepId(step.id, taken),
          text: step.text,
          forPerson: step.forPerson,
        }));
        return [category, steps];
      }),
    ) as ActionPlanSteps;
    const now = nowIso();
    const steps = JSON.stringify(categories);
    if (update.version === 0) {
      const inserted = await this.sql.all<{ eventId: string }>(
        `INSERT INTO "action_plans" ("eventId", "steps", "updatedAt", "version") VALUES (?, ?, ?, 1)
         ON CONFLICT ("eventId") DO NOTHING RETURNING "eventId"`,
        [eventId, steps, now],
      );
      if (inserted.length === 0) throw conflict();
    } else {
      const updated = await this.sql.all<{ eventId: string }>(
        `UPDATE "action_plans" SET "steps" = ?, "updatedAt" = ?, "version" = "version" + 1
         WHERE "eventId" = ? AND "version" = ? RETURNING "eventId"`,
        [steps, now, eventId, update.version],
      );
      if (updated.length === 0) throw conflict();
    }
    await this.audit.record(actor, { action: 'action-plan.update', eventId, subjectType: 'action-plan' });
    return this.get(eventId);
  }

  private row(eventId: string): Promise<PlanRow | undefined> {
    return this.sql.get<PlanRow>(
      'SELECT "steps", "updatedAt", "version" FROM "action_plans" WHERE "eventId" = ?',
      [eventId],
    );
  }

  /** A plan saved before a category existed gets the default steps for it. */
  private parse(text: string): ActionPlanSteps {
    const saved = JSON.parse(text) as Partial<ActionPlanSteps>;
    const defaults = defaultActionPlan();
    return Object.fromEntries(
      INCIDENT_CATEGORIES.map((category) => [category, saved[category] ?? defaults[category]]),
    ) as ActionPlanSteps;
  }
}
