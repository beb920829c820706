import { Module } from '@nestjs/common';
import { IncidentsDataModule } from '@tryggplan/api/incidents-data';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { EventsDataModule } from '@tryggplan/api/events-data';
import { ParticipantsDataModule } from '@tryggplan/api/participants-data';
import { PdfModule } from '@tryggplan/api/pdf';
import { RisksDataModule } from '@tryggplan/api/risks-data';
import { SitesDataModule } from '@tryggplan/api/sites-data';
import { StaffDataModule } from '@tryggplan/api/staff-data';
import { BriefingFolders } from './briefing-folders.service';
import { BriefingController } from './briefing.controller';
import { BriefingQueries } from './briefing.queries';

@Module({
  imports: [
    PdfModule,
    IncidentsDataModule,
    EventsDataModule,
    SitesDataModule,
    RisksDataModule,
    ParticipantsDataModule,
    StaffDataModule,
    AuditDataModule,
  ],
  controllers: [BriefingController],
  providers: [BriefingQueries, BriefingFolders],
})
export class BriefingModule {}
