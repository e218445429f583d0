-- R25 / domain §2.19: the audit log is append-only. Any UPDATE or DELETE aborts.
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events`
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_events_no_delete` BEFORE DELETE ON `audit_events`
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;
--> statement-breakpoint
-- Status history is append-only as well (§2.4 statusHistory[]).
CREATE TRIGGER `application_events_no_update` BEFORE UPDATE ON `application_events`
BEGIN
  SELECT RAISE(ABORT, 'application_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `application_events_no_delete` BEFORE DELETE ON `application_events`
BEGIN
  SELECT RAISE(ABORT, 'application_events is append-only');
END;
