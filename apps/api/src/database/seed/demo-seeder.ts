import { SYSTEM_ACTOR } from '@tryggplan/api/core';
import { Injectable, Logger } from '@nestjs/common';
import { UsersService, generatePassword } from '@tryggplan/api/auth-data';
import { EventEntity, EventsService } from '@tryggplan/api/events-data';
import { IncidentsService } from '@tryggplan/api/incidents-data';
import { OrganizationsService, RevisionsService, SharesService } from '@tryggplan/api/partners';
import { ParticipantsService, ScheduleService } from '@tryggplan/api/participants-data';
import { RisksService } from '@tryggplan/api/risks-data';
import { SitesService } from '@tryggplan/api/sites-data';
import { StaffService } from '@tryggplan/api/staff-data';
import { PermitApplicationService } from '@tryggplan/api/permit-data';
import { RiskCategory } from '@tryggplan/shared/domain';
import { DataSource } from 'typeorm';
import { DEMO_EVENT, DEMO_PARTNER_ORGANIZATION, DEMO_REVISION_NOTE, DEMO_SITES } from './demo-data';
import { seedDemoIncidents } from './demo-incident-seeder';
import { demoParticipants } from './demo-participants';
import { DEMO_PERMIT, demoStaff } from './demo-permit';
import { demoRisks } from './demo-risks';

export interface DemoCredentials {
  email: string;
  password: string;
  role: string;
}

/** Fills an empty database with the Almedalen demo event and a demo coordinator and partner. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly events: EventsService,
    private readonly sites: SitesService,
    private readonly risks: RisksService,
    private readonly participants: ParticipantsService,
    private readonly schedule: ScheduleService,
    private readonly organizations: OrganizationsService,
    private readonly revisions: RevisionsService,
    private readonly shares: SharesService,
    private readonly incidents: IncidentsService,
    private readonly staff: StaffService,
    private readonly permits: PermitApplicationService,
  ) {}

  async seedIfEmpty(demoPassword?: string): Promise<DemoCredentials[]> {
    if ((await this.db.getRepository(EventEntity).count()) > 0) return [];
    const credentials: DemoCredentials[] = [
      {
        email: 'samordnare@demo.tryggplan.local',
        password: demoPassword ?? generatePassword(),
        role: 'coordinator',
      },
      {
        email: 'polisen@demo.tryggplan.local',
        password: demoPassword ?? generatePassword(),
        role: 'partner',
      },
    ];
    const [coordinatorLogin, partnerLogin] = credentials;
    const { user: coordinator } = await this.users.create(SYSTEM_ACTOR, {
      email: coordinatorLogin.email,
      displayName: 'Kim Lindqvist (demo)',
      role: 'coordinator',
      password: coordinatorLogin.password,
    });
    const police = await this.organizations.create(SYSTEM_ACTOR, DEMO_PARTNER_ORGANIZATION);
    await this.users.create(SYSTEM_ACTOR, {
      email: partnerLogin.email,
      displayName: 'Polisen Gotland (demo)',
      role: 'partner',
      organizationId: police.id,
      password: partnerLogin.password,
    });
    const event = await this.events.create(SYSTEM_ACTOR, coordinator.id, DEMO_EVENT);
    const siteIds: Record<string, string> = {};
    for (const site of DEMO_SITES)
      siteIds[site.name] = (await this.sites.create(SYSTEM_ACTOR, event.id, site)).id;
    const risks = await this.risks.createMany(SYSTEM_ACTOR, event.id, demoRisks(siteIds), 'risks.seed');
    const demoPeople = demoParticipants(siteIds);
    const participantIds = await this.participants.createMany(
      SYSTEM_ACTOR,
      event.id,
      demoPeople.map(({ person }) => person),
    );
    for (const [index, { schedule }] of demoPeople.entries())
      for (const scheduleItem of schedule)
        await this.schedule.create(SYSTEM_ACTOR, event.id, participantIds[index], scheduleItem);
    await this.revisions.publish(SYSTEM_ACTOR, event.id, {
      note: DEMO_REVISION_NOTE,
      includePublicSchedule: false,
    });
    await this.shares.create(SYSTEM_ACTOR, event.id, {
      organizationId: police.id,
      scope: ['risks', 'map', 'incidents'],
      // a month past the event, so the demo keeps working when started after it
      expiresAt: new Date(Math.max(Date.parse(event.endsAt), Date.now()) + 30 * 86400_000).toISOString(),
    });
    const riskOfCategory = new Map<RiskCategory, string>();
    for (const risk of [...risks].reverse()) riskOfCategory.set(risk.category, risk.id);
    await seedDemoIncidents(this.incidents, 'Kim Lindqvist (demo)', event.id, {
      sites: siteIds,
      people: Object.fromEntries(
        demoPeople.map(({ person }, index) => [person.fullName, participantIds[index]]),
      ),
      risks: riskOfCategory,
    });
    for (const member of demoStaff(siteIds)) await this.staff.create(SYSTEM_ACTOR, event.id, member);
    // the application the coordinator would type, over the draft the plan gives (its public programme)
    const { application } = await this.permits.material(event.id, 'sv');
    await this.permits.put(SYSTEM_ACTOR, event.id, { ...application, ...DEMO_PERMIT, version: 0 });
    this.logger.log(`Demo event seeded: ${event.name}`);
    return credentials;
  }
}
