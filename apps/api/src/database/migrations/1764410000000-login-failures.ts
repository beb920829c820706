import { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed logins kept in the database, so every instance counts them the same. */
export class LoginFailures1764410000000 implements MigrationInterface {
  name = 'LoginFailures1764410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "login_failures" ("id" text PRIMARY KEY NOT NULL, "key" text NOT NULL, "at" text NOT NULL)`,
    );
    await db.query(`CREATE INDEX "login_failures_key_at" ON "login_failures" ("key", "at")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "login_failures"`);
  }
}
