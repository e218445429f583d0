CREATE TABLE `applicants` (
	`id` text PRIMARY KEY NOT NULL,
	`id_number` text NOT NULL,
	`name` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`sex` text NOT NULL,
	`birth_date` text NOT NULL,
	`scheme` text NOT NULL,
	`employment_status` text NOT NULL,
	`region_code` text NOT NULL,
	`phone` text NOT NULL,
	`address` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applicants_id_number_unique` ON `applicants` (`id_number`);--> statement-breakpoint
CREATE INDEX `applicants_name_idx` ON `applicants` (`name`);--> statement-breakpoint
CREATE INDEX `applicants_pinyin_idx` ON `applicants` (`name_pinyin`);--> statement-breakpoint
CREATE TABLE `application_events` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`seq` integer NOT NULL,
	`transition` text,
	`from_state` text,
	`to_state` text NOT NULL,
	`at` text NOT NULL,
	`actor_id` text NOT NULL,
	`note` text,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `application_events_seq_idx` ON `application_events` (`application_id`,`seq`);--> statement-breakpoint
CREATE TABLE `applications` (
	`id` text PRIMARY KEY NOT NULL,
	`display_no` text NOT NULL,
	`applicant_id` text NOT NULL,
	`disease_key` text NOT NULL,
	`disease_name` text NOT NULL,
	`mode_key` text,
	`mode_name` text,
	`path` text NOT NULL,
	`state` text NOT NULL,
	`pack_id` text NOT NULL,
	`pack_version` text NOT NULL,
	`identity_verification` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`received_at` text,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applications_display_no_unique` ON `applications` (`display_no`);--> statement-breakpoint
CREATE INDEX `applications_state_created_idx` ON `applications` (`state`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `applications_created_idx` ON `applications` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `applications_applicant_idx` ON `applications` (`applicant_id`,`disease_key`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`at` text NOT NULL,
	`actor_id` text,
	`actor_role` text,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text,
	`details_json` text NOT NULL,
	`device_id` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_events_id_unique` ON `audit_events` (`id`);--> statement-breakpoint
CREATE TABLE `counters` (
	`name` text PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `desk` (
	`id` integer PRIMARY KEY NOT NULL,
	`hospital_name` text NOT NULL,
	`hospital_code` text NOT NULL,
	`pack_id` text NOT NULL,
	`device_id` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);