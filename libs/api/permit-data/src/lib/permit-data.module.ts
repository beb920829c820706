import { Module } from '@nestjs/common';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { EventsDataModule } from '@tryggplan/api/events-data';
import { SitesDataModule } from '@tryggplan/api/sites-data';
import { StaffDataModule } from '@tryggplan/api/staff-data';
import { PermitApplicationService } from './permit-application.service';
import { PermitQueries } from './permit.queries';

@Module({
  imports: [AuditDataModule, EventsDataModule, SitesDataModule, StaffDataModule],
  providers: [PermitQueries, PermitApplicationService],
  exports: [PermitApplicationService],
})
export class PermitDataModule {}
