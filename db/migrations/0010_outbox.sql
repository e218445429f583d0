CREATE TABLE `outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`infno` text NOT NULL,
	`application_id` text NOT NULL,
	`person_key` text NOT NULL,
	`msgid` text NOT NULL,
	`payload_json` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer NOT NULL,
	`next_attempt_at` text NOT NULL,
	`unsure` integer NOT NULL,
	`last_error` text,
	`remote_ref` text,
	`created_at` text NOT NULL,
	`sent_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_id_unique` ON `outbox` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_msgid_unique` ON `outbox` (`msgid`);--> statement-breakpoint
CREATE INDEX `outbox_status_idx` ON `outbox` (`status`,`seq`);--> statement-breakpoint
CREATE INDEX `outbox_application_idx` ON `outbox` (`application_id`);--> statement-breakpoint
CREATE TABLE `sync_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
