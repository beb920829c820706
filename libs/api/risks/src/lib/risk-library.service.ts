import { Injectable } from '@nestjs/common';
import { MembershipService } from '@tryggplan/api/auth-data';
import { notFound, Actor, userIdOf } from '@tryggplan/api/core';
import { editableOf, RisksService } from '@tryggplan/api/risks-data';
import { LANGUAGES, Language, RISK_TEMPLATES, templateToRisk } from '@tryggplan/shared/domain';
import { z } from 'zod';

/** The built-in templates and copying a register from an earlier event. */
@Injectable()
export class RiskLibraryService {
  static readonly fromTemplatesSchema = z.strictObject({
    templateIds: z.array(z.string().max(64)).min(1).max(100),
    lang: z.enum(LANGUAGES).default('sv'),
  });
  static readonly copySchema = z.strictObject({ fromEventId: z.string().min(1).max(64) });

  constructor(
    private readonly risks: RisksService,
    private readonly membership: MembershipService,
  ) {}

  templates(lang: Language) {
    return RISK_TEMPLATES.map((template) => ({ id: template.id, ...templateToRisk(template, lang) }));
  }

  async addTemplates(
    actor: Actor,
    eventId: string,
    body: z.output<typeof RiskLibraryService.fromTemplatesSchema>,
  ) {
    const chosen = body.templateIds.map((id) => RISK_TEMPLATES.find((template) => template.id === id));
    if (chosen.some((template) => !template)) throw notFound();
    const inputs = chosen.map((template) =>
      templateToRisk(template as (typeof RISK_TEMPLATES)[number], body.lang),
    );
    return this.risks.createMany(actor, eventId, inputs, 'risks.from-templates');
  }

  /** Copies every risk (without site links, which belong to the other event) from an event the caller also works on. */
  async copyRegister(actor: Actor, eventId: string, fromEventId: string) {
    if (fromEventId === eventId || !(await this.membership.isMember(fromEventId, userIdOf(actor))))
      throw notFound();
    const source = await this.risks.all(fromEventId);
    const inputs = source.map((risk) => ({
      ...editableOf(risk),
      siteIds: [],
      status: 'open' as const,
      mitigations: risk.mitigations.map(({ description, owner, status }) => ({
        description,
        owner,
        status: status === 'done' ? ('planned' as const) : status,
      })),
    }));
    return this.risks.createMany(actor, eventId, inputs, 'risks.copy');
  }
}
