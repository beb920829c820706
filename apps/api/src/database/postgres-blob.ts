import { DataSource } from 'typeorm';

type NormalizeType = DataSource['driver']['normalizeType'];

/**
 * Lets the entities' `blob` columns (SQLite's name) stand for `bytea` on PostgreSQL, so one entity
 * serves both drivers; pg sends and returns a Buffer for either. Call before `initialize()`.
 */
export function acceptBlobAsBytea(dataSource: DataSource): void {
  const driver = dataSource.driver;
  const normalizeType: NormalizeType = driver.normalizeType.bind(driver);
  driver.normalizeType = (column) => (column.type === 'blob' ? 'bytea' : normalizeType(column));
}
