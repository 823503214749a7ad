#!/usr/bin/env bash
# Make sure a throwaway PostgreSQL server for the tests is running, and print
#     export PIPELINE_TEST_POSTGRES=postgresql://USER:PASSWORD@127.0.0.1:PORT/DB
# on stdout for `eval "$(scripts/ensure-postgres.sh)"`; every other message goes to stderr.
#
# The cluster lives in $PIPELINE_PG_DIR (default /tmp/cpts-pipeline-postgres-$PORT), listens
# on 127.0.0.1 only, on $PIPELINE_PG_PORT (default 54329), with fsync off: it holds test data
# only. A second run reuses the running server (or starts the stopped one). PostgreSQL is
# installed with apt-get when it is missing and the script runs as root; otherwise the script
# says what to install and exits 1. As root, the server runs as the `postgres` user (initdb
# refuses root). `scripts/ensure-postgres.sh --stop` stops the server and deletes the cluster.
set -euo pipefail

PORT="${PIPELINE_PG_PORT:-54329}"
BASE="${PIPELINE_PG_DIR:-/tmp/cpts-pipeline-postgres-$PORT}"
DATA="$BASE/data"
ROLE=cpts_test
DATABASE=cpts_test

say() { echo "ensure-postgres: $*" >&2; }

find_bindir() {
    local dir
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
        return 0
    fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
    return 1
}

install_postgres() {
    if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
        say "PostgreSQL is not installed. Install the server binaries (initdb, pg_ctl), e.g."
        say "    sudo apt-get install postgresql"
        say "then run this script again."
        exit 1
    fi
    say "installing postgresql with apt-get..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
}

# Run a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
    if [ "$(id -u)" = "0" ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_server() {
    if [ -f "$DATA/PG_VERSION" ]; then
        as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2 || true
    fi
    rm -rf "$BASE"
    say "stopped and removed $BASE"
}

init_cluster() {
    say "creating a throwaway cluster in $BASE (port $PORT)"
    rm -rf "$BASE"
    mkdir -p "$BASE"
    chmod 700 "$BASE"
    if [ "$(id -u)" = "0" ]; then
        id postgres >/dev/null 2>&1 || { say "no 'postgres' user to run the server as"; exit 1; }
        chown postgres: "$BASE"
    fi
    (umask 077 && head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$BASE/password")
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C >"$BASE/initdb.log" 2>&1 \
        || { cat "$BASE/initdb.log" >&2; exit 1; }
    cat >>"$DATA/postgresql.conf" <<CONF
# throwaway test cluster (scripts/ensure-postgres.sh)
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$BASE'
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
}

start_server() {
    if as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
        return 0
    fi
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$BASE/server.log" -w -t 30 start >&2 \
        || { say "the server did not start (port $PORT taken?):"; tail -n 20 "$BASE/server.log" >&2; exit 1; }
}

psql_admin() {
    as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$BASE" -p "$PORT" -U postgres -d postgres "$@"
}

ensure_role_and_database() {
    local password
    password="$(cat "$BASE/password")"
    if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" ]; then
        psql_admin -c "CREATE ROLE $ROLE LOGIN PASSWORD '$password'" >&2
    fi
    if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" ]; then
        psql_admin -c "CREATE DATABASE $DATABASE OWNER $ROLE" >&2
    fi
}

if ! BIN="$(find_bindir)"; then
    [ "${1:-}" = "--stop" ] && { rm -rf "$BASE"; exit 0; }
    install_postgres
    BIN="$(find_bindir)" || { say "initdb still not found after installing postgresql"; exit 1; }
fi

if [ "${1:-}" = "--stop" ]; then
    stop_server
    exit 0
fi

if [ ! -f "$DATA/PG_VERSION" ] || [ ! -s "$BASE/password" ]; then
    init_cluster
fi
start_server
ensure_role_and_database
say "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$PORT ($BASE)"
echo "export PIPELINE_TEST_POSTGRES=postgresql://$ROLE:$(cat "$BASE/password")@127.0.0.1:$PORT/$DATABASE"
