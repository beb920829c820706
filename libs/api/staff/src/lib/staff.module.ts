import { Module } from '@nestjs/common';
import { EventsDataModule } from '@tryggplan/api/events-data';
import { SitesDataModule } from '@tryggplan/api/sites-data';
import { StaffDataModule } from '@tryggplan/api/staff-data';
import { StaffController } from './staff.controller';

@Module({
  imports: [StaffDataModule, EventsDataModule, SitesDataModule],
  controllers: [StaffController],
})
export class StaffModule {}
