#!/usr/bin/env bash
# The indicators benchmark at 1,000,000 dossiers on both backends, side by side (issue #9):
# the SQLite register of bench/indicators_bench.sh (generated once, reused when it exists) is
# moved to a private PostgreSQL server with `motcua-cli migrate` (timed), then bench_indicators
# runs against the file and against the server, and their figures are printed in two columns.
#
# usage: bench/indicators_bench_pg.sh [BUILD_DIR] [DATABASE] [DOSSIERS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD=${1:-$ROOT/build}
DB=${2:-/tmp/motcua_indicators_bench.sqlite}
COUNT=${3:-1000000}
YEAR=2024
CLI="$BUILD/app/cli/motcua-cli"
BENCH="$BUILD/bench/bench_indicators"
WORK=$(mktemp -d)

if [ ! -s "$DB" ]; then
    echo "generating $COUNT dossiers of $YEAR into $DB ..."
    start=$(date +%s)
    "$CLI" --db "$DB" generate --dossiers "$COUNT" --year "$YEAR"
    echo "generated in $(( $(date +%s) - start )) s"
fi

source "$ROOT/scripts/test-server.sh"
motcua_start_test_server
trap 'motcua_stop_test_server; rm -rf "$WORK"' EXIT
SERVER="${MOTCUA_TEST_POSTGRESQL%/*}/motcua_bench"
psql -q "$MOTCUA_TEST_POSTGRESQL" -c "CREATE DATABASE motcua_bench TEMPLATE template0 ENCODING 'UTF8'"

start=$(date +%s%N)
"$CLI" migrate --from "$DB" --to "$SERVER" > "$WORK/migrate.txt"
echo "motcua-cli migrate of $(grep -P '^dossiers\t' "$WORK/migrate.txt" | cut -f2) dossiers:" \
    "$(( ($(date +%s%N) - start) / 1000000 )) ms"

"$BENCH" --db "$DB" --year "$YEAR" --runs 10 > "$WORK/sqlite.txt"
"$BENCH" --db "$SERVER" --year "$YEAR" --runs 10 > "$WORK/pg.txt"

# "label: figure" lines of both runs, joined on the label.
awk -F': ' '
    NF >= 2 { value = substr($0, length($1) + 3) }
    NR == FNR { if (NF >= 2) { label[++n] = $1; sqlite[$1] = value } next }
    NF >= 2 { pg[$1] = value }
    END {
        for (i = 1; i <= n; i++)
            printf "%s\n    SQLite:     %s\n    PostgreSQL: %s\n", label[i], sqlite[label[i]], pg[label[i]]
    }' "$WORK/sqlite.txt" "$WORK/pg.txt"
