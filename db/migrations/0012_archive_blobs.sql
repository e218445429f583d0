CREATE TABLE `archive_blobs` (
	`id` text PRIMARY KEY NOT NULL,
	`outbox_id` text NOT NULL,
	`sha256` text NOT NULL,
	`bytes` blob NOT NULL,
	FOREIGN KEY (`outbox_id`) REFERENCES `outbox`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `archive_blobs_outbox_idx` ON `archive_blobs` (`outbox_id`);