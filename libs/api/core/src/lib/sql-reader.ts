import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

interface Statement {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  run(...params: unknown[]): unknown;
}

interface SqliteConnection {
  prepare(sql: string): Statement;
}

/**
 * Prepared, cached SQLite statements for hot read paths (the access check, register lists),
 * where the ORM's per-query overhead dominates, and the one hot write (the audit trail). Other
 * writes stay with TypeORM.
 */
@Injectable()
export class SqlReader {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly dataSource: DataSource) {}

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      const connection = (this.dataSource.driver as unknown as { databaseConnection: SqliteConnection })
        .databaseConnection;
      statement = connection.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  all<T>(sql: string, params: unknown[] = []): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  get<T>(sql: string, params: unknown[] = []): T | undefined {
    return this.statement(sql).get(...params) as T | undefined;
  }

  run(sql: string, params: unknown[] = []): void {
    this.statement(sql).run(...params);
  }
}
