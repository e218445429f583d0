CREATE TABLE `entitlements` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`applicant_id` text NOT NULL,
	`disease_key` text NOT NULL,
	`disease_name` text NOT NULL,
	`state` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`recognized_year` text NOT NULL,
	`filing` text NOT NULL,
	`filing_ref` text,
	`filing_error` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entitlements_application_id_unique` ON `entitlements` (`application_id`);--> statement-breakpoint
CREATE INDEX `entitlements_applicant_idx` ON `entitlements` (`applicant_id`);