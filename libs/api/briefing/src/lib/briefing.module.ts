import { Module } from '@nestjs/common';
import { EventsModule } from '@tryggplan/api/events';
import { SitesModule } from '@tryggplan/api/sites';
import { BriefingController } from './briefing.controller';
import { PdfRenderer } from './pdf-renderer';

@Module({
  imports: [EventsModule, SitesModule],
  controllers: [BriefingController],
  providers: [PdfRenderer],
  exports: [PdfRenderer],
})
export class BriefingModule {}
