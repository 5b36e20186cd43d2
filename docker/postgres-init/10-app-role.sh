#!/bin/sh
# Runs once, when the database volume is first initialised (postgres image's docker-entrypoint-initdb.d),
# as the owner (POSTGRES_USER). Creates the role the app connects as: it may log in and owns nothing.
# The migrate service grants it what the app needs after every migration run.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_role="$APP_DB_USER" -v app_password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE :"app_role" LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
SQL
