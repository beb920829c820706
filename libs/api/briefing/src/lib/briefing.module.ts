import { Module } from '@nestjs/common';
import { EventsModule } from '@tryggplan/api/events';
import { ParticipantsModule } from '@tryggplan/api/participants';
import { RisksModule } from '@tryggplan/api/risks';
import { SitesModule } from '@tryggplan/api/sites';
import { BriefingFolders } from './briefing-folders.service';
import { BriefingQueries } from './briefing.queries';
import { BriefingController } from './briefing.controller';
import { FolderPdfPool } from './folder-pdf-pool';
import { MapTiles } from './map-tiles';
import { PdfRenderer } from './pdf-renderer';

@Module({
  imports: [EventsModule, SitesModule, RisksModule, ParticipantsModule],
  controllers: [BriefingController],
  providers: [PdfRenderer, MapTiles, FolderPdfPool, BriefingQueries, BriefingFolders],
  exports: [PdfRenderer, MapTiles],
})
export class BriefingModule {}
