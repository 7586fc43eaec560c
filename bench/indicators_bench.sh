#!/bin/sh
# Compliance indicators on a 1,000,000-dossier register: builds the database with
# `motcua-cli generate` (once; reused when it exists), times a one-year report through the
# application (bench_indicators) and the same statements in the sqlite3 shell (.timer on),
# plus a recount of every dossier without the daily aggregates, and prints the ratios.
#
# usage: bench/indicators_bench.sh [BUILD_DIR] [DATABASE] [DOSSIERS]
set -eu
BUILD=${1:-build}
DB=${2:-/tmp/motcua_indicators_bench.sqlite}
COUNT=${3:-1000000}
YEAR=2024
CLI="$BUILD/app/cli/motcua-cli"
BENCH="$BUILD/bench/bench_indicators"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ ! -s "$DB" ]; then
    echo "generating $COUNT dossiers of $YEAR into $DB ..."
    start=$(date +%s)
    "$CLI" --db "$DB" generate --dossiers "$COUNT" --year "$YEAR"
    echo "generated in $(( $(date +%s) - start )) s"
fi

"$BENCH" --db "$DB" --year "$YEAR" --sql-dir "$WORK" --runs 10 | tee "$WORK/app.txt"
APP=$(sed -n 's/^year report through the application (median of [0-9]*): \([0-9.]*\) ms$/\1/p' \
    "$WORK/app.txt")

# A file of statements in the sqlite3 shell, in ms: the sum of the statements' real time in
# the second of two runs in one shell (its page cache warm, as the application's is), the
# median of five shells.
sqlite_ms() {
    for pass in 1 2 3 4 5; do
        { printf '.timer on\n.output /dev/null\n'; cat "$1" "$1"; } | sqlite3 "$DB" |
            awk '/^Run Time:/ { t[n++] = $4 }
                 END { for (i = n / 2; i < n; i++) s += t[i]; printf "%.1f\n", s * 1000 }'
    done | sort -n | sed -n 3p
}
SQL=$(sqlite_ms "$WORK/report.sql")
RECOUNT=$(sqlite_ms "$WORK/recount.sql")

echo "sqlite3 shell, the application's statements: $SQL ms"
echo "sqlite3 shell, recount of every dossier's facts (no daily aggregates): $RECOUNT ms"
awk -v app="$APP" -v sql="$SQL" -v re="$RECOUNT" 'BEGIN {
    printf "application %.1f ms = %.2f x the sqlite3 figure for the same statements", app, (sql > 0 ? app / sql : 0)
    printf " (target <= 1.5 when the statements take more than the 1 ms timer resolution)\n"
    printf "application %.1f ms = %.3f x the sqlite3 recount (target <= 1.5); year report target <= 300 ms\n", app, (re > 0 ? app / re : 0)
}'
