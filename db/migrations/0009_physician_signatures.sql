CREATE TABLE `physician_signatures` (
	`id` text PRIMARY KEY NOT NULL,
	`physician_id` text NOT NULL,
	`png` blob NOT NULL,
	`sha256` text NOT NULL,
	`captured_at` text NOT NULL,
	`captured_by` text NOT NULL,
	FOREIGN KEY (`physician_id`) REFERENCES `physicians`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`captured_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `physician_signatures_physician_id_unique` ON `physician_signatures` (`physician_id`);--> statement-breakpoint
ALTER TABLE `decisions` ADD `criteria_json` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `decisions` ADD `signature_id` text REFERENCES physician_signatures(id);--> statement-breakpoint
-- A captured signature is kept as it was drawn: the forms it was placed on must keep showing the same image.
CREATE TRIGGER `physician_signatures_no_update` BEFORE UPDATE ON `physician_signatures`
BEGIN
  SELECT RAISE(ABORT, 'signatures are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `physician_signatures_no_delete` BEFORE DELETE ON `physician_signatures`
BEGIN
  SELECT RAISE(ABORT, 'signatures are immutable');
END;
