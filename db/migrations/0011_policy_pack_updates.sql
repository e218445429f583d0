CREATE TABLE `policy_pack_updates` (
	`id` text PRIMARY KEY NOT NULL,
	`pack_id` text NOT NULL,
	`version` text NOT NULL,
	`json` text NOT NULL,
	`applied_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `policy_pack_updates_pack_idx` ON `policy_pack_updates` (`pack_id`,`applied_at`);