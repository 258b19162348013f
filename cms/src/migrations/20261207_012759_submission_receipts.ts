import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`receipt_status\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`receipt_attempts\` numeric;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`receipt_next_attempt_at\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`receipt_sent_at\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`receipt_error\` text;`)
  await db.run(sql`CREATE INDEX \`submissions_receipt_receipt_status_idx\` ON \`submissions\` (\`receipt_status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`submissions_receipt_receipt_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`receipt_status\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`receipt_attempts\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`receipt_next_attempt_at\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`receipt_sent_at\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`receipt_error\`;`)
}
