ALTER TABLE `audit_events` ADD `seals_json` text;--> statement-breakpoint
ALTER TABLE `audit_events` ADD `mac` text;