import { QueryRunner } from 'typeorm';
import { NOT_COPIED } from './sqlite-source';
import { ColumnKind, columnKind, CopyError } from './values';

export interface TargetColumn {
  name: string;
  kind: ColumnKind;
}

export interface TargetTable {
  name: string;
  /** Sorted by name: the order of the checksum's values on both sides. */
  columns: TargetColumn[];
  primaryKey: string[];
  /** Columns whose value a sequence makes (identity or serial), with the sequence's name. */
  sequences: { column: string; sequence: string }[];
  /** Foreign keys to the table itself (a comment's parent comment): rows are copied parents first. */
  selfReferences: { columns: string[]; parentColumns: string[] }[];
  hasIdentity: boolean;
}

export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The migrated target's tables in foreign-key order, parents first, read from PostgreSQL's catalogue
 * (current schema, TypeORM's own tables left out).
 */
export async function readTargetSchema(db: QueryRunner): Promise<TargetTable[]> {
  const columns: {
    table_name: string;
    column_name: string;
    data_type: string;
    is_identity: string;
    column_default: string | null;
  }[] = await db.query(
    `SELECT table_name, column_name, data_type, is_identity, column_default
     FROM information_schema.columns
     WHERE table_schema = current_schema()
       AND table_name IN (SELECT table_name FROM information_schema.tables
                          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')
     ORDER BY table_name, column_name`,
  );
  const keys: { table_name: string; column_name: string }[] = await db.query(
    `SELECT c.relname AS table_name, a.attname AS column_name
     FROM pg_constraint con
     JOIN pg_class c ON c.oid = con.conrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
     WHERE con.contype = 'p' AND n.nspname = current_schema()
     ORDER BY c.relname, k.ord`,
  );
  const foreignKeys: {
    name: string;
    table_name: string;
    parent: string;
    column_name: string;
    parent_column: string;
  }[] = await db.query(
    `SELECT con.conname AS name, c.relname AS table_name, f.relname AS parent,
            a.attname AS column_name, fa.attname AS parent_column
     FROM pg_constraint con
     JOIN pg_class c ON c.oid = con.conrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_class f ON f.oid = con.confrelid
     CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, fattnum, ord)
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
     JOIN pg_attribute fa ON fa.attrelid = f.oid AND fa.attnum = k.fattnum
     WHERE con.contype = 'f' AND n.nspname = current_schema()
     ORDER BY c.relname, con.conname, k.ord`,
  );

  const tables = new Map<string, TargetTable>();
  for (const column of columns) {
    if (NOT_COPIED.has(column.table_name)) continue;
    let table = tables.get(column.table_name);
    if (!table) {
      table = {
        name: column.table_name,
        columns: [],
        primaryKey: [],
        sequences: [],
        selfReferences: [],
        hasIdentity: false,
      };
      tables.set(table.name, table);
    }
    const kind = columnKind(column.data_type);
    if (!kind) {
      throw new CopyError(
        `The target's column ${column.table_name}.${column.column_name} has the type ${column.data_type}, which the copy does not know.`,
      );
    }
    table.columns.push({ name: column.column_name, kind });
    if (column.is_identity === 'YES') table.hasIdentity = true;
    if (column.is_identity === 'YES' || column.column_default?.startsWith('nextval(')) {
      const [row]: { sequence: string | null }[] = await db.query(
        'SELECT pg_get_serial_sequence($1, $2) AS sequence',
        [quote(column.table_name), column.column_name],
      );
      if (row?.sequence) table.sequences.push({ column: column.column_name, sequence: row.sequence });
    }
  }
  for (const key of keys) tables.get(key.table_name)?.primaryKey.push(key.column_name);
  for (const table of tables.values()) {
    if (table.primaryKey.length === 0) table.primaryKey = table.columns.map((column) => column.name);
  }

  // parents of each table, and the self-references, grouped per constraint
  const parents = new Map<string, Set<string>>([...tables.keys()].map((name) => [name, new Set<string>()]));
  const selfReferences = new Map<string, { table: string; columns: string[]; parentColumns: string[] }>();
  for (const fk of foreignKeys) {
    if (!tables.has(fk.table_name)) continue;
    if (fk.parent !== fk.table_name) {
      if (tables.has(fk.parent)) parents.get(fk.table_name)?.add(fk.parent);
      continue;
    }
    const id = `${fk.table_name}\u0000${fk.name}`;
    const reference = selfReferences.get(id) ?? { table: fk.table_name, columns: [], parentColumns: [] };
    reference.columns.push(fk.column_name);
    reference.parentColumns.push(fk.parent_column);
    selfReferences.set(id, reference);
  }
  for (const reference of selfReferences.values()) {
    tables.get(reference.table)?.selfReferences.push({
      columns: reference.columns,
      parentColumns: reference.parentColumns,
    });
  }
  return foreignKeyOrder(tables, parents);
}

/** Kahn's algorithm, ties by name, so the order is the same on every run. */
function foreignKeyOrder(tables: Map<string, TargetTable>, parents: Map<string, Set<string>>): TargetTable[] {
  const ordered: TargetTable[] = [];
  const done = new Set<string>();
  const names = [...tables.keys()].sort();
  while (done.size < names.length) {
    const next = names.find(
      (name) => !done.has(name) && [...(parents.get(name) ?? [])].every((p) => done.has(p)),
    );
    if (!next) {
      const cycle = names.filter((name) => !done.has(name));
      throw new CopyError(
        `The target's foreign keys form a cycle between ${cycle.join(', ')}; the copy cannot order them.`,
      );
    }
    done.add(next);
    ordered.push(tables.get(next) as TargetTable);
  }
  return ordered;
}
