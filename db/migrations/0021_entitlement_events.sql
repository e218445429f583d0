CREATE TABLE `entitlement_events` (
	`id` text PRIMARY KEY NOT NULL,
	`entitlement_id` text NOT NULL,
	`type` text NOT NULL,
	`from_state` text NOT NULL,
	`to_state` text NOT NULL,
	`effective_date` text NOT NULL,
	`decided_by` text NOT NULL,
	`bureau_event_id` text,
	`reason` text NOT NULL,
	`unexpected` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`entitlement_id`) REFERENCES `entitlements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entitlement_events_bureau_event_id_unique` ON `entitlement_events` (`bureau_event_id`);--> statement-breakpoint
CREATE INDEX `entitlement_events_ent_idx` ON `entitlement_events` (`entitlement_id`);--> statement-breakpoint
CREATE TRIGGER `entitlement_events_no_update` BEFORE UPDATE ON `entitlement_events`
BEGIN
  SELECT RAISE(ABORT, 'entitlement_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `entitlement_events_no_delete` BEFORE DELETE ON `entitlement_events`
BEGIN
  SELECT RAISE(ABORT, 'entitlement_events is append-only');
END;
