import { Module } from '@nestjs/common';
import { EventsModule } from '@tryggplan/api/events';
import { RisksModule } from '@tryggplan/api/risks';
import { SitesModule } from '@tryggplan/api/sites';
import { BriefingController } from './briefing.controller';
import { PdfRenderer } from './pdf-renderer';

@Module({
  imports: [EventsModule, SitesModule, RisksModule],
  controllers: [BriefingController],
  providers: [PdfRenderer],
  exports: [PdfRenderer],
})
export class BriefingModule {}
