CREATE TABLE `state_areas` (
	`area` text PRIMARY KEY NOT NULL,
	`postal` text NOT NULL,
	`name` text NOT NULL,
	`employment` integer NOT NULL,
	`release` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `state_areas_postal_unique` ON `state_areas` (`postal`);--> statement-breakpoint
CREATE TABLE `state_labor` (
	`area` text NOT NULL,
	`onet_soc_code` text NOT NULL,
	`oews_code` text NOT NULL,
	`oews_sharers` integer NOT NULL,
	`employment` real,
	`median_annual_wage` real,
	`location_quotient` real,
	PRIMARY KEY(`area`, `onet_soc_code`)
);
--> statement-breakpoint
CREATE INDEX `state_labor_onet_soc_code_idx` ON `state_labor` (`onet_soc_code`);--> statement-breakpoint
CREATE TABLE `state_oews` (
	`area` text NOT NULL,
	`occ_code` text NOT NULL,
	`employment` integer,
	`jobs_per_1000` real,
	`location_quotient` real,
	`median_annual_wage` real,
	`median_hourly_wage` real,
	`median_top_coded` integer NOT NULL,
	PRIMARY KEY(`area`, `occ_code`)
);
