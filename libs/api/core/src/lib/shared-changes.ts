import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SqlReader } from './sql-reader';

/**
 * A change number kept in the database, so that a write made by another process (`npm run purge`)
 * reaches every process's read caches: they drop what they kept when it moves.
 */
@Injectable()
export class SharedChanges {
  constructor(
    private readonly sql: SqlReader,
    private readonly db: DataSource,
  ) {}

  get current(): number {
    return this.sql.get<{ value: number }>('SELECT value FROM data_changes WHERE id = 1')?.value ?? 0;
  }

  async bump(): Promise<void> {
    await this.db.query('UPDATE data_changes SET value = value + 1 WHERE id = 1');
  }
}
