-- BackgroundMigrationIntegrationTests: a migration that cannot run, so start-up must fail
create table broken_migration (id bigint primary key, missing_type_here);
