CREATE TABLE `applicant_notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`state` text NOT NULL,
	`method` text NOT NULL,
	`told_on` text NOT NULL,
	`note` text,
	`recorded_by` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `applicant_notifications_app_idx` ON `applicant_notifications` (`application_id`);--> statement-breakpoint
CREATE TABLE `bans` (
	`id` text PRIMARY KEY NOT NULL,
	`applicant_id` text NOT NULL,
	`kind` text NOT NULL,
	`decided_on` text NOT NULL,
	`until` text NOT NULL,
	`reason` text NOT NULL,
	`application_id` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bans_applicant_idx` ON `bans` (`applicant_id`);