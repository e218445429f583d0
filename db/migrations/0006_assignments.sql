CREATE TABLE `assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`physician_id` text NOT NULL,
	`draw_id` text NOT NULL,
	`role` text NOT NULL,
	`status` text NOT NULL,
	`seed` integer NOT NULL,
	`pool_json` text NOT NULL,
	`excluded_json` text NOT NULL,
	`drawn_at` text NOT NULL,
	`drawn_by` text NOT NULL,
	`closed_at` text,
	`close_reason` text,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`physician_id`) REFERENCES `physicians`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`drawn_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignments_application_idx` ON `assignments` (`application_id`,`drawn_at`);--> statement-breakpoint
CREATE INDEX `assignments_physician_idx` ON `assignments` (`physician_id`,`status`);