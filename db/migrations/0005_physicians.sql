CREATE TABLE `physician_sanctions` (
	`id` text PRIMARY KEY NOT NULL,
	`physician_id` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`physician_id`) REFERENCES `physicians`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `physician_sanctions_physician_idx` ON `physician_sanctions` (`physician_id`);--> statement-breakpoint
CREATE TABLE `physicians` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`id_number` text NOT NULL,
	`hospital_code` text NOT NULL,
	`title` text NOT NULL,
	`specialties_json` text NOT NULL,
	`authorisation_json` text,
	`active` integer NOT NULL,
	`onboarded` integer NOT NULL,
	`declared_conflicts_json` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `physicians_hospital_idx` ON `physicians` (`hospital_code`,`active`);