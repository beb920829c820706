import { DataSource } from 'typeorm';

/** One table as both drivers can describe it: column types reduced to what the app reads back. */
export interface TableShape {
  columns: Record<string, { type: string; nullable: boolean }>;
  primaryKey: string[];
  /** `column → table.column ON DELETE rule`, sorted. */
  foreignKeys: string[];
  /** `(a, b)` or `unique (a, b)` for every index beside the primary key, sorted. */
  indexes: string[];
}
export type SchemaShape = Record<string, TableShape>;

/** Tables the ORM keeps for itself, and SQLite's own bookkeeping. */
const NOT_OURS = new Set(['migrations', 'typeorm_metadata', 'sqlite_sequence']);

/** What each declared type holds, in words both dialects share. */
const TYPE_FAMILIES: Record<string, string> = {
  text: 'text',
  varchar: 'text',
  'character varying': 'text',
  integer: 'integer',
  bigint: 'integer',
  real: 'float',
  'double precision': 'float',
  boolean: 'boolean',
  blob: 'binary',
  bytea: 'binary',
};
export const typeFamily = (declared: string) => TYPE_FAMILIES[declared.toLowerCase()] ?? declared;

const index = (columns: string[], unique: boolean) => `${unique ? 'unique ' : ''}(${columns.join(', ')})`;

/** The schema of a migrated database, read from the catalogue of whichever driver it runs on. */
export function readSchema(dataSource: DataSource): Promise<SchemaShape> {
  return dataSource.options.type === 'postgres' ? readPostgres(dataSource) : readSqlite(dataSource);
}

async function readSqlite(db: DataSource): Promise<SchemaShape> {
  const tables: { name: string }[] = await db.query(
    `SELECT "name" FROM "sqlite_master" WHERE "type" = 'table'`,
  );
  const schema: SchemaShape = {};
  for (const { name } of tables.filter((table) => !NOT_OURS.has(table.name))) {
    const columns: { name: string; type: string; notnull: number; pk: number }[] = await db.query(
      `PRAGMA table_info("${name}")`,
    );
    const keys: { table: string; from: string; to: string; on_delete: string }[] = await db.query(
      `PRAGMA foreign_key_list("${name}")`,
    );
    const indexList: { name: string; unique: number; origin: string }[] = await db.query(
      `PRAGMA index_list("${name}")`,
    );
    const indexes: string[] = [];
    for (const entry of indexList.filter((entry) => entry.origin !== 'pk')) {
      const parts: { name: string }[] = await db.query(`PRAGMA index_info("${entry.name}")`);
      indexes.push(
        index(
          parts.map((part) => part.name),
          entry.unique === 1,
        ),
      );
    }
    schema[name] = {
      columns: Object.fromEntries(
        columns.map((c) => [c.name, { type: typeFamily(c.type), nullable: c.notnull === 0 && c.pk === 0 }]),
      ),
      primaryKey: columns
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      foreignKeys: keys.map((k) => `${k.from} → ${k.table}.${k.to} ON DELETE ${k.on_delete}`).sort(),
      indexes: indexes.sort(),
    };
  }
  return schema;
}

async function readPostgres(db: DataSource): Promise<SchemaShape> {
  const columns: { table: string; column: string; type: string; nullable: string }[] = await db.query(
    `SELECT "table_name" AS "table", "column_name" AS "column", "data_type" AS "type", "is_nullable" AS "nullable"
       FROM "information_schema"."columns" WHERE "table_schema" = 'public' ORDER BY "ordinal_position"`,
  );
  const keys: { table: string; columns: string; unique: boolean; primary: boolean }[] = await db.query(
    `SELECT t."relname" AS "table", ix."indisunique" AS "unique", ix."indisprimary" AS "primary",
            (SELECT string_agg(a."attname", ',' ORDER BY k."ord")
               FROM unnest(ix."indkey"::int2[]) WITH ORDINALITY AS k("attnum", "ord")
               JOIN "pg_attribute" a ON a."attrelid" = t."oid" AND a."attnum" = k."attnum") AS "columns"
       FROM "pg_index" ix
       JOIN "pg_class" t ON t."oid" = ix."indrelid"
       JOIN "pg_namespace" n ON n."oid" = t."relnamespace"
      WHERE n."nspname" = 'public'`,
  );
  const references: { table: string; from: string; to_table: string; to: string; rule: string }[] =
    await db.query(
      `SELECT c."conrelid"::regclass::text AS "table", a."attname" AS "from",
              c."confrelid"::regclass::text AS "to_table", fa."attname" AS "to",
              CASE c."confdeltype" WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT'
                                   WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END AS "rule"
         FROM "pg_constraint" c
         JOIN "pg_attribute" a ON a."attrelid" = c."conrelid" AND a."attnum" = c."conkey"[1]
         JOIN "pg_attribute" fa ON fa."attrelid" = c."confrelid" AND fa."attnum" = c."confkey"[1]
        WHERE c."contype" = 'f' AND c."connamespace" = 'public'::regnamespace`,
    );
  const schema: SchemaShape = {};
  const tableOf = (name: string) =>
    (schema[name.replace(/^"|"$/g, '')] ??= { columns: {}, primaryKey: [], foreignKeys: [], indexes: [] });
  for (const c of columns.filter((row) => !NOT_OURS.has(row.table))) {
    tableOf(c.table).columns[c.column] = { type: typeFamily(c.type), nullable: c.nullable === 'YES' };
  }
  for (const k of keys.filter((row) => !NOT_OURS.has(row.table))) {
    if (k.primary) tableOf(k.table).primaryKey = k.columns.split(',');
    else tableOf(k.table).indexes.push(index(k.columns.split(','), k.unique));
  }
  for (const r of references) {
    tableOf(r.table).foreignKeys.push(
      `${r.from} → ${r.to_table.replace(/^"|"$/g, '')}.${r.to} ON DELETE ${r.rule}`,
    );
  }
  for (const table of Object.values(schema)) {
    table.indexes.sort();
    table.foreignKeys.sort();
  }
  return schema;
}

/** The tables and columns the entities declare, in the same words, to hold both schemas to them. */
export function entityColumns(
  dataSource: DataSource,
): Record<string, Record<string, { type: string; nullable: boolean }>> {
  const entityType = (type: unknown) =>
    type === Number
      ? 'integer'
      : type === String || type === 'uuid' || type === 'simple-json'
        ? 'text'
        : typeFamily(String(type));
  return Object.fromEntries(
    dataSource.entityMetadatas.map((entity) => [
      entity.tableName,
      Object.fromEntries(
        entity.columns.map((column) => [
          column.databaseName,
          { type: entityType(column.type), nullable: column.isNullable },
        ]),
      ),
    ]),
  );
}
