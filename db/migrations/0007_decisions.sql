CREATE TABLE `decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`assignment_id` text NOT NULL,
	`application_id` text NOT NULL,
	`physician_id` text NOT NULL,
	`result` text NOT NULL,
	`reason_codes_json` text NOT NULL,
	`comment` text NOT NULL,
	`standards_checked` integer NOT NULL,
	`content_hash` text NOT NULL,
	`signed_at` text NOT NULL,
	`signed_by` text NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`physician_id`) REFERENCES `physicians`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`signed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_assignment_id_unique` ON `decisions` (`assignment_id`);