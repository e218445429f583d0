CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`file_id` text NOT NULL,
	`material_type` text,
	`source` text NOT NULL,
	`original_sighted` integer DEFAULT false NOT NULL,
	`sealed` integer DEFAULT false NOT NULL,
	`facts_json` text,
	`confirmed_facts_json` text,
	`confirmed_by` text,
	`confirmed_at` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`removed_at` text,
	`removed_by` text,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`file_id`) REFERENCES `stored_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`confirmed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`removed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_application_idx` ON `documents` (`application_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `notices` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`kind` text NOT NULL,
	`items_json` text NOT NULL,
	`pdf` blob NOT NULL,
	`issued_by` text NOT NULL,
	`issued_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notices_application_idx` ON `notices` (`application_id`,`issued_at`);--> statement-breakpoint
CREATE TABLE `page_images` (
	`page_id` text NOT NULL,
	`kind` text NOT NULL,
	`mime` text NOT NULL,
	`bytes` blob NOT NULL,
	PRIMARY KEY(`page_id`, `kind`),
	FOREIGN KEY (`page_id`) REFERENCES `pages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `pages` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`page_index` integer NOT NULL,
	`sha256` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`duplicate_of_page_id` text,
	`text_source` text NOT NULL,
	`ocr_status` text NOT NULL,
	`ocr_error` text,
	`ocr_text` text,
	`ocr_confidence` real,
	`ocr_words_json` text,
	`ocr_ms` integer,
	`attempts` integer DEFAULT 0 NOT NULL,
	`queued_at` text NOT NULL,
	`corrected_text` text,
	`corrected_by` text,
	`corrected_at` text,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`corrected_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pages_document_idx` ON `pages` (`document_id`,`page_index`);--> statement-breakpoint
CREATE INDEX `pages_status_idx` ON `pages` (`ocr_status`,`queued_at`);--> statement-breakpoint
CREATE TABLE `scan_inbox` (
	`id` text PRIMARY KEY NOT NULL,
	`file_id` text NOT NULL,
	`file_name` text NOT NULL,
	`status` text NOT NULL,
	`reason_code` text,
	`reason` text,
	`page_count` integer,
	`received_at` text NOT NULL,
	`document_id` text,
	FOREIGN KEY (`file_id`) REFERENCES `stored_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `scan_inbox_status_idx` ON `scan_inbox` (`status`,`received_at`);--> statement-breakpoint
CREATE TABLE `stored_files` (
	`id` text PRIMARY KEY NOT NULL,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`bytes` blob NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `stored_files_sha_idx` ON `stored_files` (`sha256`);--> statement-breakpoint
CREATE TABLE `upload_chunks` (
	`upload_id` text NOT NULL,
	`idx` integer NOT NULL,
	`bytes` blob NOT NULL,
	PRIMARY KEY(`upload_id`, `idx`),
	FOREIGN KEY (`upload_id`) REFERENCES `uploads`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`size` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
