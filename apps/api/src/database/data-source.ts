import { TypeOrmModuleAsyncOptions } from '@nestjs/typeorm';
import { AuditEntryEntity } from '@tryggplan/api/audit-data';
import {
  AppSettingEntity,
  EventMemberEntity,
  LoginFailureEntity,
  RevokedSessionEntity,
  UserEntity,
} from '@tryggplan/api/auth-data';
import { DatabaseConfig } from '@tryggplan/api/core';
import { EventEntity } from '@tryggplan/api/events-data';
import {
  ParticipantEntity,
  ParticipantLinkEntity,
  ScheduleItemEntity,
} from '@tryggplan/api/participants-data';
import {
  CommentEntity,
  OrganizationEntity,
  ReviewEntity,
  RevisionEntity,
  ShareEntity,
} from '@tryggplan/api/partners';
import { RiskChangeEntity, RiskEntity, RiskSiteEntity } from '@tryggplan/api/risks-data';
import { SiteEntity, SitePlanEntity } from '@tryggplan/api/sites-data';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { InitialSchema1764000000000 } from './migrations/1764000000000-initial-schema';
import { RiskRegister1764100000000 } from './migrations/1764100000000-risk-register';
import { Participants1764200000000 } from './migrations/1764200000000-participants';
import { BriefingTexts1764330000000 } from './migrations/1764330000000-briefing-texts';
import { SitePlans1764340000000 } from './migrations/1764340000000-site-plans';
import { Partners1764350000000 } from './migrations/1764350000000-partners';
import { DataChanges1764400000000 } from './migrations/1764400000000-data-changes';
import { LoginFailures1764410000000 } from './migrations/1764410000000-login-failures';
import { LiveEventsAndLeases1764420000000 } from './migrations/1764420000000-live-events-and-leases';
import { Incidents1764440000000 } from './migrations/1764440000000-incidents';
import { EventTextsInEnglish1764450000000 } from './migrations/1764450000000-event-texts-in-english';
import { RateLimits1764460000000 } from './migrations/1764460000000-rate-limits';
import { PartnerFeedbackSeen1764470000000 } from './migrations/1764470000000-partner-feedback-seen';
import { RiskSites1764430000000 } from './migrations/1764430000000-risk-sites';
import { CheckIns1764480000000 } from './migrations/1764480000000-check-ins';
import { Messages1764490000000 } from './migrations/1764490000000-messages';
import { Staff1764500000000 } from './migrations/1764500000000-staff';
import { PermitApplication1764510000000 } from './migrations/1764510000000-permit-application';
import { SiteSize1764520000000 } from './migrations/1764520000000-site-size';
import { StaffAssignee1764530000000 } from './migrations/1764530000000-staff-assignee';
import { POSTGRES_MIGRATIONS } from './migrations/postgres';
import { acceptBlobAsBytea } from './postgres-blob';

export const ENTITIES = [
  AppSettingEntity,
  RevokedSessionEntity,
  LoginFailureEntity,
  UserEntity,
  EventEntity,
  EventMemberEntity,
  SiteEntity,
  AuditEntryEntity,
  RiskEntity,
  RiskChangeEntity,
  RiskSiteEntity,
  ParticipantEntity,
  ScheduleItemEntity,
  ParticipantLinkEntity,
  OrganizationEntity,
  RevisionEntity,
  ShareEntity,
  ReviewEntity,
  CommentEntity,
  SitePlanEntity,
];
/** SQLite's migrations, as existing installations have run them; PostgreSQL has its own set. */
export const MIGRATIONS = [
  InitialSchema1764000000000,
  RiskRegister1764100000000,
  Participants1764200000000,
  BriefingTexts1764330000000,
  SitePlans1764340000000,
  Partners1764350000000,
  DataChanges1764400000000,
  LoginFailures1764410000000,
  LiveEventsAndLeases1764420000000,
  RiskSites1764430000000,
  Incidents1764440000000,
  EventTextsInEnglish1764450000000,
  RateLimits1764460000000,
  PartnerFeedbackSeen1764470000000,
  CheckIns1764480000000,
  Messages1764490000000,
  Staff1764500000000,
  PermitApplication1764510000000,
  SiteSize1764520000000,
  StaffAssignee1764530000000,
];

/** The options of the database the configuration names; the schema comes only from migrations, run at start. */
export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  return database.driver === 'postgres' ? postgresOptions(database.url) : sqliteOptions(database.path);
}

/** A data source for the configured database, not yet initialized (initialize() runs the migrations). */
export function createDataSource(options: DataSourceOptions): DataSource {
  const dataSource = new DataSource(options);
  if (options.type === 'postgres') acceptBlobAsBytea(dataSource);
  return dataSource;
}

/** For `TypeOrmModule.forRootAsync`: Nest builds the data source through createDataSource. */
export function typeOrmModuleOptions(database: DatabaseConfig): TypeOrmModuleAsyncOptions {
  return {
    useFactory: () => dataSourceOptions(database),
    dataSourceFactory: async (options) => createDataSource(options as DataSourceOptions),
  };
}

/** PostgreSQL through the pg pool, with its own migration set. */
function postgresOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    applicationName: 'tryggplan',
    entities: ENTITIES,
    migrations: POSTGRES_MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
  };
}

/** SQLite in WAL mode with foreign keys on. */
function sqliteOptions(databasePath: string): DataSourceOptions {
  mkdirSync(dirname(databasePath), { recursive: true });
  return {
    type: 'better-sqlite3',
    database: databasePath,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
    prepareDatabase: (db: { pragma(statement: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      // WAL's recommended setting: commits survive a crash of the app, and do not wait for a disk flush each
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    },
  };
}
