import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`heritage_places\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36),
  	\`category\` text,
  	\`year\` numeric,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`heritage_places_site_idx\` ON \`heritage_places\` (\`site_id\`);`)
  await db.run(
    sql`CREATE INDEX \`heritage_places_category_idx\` ON \`heritage_places\` (\`category\`);`,
  )
  await db.run(sql`CREATE INDEX \`heritage_places_slug_idx\` ON \`heritage_places\` (\`slug\`);`)
  await db.run(
    sql`CREATE INDEX \`heritage_places_updated_at_idx\` ON \`heritage_places\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`heritage_places_created_at_idx\` ON \`heritage_places\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`heritage_places__status_idx\` ON \`heritage_places\` (\`_status\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_slug_5_idx\` ON \`heritage_places\` (\`site_id\`,\`slug\`);`,
  )
  await db.run(sql`CREATE TABLE \`heritage_places_locales\` (
  	\`name\` text,
  	\`period\` text,
  	\`summary\` text,
  	\`address\` text,
  	\`history\` text,
  	\`visiting\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`heritage_places\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`heritage_places_locales_locale_parent_id_unique\` ON \`heritage_places_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`heritage_places_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`heritage_places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`heritage_places_rels_order_idx\` ON \`heritage_places_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`heritage_places_rels_parent_idx\` ON \`heritage_places_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`heritage_places_rels_path_idx\` ON \`heritage_places_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`heritage_places_rels_media_id_idx\` ON \`heritage_places_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_heritage_places_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_site_id\` text(36),
  	\`version_category\` text,
  	\`version_year\` numeric,
  	\`version_location_lat\` numeric,
  	\`version_location_lng\` numeric,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`heritage_places\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_parent_idx\` ON \`_heritage_places_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_version_version_site_idx\` ON \`_heritage_places_v\` (\`version_site_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_version_version_category_idx\` ON \`_heritage_places_v\` (\`version_category\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_version_version_slug_idx\` ON \`_heritage_places_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_version_version_updated_at_idx\` ON \`_heritage_places_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_version_version_created_at_idx\` ON \`_heritage_places_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_version_version__status_idx\` ON \`_heritage_places_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_created_at_idx\` ON \`_heritage_places_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_updated_at_idx\` ON \`_heritage_places_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_snapshot_idx\` ON \`_heritage_places_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_published_locale_idx\` ON \`_heritage_places_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_latest_idx\` ON \`_heritage_places_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_autosave_idx\` ON \`_heritage_places_v\` (\`autosave\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_site_version_slug_5_idx\` ON \`_heritage_places_v\` (\`version_site_id\`,\`version_slug\`);`,
  )
  await db.run(sql`CREATE TABLE \`_heritage_places_v_locales\` (
  	\`version_name\` text,
  	\`version_period\` text,
  	\`version_summary\` text,
  	\`version_address\` text,
  	\`version_history\` text,
  	\`version_visiting\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_heritage_places_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_heritage_places_v_locales_locale_parent_id_unique\` ON \`_heritage_places_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_heritage_places_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_heritage_places_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_rels_order_idx\` ON \`_heritage_places_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_rels_parent_idx\` ON \`_heritage_places_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_rels_path_idx\` ON \`_heritage_places_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_places_v_rels_media_id_idx\` ON \`_heritage_places_v_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`timeline_entries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`timeline_entries_year_idx\` ON \`timeline_entries\` (\`year\`);`)
  await db.run(
    sql`CREATE INDEX \`timeline_entries_image_idx\` ON \`timeline_entries\` (\`image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`timeline_entries_updated_at_idx\` ON \`timeline_entries\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`timeline_entries_created_at_idx\` ON \`timeline_entries\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`timeline_entries__status_idx\` ON \`timeline_entries\` (\`_status\`);`,
  )
  await db.run(sql`CREATE TABLE \`timeline_entries_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`timeline_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`timeline_entries_locales_locale_parent_id_unique\` ON \`timeline_entries_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_timeline_entries_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_year\` numeric,
  	\`version_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`timeline_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_timeline_entries_v_parent_idx\` ON \`_timeline_entries_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_timeline_entries_v_version_version_year_idx\` ON \`_timeline_entries_v\` (\`version_year\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_timeline_entries_v_version_version_image_idx\` ON \`_timeline_entries_v\` (\`version_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_timeline_entries_v_version_version_updated_at_idx\` ON \`_timeline_entries_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_timeline_entries_v_version_version_created_at_idx\` ON \`_timeline_entries_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_timeline_entries_v_version_version__status_idx\` ON \`_timeline_entries_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_timeline_entries_v_created_at_idx\` ON \`_timeline_entries_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_timeline_entries_v_updated_at_idx\` ON \`_timeline_entries_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_timeline_entries_v_snapshot_idx\` ON \`_timeline_entries_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_timeline_entries_v_published_locale_idx\` ON \`_timeline_entries_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_timeline_entries_v_latest_idx\` ON \`_timeline_entries_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_timeline_entries_v_autosave_idx\` ON \`_timeline_entries_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`_timeline_entries_v_locales\` (
  	\`version_title\` text,
  	\`version_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_timeline_entries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_timeline_entries_v_locales_locale_parent_id_unique\` ON \`_timeline_entries_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`offices_hours_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offices_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`offices_hours_days_order_idx\` ON \`offices_hours_days\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`offices_hours_days_parent_idx\` ON \`offices_hours_days\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`offices_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`opens\` text,
  	\`closes\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offices_hours_order_idx\` ON \`offices_hours\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`offices_hours_parent_id_idx\` ON \`offices_hours\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`offices_ramadan_hours_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offices_ramadan_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`offices_ramadan_hours_days_order_idx\` ON \`offices_ramadan_hours_days\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`offices_ramadan_hours_days_parent_idx\` ON \`offices_ramadan_hours_days\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`offices_ramadan_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`opens\` text,
  	\`closes\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`offices_ramadan_hours_order_idx\` ON \`offices_ramadan_hours\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`offices_ramadan_hours_parent_id_idx\` ON \`offices_ramadan_hours\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`offices_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`offices_services_order_idx\` ON \`offices_services\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`offices_services_parent_id_idx\` ON \`offices_services\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`offices_services_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`offices_services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`offices_services_locales_locale_parent_id_unique\` ON \`offices_services_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`offices\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36),
  	\`kind\` text,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`phone\` text,
  	\`email\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`offices_site_idx\` ON \`offices\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`offices_kind_idx\` ON \`offices\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`offices_slug_idx\` ON \`offices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`offices_updated_at_idx\` ON \`offices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`offices_created_at_idx\` ON \`offices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`offices__status_idx\` ON \`offices\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_slug_6_idx\` ON \`offices\` (\`site_id\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`offices_locales\` (
  	\`name\` text,
  	\`address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`offices_locales_locale_parent_id_unique\` ON \`offices_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_offices_v_version_hours_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_offices_v_version_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_hours_days_order_idx\` ON \`_offices_v_version_hours_days\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_hours_days_parent_idx\` ON \`_offices_v_version_hours_days\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_offices_v_version_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`opens\` text,
  	\`closes\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_offices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_hours_order_idx\` ON \`_offices_v_version_hours\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_hours_parent_id_idx\` ON \`_offices_v_version_hours\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_offices_v_version_ramadan_hours_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_offices_v_version_ramadan_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_ramadan_hours_days_order_idx\` ON \`_offices_v_version_ramadan_hours_days\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_ramadan_hours_days_parent_idx\` ON \`_offices_v_version_ramadan_hours_days\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_offices_v_version_ramadan_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`opens\` text,
  	\`closes\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_offices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_ramadan_hours_order_idx\` ON \`_offices_v_version_ramadan_hours\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_ramadan_hours_parent_id_idx\` ON \`_offices_v_version_ramadan_hours\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_offices_v_version_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_offices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_services_order_idx\` ON \`_offices_v_version_services\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_services_parent_id_idx\` ON \`_offices_v_version_services\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_offices_v_version_services_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_offices_v_version_services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_offices_v_version_services_locales_locale_parent_id_unique\` ON \`_offices_v_version_services_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_offices_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_site_id\` text(36),
  	\`version_kind\` text,
  	\`version_location_lat\` numeric,
  	\`version_location_lng\` numeric,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_offices_v_parent_idx\` ON \`_offices_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_version_site_idx\` ON \`_offices_v\` (\`version_site_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_version_kind_idx\` ON \`_offices_v\` (\`version_kind\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_version_slug_idx\` ON \`_offices_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_version_updated_at_idx\` ON \`_offices_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_version_created_at_idx\` ON \`_offices_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_offices_v_version_version__status_idx\` ON \`_offices_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_offices_v_created_at_idx\` ON \`_offices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_updated_at_idx\` ON \`_offices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_snapshot_idx\` ON \`_offices_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_offices_v_published_locale_idx\` ON \`_offices_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_offices_v_latest_idx\` ON \`_offices_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_autosave_idx\` ON \`_offices_v\` (\`autosave\`);`)
  await db.run(
    sql`CREATE INDEX \`version_site_version_slug_6_idx\` ON \`_offices_v\` (\`version_site_id\`,\`version_slug\`);`,
  )
  await db.run(sql`CREATE TABLE \`_offices_v_locales\` (
  	\`version_name\` text,
  	\`version_address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_offices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_offices_v_locales_locale_parent_id_unique\` ON \`_offices_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`procedures_documents_order_idx\` ON \`procedures_documents\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedures_documents_parent_id_idx\` ON \`procedures_documents\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_documents_locales\` (
  	\`item\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`procedures_documents_locales_locale_parent_id_unique\` ON \`procedures_documents_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_office_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`procedures_office_kinds_order_idx\` ON \`procedures_office_kinds\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedures_office_kinds_parent_idx\` ON \`procedures_office_kinds\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`theme\` text,
  	\`online_url\` text,
  	\`form\` text,
  	\`partner_id\` text(36),
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_theme_idx\` ON \`procedures\` (\`theme\`);`)
  await db.run(sql`CREATE INDEX \`procedures_partner_idx\` ON \`procedures\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_slug_idx\` ON \`procedures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures__status_idx\` ON \`procedures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`procedures_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`audience\` text,
  	\`cost\` text,
  	\`time_limit\` text,
  	\`submit_at\` text,
  	\`collect_at\` text,
  	\`legal_basis\` text,
  	\`online_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`procedures_locales_locale_parent_id_unique\` ON \`procedures_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_documents_order_idx\` ON \`_procedures_v_version_documents\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_documents_parent_id_idx\` ON \`_procedures_v_version_documents\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_version_documents_locales\` (
  	\`item\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v_version_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_procedures_v_version_documents_locales_locale_parent_id_uni\` ON \`_procedures_v_version_documents_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_version_office_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_office_kinds_order_idx\` ON \`_procedures_v_version_office_kinds\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_office_kinds_parent_idx\` ON \`_procedures_v_version_office_kinds\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_theme\` text,
  	\`version_online_url\` text,
  	\`version_form\` text,
  	\`version_partner_id\` text(36),
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_parent_idx\` ON \`_procedures_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version_theme_idx\` ON \`_procedures_v\` (\`version_theme\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version_partner_idx\` ON \`_procedures_v\` (\`version_partner_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version_slug_idx\` ON \`_procedures_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version_updated_at_idx\` ON \`_procedures_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version_created_at_idx\` ON \`_procedures_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version__status_idx\` ON \`_procedures_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_created_at_idx\` ON \`_procedures_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_updated_at_idx\` ON \`_procedures_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_snapshot_idx\` ON \`_procedures_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_published_locale_idx\` ON \`_procedures_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_procedures_v_latest_idx\` ON \`_procedures_v\` (\`latest\`);`)
  await db.run(
    sql`CREATE INDEX \`_procedures_v_autosave_idx\` ON \`_procedures_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_audience\` text,
  	\`version_cost\` text,
  	\`version_time_limit\` text,
  	\`version_submit_at\` text,
  	\`version_collect_at\` text,
  	\`version_legal_basis\` text,
  	\`version_online_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_procedures_v_locales_locale_parent_id_unique\` ON \`_procedures_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`partners\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`url\` text,
  	\`logo_id\` text(36),
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_logo_idx\` ON \`partners\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_slug_idx\` ON \`partners\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`partners__status_idx\` ON \`partners\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`partners_locales\` (
  	\`name\` text,
  	\`runs\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`partners_locales_locale_parent_id_unique\` ON \`partners_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_partners_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_kind\` text,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_url\` text,
  	\`version_logo_id\` text(36),
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_partners_v_parent_idx\` ON \`_partners_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_version_logo_idx\` ON \`_partners_v\` (\`version_logo_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_version_slug_idx\` ON \`_partners_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_version_updated_at_idx\` ON \`_partners_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_version_created_at_idx\` ON \`_partners_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_version_version__status_idx\` ON \`_partners_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_created_at_idx\` ON \`_partners_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partners_v_updated_at_idx\` ON \`_partners_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_partners_v_snapshot_idx\` ON \`_partners_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_partners_v_published_locale_idx\` ON \`_partners_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_partners_v_latest_idx\` ON \`_partners_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_autosave_idx\` ON \`_partners_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_partners_v_locales\` (
  	\`version_name\` text,
  	\`version_runs\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partners_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_partners_v_locales_locale_parent_id_unique\` ON \`_partners_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`alerts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`severity\` text DEFAULT 'info' NOT NULL,
  	\`link_url\` text,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`alerts_starts_at_idx\` ON \`alerts\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`alerts_ends_at_idx\` ON \`alerts\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`alerts_updated_at_idx\` ON \`alerts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`alerts_created_at_idx\` ON \`alerts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`alerts_locales\` (
  	\`message\` text NOT NULL,
  	\`link_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`alerts_locales_locale_parent_id_unique\` ON \`alerts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`alerts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`sites_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`alerts_rels_order_idx\` ON \`alerts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_parent_idx\` ON \`alerts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_path_idx\` ON \`alerts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_sites_id_idx\` ON \`alerts_rels\` (\`sites_id\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`kind\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`reference\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`date\` text;`)
  await db.run(sql`CREATE INDEX \`documents_kind_idx\` ON \`documents\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`documents_date_idx\` ON \`documents\` (\`date\`);`)
  await db.run(sql`ALTER TABLE \`documents_locales\` ADD \`summary\` text;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`heritage_places_id\` text(36) REFERENCES heritage_places(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`timeline_entries_id\` text(36) REFERENCES timeline_entries(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`offices_id\` text(36) REFERENCES offices(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`procedures_id\` text(36) REFERENCES procedures(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`partners_id\` text(36) REFERENCES partners(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`alerts_id\` text(36) REFERENCES alerts(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_heritage_places_id_idx\` ON \`payload_locked_documents_rels\` (\`heritage_places_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_timeline_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`timeline_entries_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_offices_id_idx\` ON \`payload_locked_documents_rels\` (\`offices_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`heritage_places\`;`)
  await db.run(sql`DROP TABLE \`heritage_places_locales\`;`)
  await db.run(sql`DROP TABLE \`heritage_places_rels\`;`)
  await db.run(sql`DROP TABLE \`_heritage_places_v\`;`)
  await db.run(sql`DROP TABLE \`_heritage_places_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_heritage_places_v_rels\`;`)
  await db.run(sql`DROP TABLE \`timeline_entries\`;`)
  await db.run(sql`DROP TABLE \`timeline_entries_locales\`;`)
  await db.run(sql`DROP TABLE \`_timeline_entries_v\`;`)
  await db.run(sql`DROP TABLE \`_timeline_entries_v_locales\`;`)
  await db.run(sql`DROP TABLE \`offices_hours_days\`;`)
  await db.run(sql`DROP TABLE \`offices_hours\`;`)
  await db.run(sql`DROP TABLE \`offices_ramadan_hours_days\`;`)
  await db.run(sql`DROP TABLE \`offices_ramadan_hours\`;`)
  await db.run(sql`DROP TABLE \`offices_services\`;`)
  await db.run(sql`DROP TABLE \`offices_services_locales\`;`)
  await db.run(sql`DROP TABLE \`offices\`;`)
  await db.run(sql`DROP TABLE \`offices_locales\`;`)
  await db.run(sql`DROP TABLE \`_offices_v_version_hours_days\`;`)
  await db.run(sql`DROP TABLE \`_offices_v_version_hours\`;`)
  await db.run(sql`DROP TABLE \`_offices_v_version_ramadan_hours_days\`;`)
  await db.run(sql`DROP TABLE \`_offices_v_version_ramadan_hours\`;`)
  await db.run(sql`DROP TABLE \`_offices_v_version_services\`;`)
  await db.run(sql`DROP TABLE \`_offices_v_version_services_locales\`;`)
  await db.run(sql`DROP TABLE \`_offices_v\`;`)
  await db.run(sql`DROP TABLE \`_offices_v_locales\`;`)
  await db.run(sql`DROP TABLE \`procedures_documents\`;`)
  await db.run(sql`DROP TABLE \`procedures_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`procedures_office_kinds\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures_locales\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_office_kinds\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_locales\`;`)
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`DROP TABLE \`partners_locales\`;`)
  await db.run(sql`DROP TABLE \`_partners_v\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_locales\`;`)
  await db.run(sql`DROP TABLE \`alerts\`;`)
  await db.run(sql`DROP TABLE \`alerts_locales\`;`)
  await db.run(sql`DROP TABLE \`alerts_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_settings_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "events_id", "pages_id", "council_members_id", "council_sessions_id", "council_decisions_id", "media_id", "documents_id", "site_settings_id", "sites_id", "users_id") SELECT "id", "order", "parent_id", "path", "news_id", "events_id", "pages_id", "council_members_id", "council_sessions_id", "council_decisions_id", "media_id", "documents_id", "site_settings_id", "sites_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_council_members_id_idx\` ON \`payload_locked_documents_rels\` (\`council_members_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_council_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`council_sessions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_council_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`council_decisions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_site_settings_id_idx\` ON \`payload_locked_documents_rels\` (\`site_settings_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(sql`DROP INDEX \`documents_kind_idx\`;`)
  await db.run(sql`DROP INDEX \`documents_date_idx\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`kind\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`reference\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`date\`;`)
  await db.run(sql`ALTER TABLE \`documents_locales\` DROP COLUMN \`summary\`;`)
}
