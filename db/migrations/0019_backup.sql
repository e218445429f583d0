CREATE TABLE `backup_checks` (
	`folder` text NOT NULL,
	`name` text NOT NULL,
	`sha256` text NOT NULL,
	`checked_at` text NOT NULL,
	`depth` text NOT NULL,
	`ok` integer NOT NULL,
	`problem` text,
	PRIMARY KEY(`folder`, `name`, `sha256`)
);
--> statement-breakpoint
CREATE TABLE `backup_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`folder` text,
	`schedule_kind` text DEFAULT 'OFF' NOT NULL,
	`daily_at` text,
	`every_hours` integer,
	`keep_last` integer DEFAULT 7 NOT NULL,
	`configured_at` text NOT NULL,
	`last_success_at` text,
	`last_attempt_at` text,
	`last_error` text
);
