import { Module } from '@nestjs/common';
import { IncidentsDataModule } from '@tryggplan/api/incidents-data';
import { ParticipantsDataModule } from '@tryggplan/api/participants-data';
import { PdfModule } from '@tryggplan/api/pdf';
import { IncidentReportsController } from './incident-reports.controller';
import { IncidentsController } from './incidents.controller';
import { LiveStreamController } from './live-stream.controller';
import { ParticipantReportsController } from './participant-reports.controller';

@Module({
  imports: [IncidentsDataModule, ParticipantsDataModule, PdfModule],
  controllers: [
    IncidentsController,
    IncidentReportsController,
    ParticipantReportsController,
    LiveStreamController,
  ],
})
export class IncidentsModule {}
