import { Module } from '@nestjs/common';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { ActionPlanService } from './action-plan.service';
import { IncidentReportsService } from './incident-reports.service';
import { IncidentsQueries } from './incidents.queries';
import { IncidentsService } from './incidents.service';
import { PartnerIncidentsService } from './partner-incidents.service';

@Module({
  imports: [AuditDataModule],
  providers: [
    IncidentsQueries,
    IncidentsService,
    ActionPlanService,
    PartnerIncidentsService,
    IncidentReportsService,
  ],
  exports: [IncidentsService, ActionPlanService, PartnerIncidentsService, IncidentReportsService],
})
export class IncidentsDataModule {}
