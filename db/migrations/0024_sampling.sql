CREATE TABLE `sampling_items` (
	`id` text PRIMARY KEY NOT NULL,
	`sampling_id` text NOT NULL,
	`period` text NOT NULL,
	`application_id` text NOT NULL,
	`requested_at` text NOT NULL,
	`outbox_id` text,
	`result` text,
	`reason` text,
	`decided_on` text,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sampling_items_request_idx` ON `sampling_items` (`sampling_id`,`application_id`);--> statement-breakpoint
CREATE INDEX `sampling_items_app_idx` ON `sampling_items` (`application_id`);