export * from './lib/participants.module';
export * from './lib/participants.service';
export * from './lib/schedule.service';
export * from './lib/personal-links.service';
export * from './lib/retention.service';
export * from './lib/participant.entity';
export * from './lib/schedule-item.entity';
export * from './lib/participant-link.entity';
