import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@tryggplan/api/core';
import { RetentionService } from '@tryggplan/api/participants';
import { AppModule } from './app/app.module';

/**
 * `npm run purge`: the daily retention purge, run once now against DATABASE_PATH, printing what it erased.
 * The app's own start already runs the purge; this prints that run's result (and runs again if it did not).
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee docs/configuration.md.\n`);
      process.exit(2);
    }
    throw error;
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const retention = app.get(RetentionService);
    const report = retention.lastStartupReport ?? (await retention.purgeReport());
    const lines = [
      `Retention purge (RETENTION_DAYS=${config.retentionDays}): events that ended before ${report.cutoff}`,
      ...report.events.map((event) => `  event ${event.eventId}: ${event.erased} participants erased`),
      `Erased ${report.erased} participants in ${report.events.length} events.`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await app.close();
  }
}

void main();
