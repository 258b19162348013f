import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`submission_files\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`submission_id\` text(36),
  	\`site_id\` text(36) NOT NULL,
  	\`original_name\` text,
  	\`position\` numeric,
  	\`sha256\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`submission_files_submission_idx\` ON \`submission_files\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`submission_files_site_idx\` ON \`submission_files\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`submission_files_updated_at_idx\` ON \`submission_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`submission_files_created_at_idx\` ON \`submission_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`submission_files_filename_idx\` ON \`submission_files\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`submissions_history\` ADD \`event\` text;`)
  await db.run(sql`ALTER TABLE \`submissions_history\` ADD \`assigned_to_id\` text(36) REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`submissions_history\` ADD \`from_site_id\` text(36) REFERENCES sites(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`submissions_history\` ADD \`to_site_id\` text(36) REFERENCES sites(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`submissions_history\` ADD \`partner_id\` text(36) REFERENCES partners(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`submissions_history\` ADD \`message\` text;`)
  await db.run(sql`CREATE INDEX \`submissions_history_assigned_to_idx\` ON \`submissions_history\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_history_from_site_idx\` ON \`submissions_history\` (\`from_site_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_history_to_site_idx\` ON \`submissions_history\` (\`to_site_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_history_partner_idx\` ON \`submissions_history\` (\`partner_id\`);`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`transfer_to_site_id\` text(36) REFERENCES sites(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`transfer_to_partner_id\` text(36) REFERENCES partners(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`partner_id\` text(36) REFERENCES partners(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`submissions_transfer_to_transfer_to_site_idx\` ON \`submissions\` (\`transfer_to_site_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_transfer_to_transfer_to_partner_idx\` ON \`submissions\` (\`transfer_to_partner_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_partner_idx\` ON \`submissions\` (\`partner_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`submission_files_id\` text(36) REFERENCES submission_files(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submission_files_id_idx\` ON \`payload_locked_documents_rels\` (\`submission_files_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`submission_files\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_submissions_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text,
  	\`at\` text,
  	\`by_id\` text(36),
  	\`reply\` text,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_submissions_history\`("_order", "_parent_id", "id", "status", "at", "by_id", "reply", "note") SELECT "_order", "_parent_id", "id", "status", "at", "by_id", "reply", "note" FROM \`submissions_history\`;`)
  await db.run(sql`DROP TABLE \`submissions_history\`;`)
  await db.run(sql`ALTER TABLE \`__new_submissions_history\` RENAME TO \`submissions_history\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`submissions_history_order_idx\` ON \`submissions_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`submissions_history_parent_id_idx\` ON \`submissions_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_history_by_idx\` ON \`submissions_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_submissions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36),
  	\`tracking_code\` text,
  	\`service\` text NOT NULL,
  	\`due_at\` text,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`assigned_to_id\` text(36),
  	\`reply\` text,
  	\`note\` text,
  	\`contact_name\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_locale\` text,
  	\`complaint_category\` text,
  	\`complaint_description\` text,
  	\`complaint_address\` text,
  	\`complaint_lat\` numeric,
  	\`complaint_lng\` numeric,
  	\`correspondence_department\` text,
  	\`correspondence_subject\` text,
  	\`correspondence_message\` text,
  	\`urbanism_info_land_title\` text,
  	\`urbanism_info_parcel_ref\` text,
  	\`urbanism_info_location\` text,
  	\`urbanism_info_capacity\` text,
  	\`urbanism_info_purpose\` text,
  	\`access_to_info_information\` text,
  	\`access_to_info_answer_form\` text,
  	\`access_to_info_reason\` text,
  	\`feedback_page_url\` text,
  	\`feedback_message\` text,
  	\`resolved_at\` text,
  	\`verifier\` text,
  	\`idempotency_key\` text,
  	\`digest\` text,
  	\`altcha_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_submissions\`("id", "site_id", "tracking_code", "service", "due_at", "status", "assigned_to_id", "reply", "note", "contact_name", "contact_email", "contact_phone", "contact_locale", "complaint_category", "complaint_description", "complaint_address", "complaint_lat", "complaint_lng", "correspondence_department", "correspondence_subject", "correspondence_message", "urbanism_info_land_title", "urbanism_info_parcel_ref", "urbanism_info_location", "urbanism_info_capacity", "urbanism_info_purpose", "access_to_info_information", "access_to_info_answer_form", "access_to_info_reason", "feedback_page_url", "feedback_message", "resolved_at", "verifier", "idempotency_key", "digest", "altcha_key", "updated_at", "created_at") SELECT "id", "site_id", "tracking_code", "service", "due_at", "status", "assigned_to_id", "reply", "note", "contact_name", "contact_email", "contact_phone", "contact_locale", "complaint_category", "complaint_description", "complaint_address", "complaint_lat", "complaint_lng", "correspondence_department", "correspondence_subject", "correspondence_message", "urbanism_info_land_title", "urbanism_info_parcel_ref", "urbanism_info_location", "urbanism_info_capacity", "urbanism_info_purpose", "access_to_info_information", "access_to_info_answer_form", "access_to_info_reason", "feedback_page_url", "feedback_message", "resolved_at", "verifier", "idempotency_key", "digest", "altcha_key", "updated_at", "created_at" FROM \`submissions\`;`)
  await db.run(sql`DROP TABLE \`submissions\`;`)
  await db.run(sql`ALTER TABLE \`__new_submissions\` RENAME TO \`submissions\`;`)
  await db.run(sql`CREATE INDEX \`submissions_site_idx\` ON \`submissions\` (\`site_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`submissions_tracking_code_idx\` ON \`submissions\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`submissions_due_at_idx\` ON \`submissions\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_status_idx\` ON \`submissions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`submissions_assigned_to_idx\` ON \`submissions\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_verifier_idx\` ON \`submissions\` (\`verifier\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`submissions_idempotency_key_idx\` ON \`submissions\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`submissions_altcha_key_idx\` ON \`submissions\` (\`altcha_key\`);`)
  await db.run(sql`CREATE INDEX \`submissions_updated_at_idx\` ON \`submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_created_at_idx\` ON \`submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` text(36),
  	\`events_id\` text(36),
  	\`pages_id\` text(36),
  	\`council_members_id\` text(36),
  	\`council_sessions_id\` text(36),
  	\`council_decisions_id\` text(36),
  	\`heritage_places_id\` text(36),
  	\`timeline_entries_id\` text(36),
  	\`offices_id\` text(36),
  	\`procedures_id\` text(36),
  	\`partners_id\` text(36),
  	\`alerts_id\` text(36),
  	\`submissions_id\` text(36),
  	\`media_id\` text(36),
  	\`documents_id\` text(36),
  	\`site_settings_id\` text(36),
  	\`sites_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`council_members_id\`) REFERENCES \`council_members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`council_sessions_id\`) REFERENCES \`council_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`council_decisions_id\`) REFERENCES \`council_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`heritage_places_id\`) REFERENCES \`heritage_places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`timeline_entries_id\`) REFERENCES \`timeline_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offices_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submissions_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_settings_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "events_id", "pages_id", "council_members_id", "council_sessions_id", "council_decisions_id", "heritage_places_id", "timeline_entries_id", "offices_id", "procedures_id", "partners_id", "alerts_id", "submissions_id", "media_id", "documents_id", "site_settings_id", "sites_id", "users_id") SELECT "id", "order", "parent_id", "path", "news_id", "events_id", "pages_id", "council_members_id", "council_sessions_id", "council_decisions_id", "heritage_places_id", "timeline_entries_id", "offices_id", "procedures_id", "partners_id", "alerts_id", "submissions_id", "media_id", "documents_id", "site_settings_id", "sites_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_council_members_id_idx\` ON \`payload_locked_documents_rels\` (\`council_members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_council_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`council_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_council_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`council_decisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_heritage_places_id_idx\` ON \`payload_locked_documents_rels\` (\`heritage_places_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_timeline_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`timeline_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_offices_id_idx\` ON \`payload_locked_documents_rels\` (\`offices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_settings_id_idx\` ON \`payload_locked_documents_rels\` (\`site_settings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
