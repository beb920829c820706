import { createHash, Hash } from 'node:crypto';

/** What a PostgreSQL column holds, in the few kinds the schema uses. */
export type ColumnKind = 'text' | 'integer' | 'float' | 'boolean' | 'binary';

const KINDS: Record<string, ColumnKind> = {
  text: 'text',
  'character varying': 'text',
  character: 'text',
  integer: 'integer',
  bigint: 'integer',
  smallint: 'integer',
  'double precision': 'float',
  real: 'float',
  boolean: 'boolean',
  bytea: 'binary',
};

/** The kind of a column by its `information_schema.columns.data_type`; undefined for types the copy does not know. */
export const columnKind = (dataType: string): ColumnKind | undefined => KINDS[dataType.toLowerCase()];

export class CopyError extends Error {}

/** A value as PostgreSQL takes it for a column of this kind: SQLite's 0/1 as a boolean, a blob as a Buffer. */
export function toPostgres(kind: ColumnKind, value: unknown, where: string): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 0 || value === 0n) return false;
      if (value === 1 || value === 1n) return true;
      throw new CopyError(`${where} holds ${describe(value)}, which is not a boolean (0 or 1)`);
    case 'integer': {
      const integer =
        typeof value === 'bigint'
          ? value
          : typeof value === 'number' && Number.isInteger(value)
            ? BigInt(value)
            : typeof value === 'string' && /^-?\d+$/.test(value)
              ? BigInt(value)
              : undefined;
      if (integer === undefined)
        throw new CopyError(`${where} holds ${describe(value)}, which is not an integer`);
      // beyond 2^53 as its exact decimal string, which pg sends as is and JavaScript would round
      return integer >= BigInt(Number.MIN_SAFE_INTEGER) && integer <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(integer)
        : integer.toString();
    }
    case 'float':
      if (typeof value === 'number') return value;
      if (typeof value === 'bigint') return Number(value);
      if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
        return Number(value);
      throw new CopyError(`${where} holds ${describe(value)}, which is not a number`);
    case 'text':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'bigint') return String(value);
      throw new CopyError(`${where} holds ${describe(value)}, not text`);
    case 'binary':
      if (Buffer.isBuffer(value)) return value;
      if (value instanceof Uint8Array) return Buffer.from(value);
      // SQLite keeps what it was given in a blob column; text there stands for its UTF-8 bytes
      if (typeof value === 'string') return Buffer.from(value, 'utf8');
      throw new CopyError(`${where} holds ${describe(value)}, not binary data`);
  }
}

/**
 * One value normalised the same way whichever database it was read from: booleans as true/false,
 * integers as JS numbers (exact decimal strings beyond 2^53), floats as numbers, blobs as hex.
 */
export function canonical(kind: ColumnKind, value: unknown, where: string): unknown {
  const converted = toPostgres(kind, value, where);
  if (converted === null) return null;
  if (kind === 'binary') return { hex: (converted as Buffer).toString('hex') };
  if (kind === 'integer' && typeof converted === 'string') return { int: converted };
  if (kind === 'float' && !Number.isFinite(converted as number)) return { float: String(converted) };
  return converted;
}

/** sha256 over a table's rows in primary-key order, each row one canonical JSON line. */
export class TableChecksum {
  private readonly hash: Hash = createHash('sha256');
  rows = 0;

  constructor(
    private readonly table: string,
    private readonly columns: { name: string; kind: ColumnKind }[],
  ) {}

  add(row: Record<string, unknown>): void {
    const values = this.columns.map((column) =>
      canonical(column.kind, row[column.name], `${this.table}.${column.name}`),
    );
    this.hash.update(JSON.stringify(values));
    this.hash.update('\n');
    this.rows += 1;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

function describe(value: unknown): string {
  if (Buffer.isBuffer(value)) return `binary data (${value.length} bytes)`;
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
