import { Module } from '@nestjs/common';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { IncidentsDataModule } from '@tryggplan/api/incidents-data';
import { CheckInsQueries } from './check-ins.queries';
import { CheckInsService } from './check-ins.service';

@Module({
  imports: [AuditDataModule, IncidentsDataModule],
  providers: [CheckInsQueries, CheckInsService],
  exports: [CheckInsService],
})
export class CheckInsDataModule {}
