CREATE TABLE `observed_index_tasks` (
	`release` text NOT NULL,
	`task_name` text NOT NULL,
	`pct` real NOT NULL,
	`match` text NOT NULL,
	`similarity` real,
	`task_ids` text NOT NULL,
	`directive` real,
	`feedback_loop` real,
	`task_iteration` real,
	`validation` real,
	`learning` real,
	`filtered` real,
	PRIMARY KEY(`release`, `task_name`)
);
--> statement-breakpoint
CREATE TABLE `observed_occupation_use` (
	`release` text NOT NULL,
	`onet_soc_code` text NOT NULL,
	`task_count` integer NOT NULL,
	`matched_tasks` integer NOT NULL,
	`share_pct` real NOT NULL,
	`automation_share` real,
	`augmentation_share` real,
	`coverage` real NOT NULL,
	`observed_exposure` real,
	PRIMARY KEY(`release`, `onet_soc_code`)
);
--> statement-breakpoint
CREATE INDEX `observed_occupation_use_onet_soc_code_idx` ON `observed_occupation_use` (`onet_soc_code`);--> statement-breakpoint
CREATE TABLE `observed_releases` (
	`release` text PRIMARY KEY NOT NULL,
	`files` text NOT NULL,
	`has_split` integer NOT NULL,
	`index_tasks` integer NOT NULL,
	`none_pct` real NOT NULL,
	`matched_text` integer NOT NULL,
	`matched_task_id` integer NOT NULL,
	`matched_near_text` integer NOT NULL,
	`unmatched` integer NOT NULL,
	`matched_pct` real NOT NULL,
	`matched_share_excl_none` real NOT NULL
);
--> statement-breakpoint
CREATE TABLE `observed_slice_use` (
	`release` text NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`employment` real NOT NULL,
	`occupations` integer NOT NULL,
	`beta` real,
	`observed_exposure` real,
	`coverage` real,
	`share_pct` real NOT NULL,
	`automation_share` real,
	PRIMARY KEY(`release`, `kind`, `code`)
);
--> statement-breakpoint
CREATE TABLE `observed_task_use` (
	`release` text NOT NULL,
	`task_id` integer NOT NULL,
	`onet_soc_code` text NOT NULL,
	`share_pct` real NOT NULL,
	`automation_share` real,
	`augmentation_share` real,
	`filtered_share` real,
	`match` text NOT NULL,
	PRIMARY KEY(`release`, `task_id`)
);
--> statement-breakpoint
CREATE INDEX `observed_task_use_onet_soc_code_idx` ON `observed_task_use` (`onet_soc_code`);