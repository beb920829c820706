import { MigrationInterface, QueryRunner } from 'typeorm';

export class SitePlans1764340000000 implements MigrationInterface {
  name = 'SitePlans1764340000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "site_plans" (
      "eventId" text PRIMARY KEY NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
      "contentType" text NOT NULL,
      "size" integer NOT NULL,
      "image" blob NOT NULL,
      "south" real NOT NULL,
      "west" real NOT NULL,
      "north" real NOT NULL,
      "east" real NOT NULL,
      "opacity" real NOT NULL,
      "updatedAt" text NOT NULL,
      "version" integer NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "site_plans"`);
  }
}
