import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@tryggplan/api/auth';
import { EventEntity } from './event.entity';
import { EventsController } from './events.controller';
import { EventsQueries } from './events.queries';
import { EventsService } from './events.service';
import { MembersController } from './members.controller';

@Module({
  imports: [TypeOrmModule.forFeature([EventEntity]), AuthModule],
  controllers: [EventsController, MembersController],
  providers: [EventsService, EventsQueries],
  exports: [EventsService],
})
export class EventsModule {}
