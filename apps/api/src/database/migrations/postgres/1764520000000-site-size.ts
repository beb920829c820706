import { MigrationInterface, QueryRunner } from 'typeorm';
import { SITE_SIZE_DOWN, siteSizeUp } from '../1764520000000-site-size';

/** ../1764520000000-site-size.ts in PostgreSQL: the same columns, metres as `double precision`. */
export class PostgresSiteSize1764520000000 implements MigrationInterface {
  name = 'PostgresSiteSize1764520000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of siteSizeUp('double precision')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of SITE_SIZE_DOWN) await db.query(statement);
  }
}
