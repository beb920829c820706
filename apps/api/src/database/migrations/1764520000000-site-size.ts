import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sites drawn to scale: a venue, stage or tent may have a footprint of width × depth metres, turned
 * by a rotation in whole degrees clockwise from north. Existing sites have no size (both null) and
 * rotation 0. PostgreSQL's migration of the same name adds the same columns as `double precision`.
 */
export const siteSizeUp = (metres: 'real' | 'double precision') => [
  `ALTER TABLE "sites" ADD COLUMN "sizeWidth" ${metres}`,
  `ALTER TABLE "sites" ADD COLUMN "sizeDepth" ${metres}`,
  `ALTER TABLE "sites" ADD COLUMN "rotation" integer NOT NULL DEFAULT (0)`,
];

/** Drops the footprint (SQLite 3.35 or newer); the site's point stays. */
export const SITE_SIZE_DOWN = [
  `ALTER TABLE "sites" DROP COLUMN "rotation"`,
  `ALTER TABLE "sites" DROP COLUMN "sizeDepth"`,
  `ALTER TABLE "sites" DROP COLUMN "sizeWidth"`,
];

export class SiteSize1764520000000 implements MigrationInterface {
  name = 'SiteSize1764520000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of siteSizeUp('real')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of SITE_SIZE_DOWN) await db.query(statement);
  }
}
