import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@tryggplan/api/audit';
import { AuthModule } from '@tryggplan/api/auth';
import { AuthDataModule } from '@tryggplan/api/auth-data';
import { BriefingModule } from '@tryggplan/api/briefing';
import {
  ApiExceptionFilter,
  APP_CONFIG,
  AppConfig,
  SharedChanges,
  JobLeases,
  LiveChannel,
  liveSignalProvider,
  LiveSignalShutdown,
  Sql,
  SqlThrottlerStorage,
  WriteBump,
} from '@tryggplan/api/core';
import { EventsModule } from '@tryggplan/api/events';
import { EventsDataModule } from '@tryggplan/api/events-data';
import { IncidentsDataModule } from '@tryggplan/api/incidents-data';
import { IncidentsModule } from '@tryggplan/api/incidents';
import { MessagesModule } from '@tryggplan/api/messages';
import { CheckInsModule } from '@tryggplan/api/check-ins';
import { ParticipantsModule } from '@tryggplan/api/participants';
import { ParticipantsDataModule } from '@tryggplan/api/participants-data';
import { PartnersModule } from '@tryggplan/api/partners';
import { RisksModule } from '@tryggplan/api/risks';
import { RisksDataModule } from '@tryggplan/api/risks-data';
import { SitesModule } from '@tryggplan/api/sites';
import { SitesDataModule } from '@tryggplan/api/sites-data';
import { StaffModule } from '@tryggplan/api/staff';
import { StaffDataModule } from '@tryggplan/api/staff-data';
import { PermitModule } from '@tryggplan/api/permit';
import { PermitDataModule } from '@tryggplan/api/permit-data';
import type { Request } from 'express';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { existsSync } from 'node:fs';
import { typeOrmModuleOptions } from '../database/data-source';
import { DemoSeeder } from '../database/seed/demo-seeder';
import { HealthController } from './health.controller';
import { pinoHttpOptions } from './logging';

function loginAccountTracker(req: Record<string, unknown>): string {
  const body = (req as unknown as Request).body as { email?: unknown } | undefined;
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
  return email ? `account:${email}` : `ip:${(req as unknown as Request).ip}`;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, webRoot?: string): DynamicModule {
    const windowMs = config.loginLimitWindowSeconds * 1000;
    return {
      module: AppModule,
      global: true,
      imports: [
        ScheduleModule.forRoot(),
        LoggerModule.forRoot({
          pinoHttp: pinoHttpOptions(config.logLevel),
          // a silent log writes no request lines: then no per-request logger is mounted at all
          ...(config.logLevel === 'silent' ? { forRoutes: [] } : {}),
        }),
        TypeOrmModule.forRootAsync(typeOrmModuleOptions(config.database)),
        // counted in the database, so every instance sees the same hits
        ThrottlerModule.forRootAsync({
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => ({
            storage: new SqlThrottlerStorage(new Sql(dataSource)),
            throttlers: [
              { name: 'ip', ttl: windowMs, limit: config.loginLimitPerIp },
              {
                name: 'account',
                ttl: windowMs,
                limit: config.loginLimitPerAccount,
                getTracker: loginAccountTracker,
              },
            ],
          }),
        }),
        ...(webRoot && existsSync(webRoot)
          ? [ServeStaticModule.forRoot({ rootPath: webRoot, exclude: ['/api/{*path}'] })]
          : []),
        // the demo seeder writes through the data services
        AuthDataModule,
        EventsDataModule,
        SitesDataModule,
        RisksDataModule,
        ParticipantsDataModule,
        IncidentsDataModule,
        StaffDataModule,
        PermitDataModule,
        AuditModule,
        AuthModule,
        EventsModule,
        SitesModule,
        RisksModule,
        ParticipantsModule,
        BriefingModule,
        PartnersModule,
        IncidentsModule,
        MessagesModule,
        CheckInsModule,
        StaffModule,
        PermitModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        WriteBump,
        Sql,
        SharedChanges,
        JobLeases,
        liveSignalProvider,
        LiveSignalShutdown,
        LiveChannel,
        DemoSeeder,
      ],
      exports: [APP_CONFIG, Sql, SharedChanges, JobLeases, LiveChannel],
    };
  }
}
