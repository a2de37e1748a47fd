CREATE TABLE `education_categories` (
	`category` integer PRIMARY KEY NOT NULL,
	`description` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `education_levels` (
	`onet_soc_code` text NOT NULL,
	`category` integer NOT NULL,
	`share` real NOT NULL
);
--> statement-breakpoint
CREATE INDEX `education_levels_onet_soc_code_idx` ON `education_levels` (`onet_soc_code`);--> statement-breakpoint
CREATE TABLE `job_zone_reference` (
	`job_zone` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`experience` text NOT NULL,
	`education` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `occupation_groups` (
	`code` text PRIMARY KEY NOT NULL,
	`level` text NOT NULL,
	`title` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `occupation_titles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`onet_soc_code` text NOT NULL,
	`title` text NOT NULL,
	`short_title` text,
	`kind` text NOT NULL,
	`shown_in_my_next_move` integer
);
--> statement-breakpoint
CREATE INDEX `occupation_titles_onet_soc_code_idx` ON `occupation_titles` (`onet_soc_code`);--> statement-breakpoint
CREATE TABLE `occupations` (
	`onet_soc_code` text PRIMARY KEY NOT NULL,
	`soc_code` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`job_zone` integer,
	`major_group` text NOT NULL,
	`minor_group` text NOT NULL,
	`broad_group` text NOT NULL,
	`education_category` integer,
	`education_share` real
);
--> statement-breakpoint
CREATE INDEX `occupations_soc_code_idx` ON `occupations` (`soc_code`);--> statement-breakpoint
CREATE INDEX `occupations_major_group_idx` ON `occupations` (`major_group`);--> statement-breakpoint
CREATE TABLE `related_occupations` (
	`onet_soc_code` text NOT NULL,
	`related_code` text NOT NULL,
	`tier` text NOT NULL,
	`rank` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `related_occupations_onet_soc_code_idx` ON `related_occupations` (`onet_soc_code`);--> statement-breakpoint
CREATE TABLE `technology_skills` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`onet_soc_code` text NOT NULL,
	`example` text NOT NULL,
	`commodity_code` integer NOT NULL,
	`commodity_title` text NOT NULL,
	`hot` integer NOT NULL,
	`in_demand` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `technology_skills_onet_soc_code_idx` ON `technology_skills` (`onet_soc_code`);--> statement-breakpoint
CREATE INDEX `technology_skills_commodity_code_idx` ON `technology_skills` (`commodity_code`);--> statement-breakpoint
CREATE TABLE `dwas` (
	`dwa_id` text PRIMARY KEY NOT NULL,
	`iwa_id` text NOT NULL,
	`element_id` text NOT NULL,
	`title` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `dwas_iwa_id_idx` ON `dwas` (`iwa_id`);--> statement-breakpoint
CREATE TABLE `iwas` (
	`iwa_id` text PRIMARY KEY NOT NULL,
	`element_id` text NOT NULL,
	`title` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `task_dwas` (
	`task_id` integer NOT NULL,
	`dwa_id` text NOT NULL,
	`onet_soc_code` text NOT NULL,
	PRIMARY KEY(`task_id`, `dwa_id`)
);
--> statement-breakpoint
CREATE INDEX `task_dwas_dwa_id_idx` ON `task_dwas` (`dwa_id`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`task_id` integer PRIMARY KEY NOT NULL,
	`onet_soc_code` text NOT NULL,
	`statement` text NOT NULL,
	`task_type` text NOT NULL,
	`incumbents_responding` integer,
	`importance` real,
	`weight` real NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tasks_onet_soc_code_idx` ON `tasks` (`onet_soc_code`);--> statement-breakpoint
CREATE TABLE `elements` (
	`element_id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`domain` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `occupation_elements` (
	`onet_soc_code` text NOT NULL,
	`element_id` text NOT NULL,
	`importance` real,
	`level` real,
	`not_relevant` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`onet_soc_code`, `element_id`)
);
--> statement-breakpoint
CREATE INDEX `occupation_elements_element_id_idx` ON `occupation_elements` (`element_id`);--> statement-breakpoint
CREATE TABLE `bls_oews` (
	`occ_code` text NOT NULL,
	`title` text NOT NULL,
	`o_group` text NOT NULL,
	`employment` integer,
	`mean_annual_wage` real,
	`median_annual_wage` real,
	`median_hourly_wage` real,
	`median_top_coded` integer NOT NULL,
	PRIMARY KEY(`occ_code`, `o_group`)
);
--> statement-breakpoint
CREATE TABLE `bls_projections` (
	`nem_code` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`occupation_type` text NOT NULL,
	`employment_base` real,
	`employment_projected` real,
	`change_numeric` real,
	`change_percent` real,
	`openings_annual` real,
	`median_annual_wage` real,
	`typical_education` text,
	`work_experience` text,
	`training` text
);
--> statement-breakpoint
CREATE TABLE `nem_crosswalk` (
	`onet_soc_code` text PRIMARY KEY NOT NULL,
	`nem_code` text NOT NULL,
	`nem_title` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `nem_crosswalk_nem_code_idx` ON `nem_crosswalk` (`nem_code`);--> statement-breakpoint
CREATE TABLE `occupation_labor` (
	`onet_soc_code` text PRIMARY KEY NOT NULL,
	`oews_code` text,
	`oews_sharers` integer,
	`employment` real,
	`median_annual_wage` real,
	`median_hourly_wage` real,
	`median_top_coded` integer,
	`nem_code` text,
	`projected_change_percent` real,
	`openings_annual` real,
	`typical_education` text
);
--> statement-breakpoint
CREATE TABLE `build_info` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `dataset_versions` (
	`file` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`release` text NOT NULL,
	`rows` integer NOT NULL,
	`bytes` integer NOT NULL,
	`sha256` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `agreement` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`level` text NOT NULL,
	`mode` text NOT NULL,
	`statistic` text NOT NULL,
	`value` real NOT NULL,
	`n` integer NOT NULL,
	`note` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `element_scores` (
	`element_id` text PRIMARY KEY NOT NULL,
	`alpha` real NOT NULL,
	`beta` real NOT NULL,
	`gamma` real NOT NULL,
	`employment` real NOT NULL,
	`occupations` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `embeddings` (
	`kind` text NOT NULL,
	`ref` text NOT NULL,
	`text` text NOT NULL,
	`vector` blob NOT NULL,
	PRIMARY KEY(`kind`, `ref`)
);
--> statement-breakpoint
CREATE TABLE `occupation_scores` (
	`onet_soc_code` text PRIMARY KEY NOT NULL,
	`alpha` real NOT NULL,
	`beta` real NOT NULL,
	`gamma` real NOT NULL,
	`rubric_beta` real NOT NULL,
	`task_count` integer NOT NULL,
	`share_tasks_exposed` real NOT NULL,
	`uncertainty` real NOT NULL,
	`percentile` real
);
--> statement-breakpoint
CREATE TABLE `reference_indices` (
	`source` text NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`value` real NOT NULL,
	PRIMARY KEY(`source`, `code`)
);
--> statement-breakpoint
CREATE TABLE `reference_labels` (
	`task_id` integer PRIMARY KEY NOT NULL,
	`onet_soc_code` text NOT NULL,
	`statement` text NOT NULL,
	`human` text,
	`gpt4` text
);
--> statement-breakpoint
CREATE INDEX `reference_labels_onet_soc_code_idx` ON `reference_labels` (`onet_soc_code`);--> statement-breakpoint
CREATE TABLE `rubric_groups` (
	`group_id` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `task_scores` (
	`task_id` integer PRIMARY KEY NOT NULL,
	`onet_soc_code` text NOT NULL,
	`p_e0` real NOT NULL,
	`p_e1` real NOT NULL,
	`p_e2` real NOT NULL,
	`alpha` real NOT NULL,
	`beta` real NOT NULL,
	`gamma` real NOT NULL,
	`rubric_p_e0` real NOT NULL,
	`rubric_p_e1` real NOT NULL,
	`rubric_p_e2` real NOT NULL,
	`profile` blob NOT NULL,
	`method` text NOT NULL,
	`spread` real NOT NULL,
	`evidence` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `task_scores_onet_soc_code_idx` ON `task_scores` (`onet_soc_code`);