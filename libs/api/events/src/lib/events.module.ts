import { Module } from '@nestjs/common';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { AuthDataModule } from '@tryggplan/api/auth-data';
import { EventsDataModule } from '@tryggplan/api/events-data';
import { EventsController } from './events.controller';
import { MembersController } from './members.controller';

@Module({
  imports: [EventsDataModule, AuthDataModule, AuditDataModule],
  controllers: [EventsController, MembersController],
})
export class EventsModule {}
