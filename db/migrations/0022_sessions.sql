CREATE TABLE `confirmation_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`month` text NOT NULL,
	`held_at` text NOT NULL,
	`organiser_id` text NOT NULL,
	FOREIGN KEY (`organiser_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `confirmation_sessions_month_idx` ON `confirmation_sessions` (`month`);--> statement-breakpoint
CREATE TABLE `session_cases` (
	`session_id` text NOT NULL,
	`application_id` text NOT NULL,
	`outcome` text NOT NULL,
	`detail` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `confirmation_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_cases_pk` ON `session_cases` (`session_id`,`application_id`);--> statement-breakpoint
CREATE TABLE `violations` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`period` text NOT NULL,
	`detail` text NOT NULL,
	`recorded_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `violations_kind_period` ON `violations` (`kind`,`period`);