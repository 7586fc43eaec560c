#!/usr/bin/env bash
# Sourced by scripts/test.sh: starts a private PostgreSQL server for the tests that run
# against both backends (issue #9), on 127.0.0.1:$MOTCUA_TEST_PG_PORT, with its data in a
# temporary folder, and exports MOTCUA_TEST_POSTGRESQL (the server's address) and PGPASSWORD
# for them. The server is stopped again by motcua_stop_test_server. The system's own
# PostgreSQL cluster, if any, is not touched.

MOTCUA_TEST_PG_PORT="${MOTCUA_TEST_PG_PORT:-54329}"

motcua_start_test_server() {
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "PostgreSQL server programs not found (package postgresql)" >&2
        return 1
    fi
    # initdb refuses to run as root: then the server runs as the postgres user.
    local as=()
    MOTCUA_TEST_PG_DIR="$(mktemp -d /tmp/motcua-pgtest.XXXXXX)"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$MOTCUA_TEST_PG_DIR"
        as=(runuser -u postgres --)
    fi
    # The first free port from MOTCUA_TEST_PG_PORT on (another run may hold that one).
    local tries=0
    while (exec 3<>"/dev/tcp/127.0.0.1/$MOTCUA_TEST_PG_PORT") 2>/dev/null; do
        MOTCUA_TEST_PG_PORT=$((MOTCUA_TEST_PG_PORT + 1))
        tries=$((tries + 1))
        if [ "$tries" -ge 50 ]; then
            echo "no free port for the PostgreSQL test server" >&2
            return 1
        fi
    done
    local data="$MOTCUA_TEST_PG_DIR/data"
    local password="motcua-test-$RANDOM$RANDOM"
    "${as[@]}" bash -c "printf '%s\n' '$password' > '$MOTCUA_TEST_PG_DIR/pw'"
    "${as[@]}" "$bin/initdb" -D "$data" -U motcua_test --pwfile="$MOTCUA_TEST_PG_DIR/pw" \
        --auth-host=scram-sha-256 --auth-local=peer -E UTF8 --locale=C.UTF-8 >/dev/null
    # A test server: speed over durability; enough connections for parallel tests.
    "${as[@]}" "$bin/pg_ctl" -D "$data" -l "$MOTCUA_TEST_PG_DIR/log" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -c port=$MOTCUA_TEST_PG_PORT -c unix_socket_directories=$MOTCUA_TEST_PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
    MOTCUA_TEST_PG_STOP=("${as[@]}" "$bin/pg_ctl" -D "$data" -m fast -w stop)
    export MOTCUA_TEST_POSTGRESQL="postgresql://motcua_test@127.0.0.1:$MOTCUA_TEST_PG_PORT/postgres"
    export PGPASSWORD="$password"
    echo "PostgreSQL test server: $MOTCUA_TEST_POSTGRESQL"
}

motcua_stop_test_server() {
    if [ -n "${MOTCUA_TEST_PG_DIR:-}" ]; then
        "${MOTCUA_TEST_PG_STOP[@]}" >/dev/null 2>&1 || true
        rm -rf "$MOTCUA_TEST_PG_DIR"
        MOTCUA_TEST_PG_DIR=""
    fi
}
