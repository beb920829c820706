import { Module } from '@nestjs/common';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { SitesDataModule } from '@tryggplan/api/sites-data';
import { StaffQueries } from './staff.queries';
import { StaffService } from './staff.service';

@Module({
  imports: [AuditDataModule, SitesDataModule],
  providers: [StaffQueries, StaffService],
  exports: [StaffService],
})
export class StaffDataModule {}
