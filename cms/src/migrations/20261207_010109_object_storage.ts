import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`submission_files\` ADD \`prefix\` text DEFAULT 'submission-files';`)
  await db.run(sql`ALTER TABLE \`submission_files\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT 'media';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version_prefix\` text DEFAULT 'media';`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version__objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`prefix\` text DEFAULT 'documents';`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_prefix\` text DEFAULT 'documents';`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version__objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`submission_files\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`submission_files\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`_media_v\` DROP COLUMN \`version_prefix\`;`)
  await db.run(sql`ALTER TABLE \`_media_v\` DROP COLUMN \`version__objectkey\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_prefix\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version__objectkey\`;`)
}
