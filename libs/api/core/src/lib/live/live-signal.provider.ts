import { Injectable, OnApplicationShutdown, Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config';
import { Sql } from '../sql';
import { InProcessSignal, LiveSignal, PostgresSignal } from './live-signal';

/** The signal that fits the database: LISTEN/NOTIFY on PostgreSQL, in-process on SQLite. */
export const liveSignalProvider: Provider = {
  provide: LiveSignal,
  inject: [APP_CONFIG, Sql],
  useFactory: async (config: AppConfig, sql: Sql): Promise<LiveSignal> => {
    if (config.database.driver !== 'postgres') return new InProcessSignal();
    const signal = new PostgresSignal(config.database.url, (channel, payload) =>
      sql.run('SELECT pg_notify(?, ?)', [channel, payload]),
    );
    await signal.start();
    return signal;
  },
};

/** Ends the signal's own connection when the app stops. */
@Injectable()
export class LiveSignalShutdown implements OnApplicationShutdown {
  constructor(private readonly signal: LiveSignal) {}

  async onApplicationShutdown(): Promise<void> {
    await this.signal.close();
  }
}
