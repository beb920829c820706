import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

export type SqlDialect = 'sqlite' | 'postgres';

/** SQL with its `?` parameters in order: a statement, or a piece of one (an expression, a part of a WITH). */
export interface SqlPart {
  sql: string;
  params: unknown[];
}

/**
 * `WITH a AS (…), b AS (…) <final>` (PostgreSQL): inserts that must commit together, written as one
 * statement that commits on its own, so with no BEGIN and COMMIT round trips and no row lock held
 * between them. Every part runs once, whether or not `final` reads it.
 */
export function withParts(parts: Record<string, SqlPart>, final: SqlPart): SqlPart {
  const named = Object.entries(parts);
  return {
    sql: `WITH ${named.map(([name, part]) => `${name} AS (${part.sql})`).join(',\n')}\n${final.sql}`,
    params: [...named.flatMap(([, part]) => part.params), ...final.params],
  };
}

/** JSON text of `fixed` with one more number-valued key whose value is the SQL `value` (PostgreSQL text). */
export function jsonWithNumber(fixed: Record<string, unknown>, key: string, value: string): SqlPart {
  const head = JSON.stringify(fixed).slice(0, -1);
  return {
    sql: `CAST(? AS text) || CAST((${value}) AS text) || '}'`,
    params: [`${head}${head.length > 1 ? ',' : ''}${JSON.stringify(key)}:`],
  };
}

interface Statement {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  run(...params: unknown[]): unknown;
}

interface SqliteConnection {
  prepare(sql: string): Statement;
}

/**
 * `?` placeholders as PostgreSQL numbers them (`$1`, `$2`, …); a `?` inside a quoted string or
 * identifier stays as it is.
 */
export function toNumberedPlaceholders(sql: string): string {
  let index = 0;
  let quote: string | null = null;
  let out = '';
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null;
      out += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else {
      out += char === '?' ? `$${(index += 1)}` : char;
    }
  }
  return out;
}

/**
 * TypeORM answers an UPDATE or DELETE on PostgreSQL as `[rows, affected]`, a SELECT or INSERT as the
 * rows; either way the caller gets the rows (those of RETURNING, or none).
 */
export function rowsOf(result: unknown): unknown[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0];
  }
  return Array.isArray(result) ? result : [];
}

/** better-sqlite3 binds no booleans; both drivers read 0/1 and true/false alike through Boolean(). */
function sqliteParams(params: unknown[]): unknown[] {
  return params.map((value) => (typeof value === 'boolean' ? Number(value) : value));
}

interface PgPool {
  query(config: { text: string; values: unknown[]; name?: string }): Promise<{ rows: unknown[] }>;
}

/**
 * Statements PostgreSQL keeps prepared per connection. A memo of the code's own SQL texts, the same in
 * every instance: nothing another instance needs. Past this many texts the rest go unnamed.
 */
const NAMED_STATEMENTS = 500;

/**
 * The one way features run SQL of their own (hot reads, the audit trail), on either driver: write
 * `?` placeholders and double-quoted identifiers ("eventId"), which both dialects read the same.
 * On SQLite the statements are prepared once and kept: the one connection runs them inside a
 * transaction too. On PostgreSQL they go straight to the pool as named prepared statements, or
 * through the transaction's manager when one is passed. COUNT(*) comes back as a string on
 * PostgreSQL: wrap it in Number().
 */
@Injectable()
export class Sql {
  readonly dialect: SqlDialect;
  private readonly statements = new Map<string, Statement>();
  private readonly numbered = new Map<string, { text: string; name?: string }>();

  constructor(private readonly dataSource: DataSource) {
    this.dialect = dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
  }

  async all<T>(sql: string, params: unknown[] = [], manager?: EntityManager): Promise<T[]> {
    if (this.dialect === 'sqlite') return this.statement(sql).all(...sqliteParams(params)) as T[];
    return (await this.query(sql, params, manager)) as T[];
  }

  async get<T>(sql: string, params: unknown[] = [], manager?: EntityManager): Promise<T | undefined> {
    if (this.dialect === 'sqlite') return this.statement(sql).get(...sqliteParams(params)) as T | undefined;
    return ((await this.query(sql, params, manager)) as T[])[0];
  }

  async run(sql: string, params: unknown[] = [], manager?: EntityManager): Promise<void> {
    if (this.dialect === 'sqlite') {
      this.statement(sql).run(...sqliteParams(params));
      return;
    }
    await this.query(sql, params, manager);
  }

  private async query(sql: string, params: unknown[], manager?: EntityManager): Promise<unknown[]> {
    const { text, name } = this.postgresText(sql);
    if (manager) return rowsOf(await manager.query(text, params));
    const pool = (this.dataSource.driver as unknown as { master: PgPool }).master;
    return (await pool.query({ text, values: params, name })).rows;
  }

  private postgresText(sql: string): { text: string; name?: string } {
    const known = this.numbered.get(sql);
    if (known) return known;
    const text = toNumberedPlaceholders(sql);
    // past the limit (IN lists of every length) a text is numbered each time, and never kept
    if (this.numbered.size >= NAMED_STATEMENTS) return { text };
    // named by their text: every Sql instance shares the pool's connections, and so the names
    const named = { text, name: `tp_${createHash('sha1').update(text).digest('hex').slice(0, 20)}` };
    this.numbered.set(sql, named);
    return named;
  }

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
}
