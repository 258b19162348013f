import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`procedures_keywords\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`language\` text,
  	\`words\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_keywords_order_idx\` ON \`procedures_keywords\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_keywords_parent_id_idx\` ON \`procedures_keywords\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_keywords\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`language\` text,
  	\`words\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_keywords_order_idx\` ON \`_procedures_v_version_keywords\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_keywords_parent_id_idx\` ON \`_procedures_v_version_keywords\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`complaint_landmark\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`procedures_keywords\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_keywords\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`complaint_landmark\`;`)
}
