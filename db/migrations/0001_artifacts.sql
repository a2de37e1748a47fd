CREATE TABLE `artifacts` (
	`key` text PRIMARY KEY NOT NULL,
	`format` text NOT NULL,
	`data` blob NOT NULL
);
