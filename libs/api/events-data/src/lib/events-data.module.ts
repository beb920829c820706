import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { AuthDataModule } from '@tryggplan/api/auth-data';
import { EventEntity } from './event.entity';
import { EventsQueries } from './events.queries';
import { EventsService } from './events.service';

@Module({
  imports: [TypeOrmModule.forFeature([EventEntity]), AuthDataModule, AuditDataModule],
  providers: [EventsService, EventsQueries],
  exports: [EventsService],
})
export class EventsDataModule {}
