-- 000 §8(3) archive: original files and issued notices are kept exactly as received / handed over.
CREATE TRIGGER `stored_files_no_update` BEFORE UPDATE ON `stored_files`
BEGIN
  SELECT RAISE(ABORT, 'stored_files is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `stored_files_no_delete` BEFORE DELETE ON `stored_files`
BEGIN
  SELECT RAISE(ABORT, 'stored_files is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `notices_no_update` BEFORE UPDATE ON `notices`
BEGIN
  SELECT RAISE(ABORT, 'notices is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `notices_no_delete` BEFORE DELETE ON `notices`
BEGIN
  SELECT RAISE(ABORT, 'notices is append-only');
END;
