CREATE TABLE `element_activity_links` (
	`element_id` text NOT NULL,
	`element_name` text NOT NULL,
	`activity_id` text NOT NULL,
	`activity_name` text NOT NULL,
	`source` text NOT NULL,
	PRIMARY KEY(`element_id`, `activity_id`)
);
--> statement-breakpoint
CREATE INDEX `element_activity_links_activity_id_idx` ON `element_activity_links` (`activity_id`);--> statement-breakpoint
CREATE TABLE `level_anchors` (
	`element_id` text NOT NULL,
	`name` text NOT NULL,
	`anchor` real NOT NULL,
	`description` text NOT NULL,
	PRIMARY KEY(`element_id`, `anchor`)
);
--> statement-breakpoint
CREATE TABLE `occupation_interests` (
	`onet_soc_code` text NOT NULL,
	`element_id` text NOT NULL,
	`name` text NOT NULL,
	`value` real NOT NULL,
	PRIMARY KEY(`onet_soc_code`, `element_id`)
);
--> statement-breakpoint
CREATE TABLE `occupation_work_styles` (
	`onet_soc_code` text NOT NULL,
	`element_id` text NOT NULL,
	`name` text NOT NULL,
	`impact` real,
	`distinctiveness` real,
	PRIMARY KEY(`onet_soc_code`, `element_id`)
);
