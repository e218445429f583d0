-- R23: a signed decision is immutable; a correction would be a new, superseding record.
CREATE TRIGGER `decisions_no_update` BEFORE UPDATE ON `decisions`
BEGIN
  SELECT RAISE(ABORT, 'decisions are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_no_delete` BEFORE DELETE ON `decisions`
BEGIN
  SELECT RAISE(ABORT, 'decisions are immutable');
END;
