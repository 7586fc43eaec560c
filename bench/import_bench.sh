#!/bin/sh
# Issue 18: importing a dossier file of any size. Builds a register of ROWS dossiers with
# `motcua-cli generate`, exports it (--full), then times
#   - `motcua-cli import dossiers` of that file into a fresh register, under /usr/bin/time -v
#     for its peak memory (the import streams the file: memory must not grow with it), and
#   - a raw `sqlite3 .import` of the same file into one table with three indexes (code,
#     received_at, applicant_name): the floor of what writing the rows costs,
# and prints both times (wall and CPU), their ratios (goal: at most 4) and the peak memory
# (goal: < 300 MB).
#
# usage: bench/import_bench.sh [BUILD_DIR] [ROWS] [FILE.csv]
# FILE.csv: keep the exported file there, or reuse it when it exists (generating a million
# dossiers takes minutes).
set -eu
BUILD=${1:-build}
ROWS=${2:-1000000}
KEEP=${3:-}
CLI="$BUILD/app/cli/motcua-cli"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

now() { date +%s.%N; }

if [ -n "$KEEP" ] && [ -s "$KEEP" ]; then
    cp "$KEEP" "$WORK/dossiers.csv"
else
    echo "generating $ROWS dossiers ..."
    "$CLI" --db "$WORK/source.sqlite" generate --dossiers "$ROWS" --year 2024 >/dev/null
    "$CLI" --db "$WORK/source.sqlite" export dossiers --full "$WORK/dossiers.csv" >/dev/null
    rm -f "$WORK/source.sqlite"*
    [ -z "$KEEP" ] || cp "$WORK/dossiers.csv" "$KEEP"
fi
echo "file: $(wc -l <"$WORK/dossiers.csv") lines, $(du -m "$WORK/dossiers.csv" | cut -f1) MB"

# A fresh register with the office settings and the catalogue, no dossiers.
"$CLI" --db "$WORK/target.sqlite" generate --dossiers 0 --year 2024 >/dev/null
start=$(now)
/usr/bin/time -v -o "$WORK/time.txt" \
    "$CLI" --db "$WORK/target.sqlite" import dossiers "$WORK/dossiers.csv"
APP=$(echo "$(now) - $start" | bc)
PEAK_KB=$(sed -n 's/^\tMaximum resident set size (kbytes): //p' "$WORK/time.txt")

COLUMNS=$(head -n 1 "$WORK/dossiers.csv" | sed 's/^\xEF\xBB\xBF//; s/,/ TEXT,/g; s/$/ TEXT/')
cat >"$WORK/raw.sql" <<SQL
CREATE TABLE d ($COLUMNS);
CREATE INDEX d_code ON d (code);
CREATE INDEX d_received ON d (received_at);
CREATE INDEX d_name ON d (applicant_name);
.import --csv --skip 1 $WORK/dossiers.csv d
SQL
start=$(now)
/usr/bin/time -f '%U %S' -o "$WORK/raw-time.txt" sqlite3 "$WORK/raw.sqlite" <"$WORK/raw.sql"
RAW=$(echo "$(now) - $start" | bc)

# CPU seconds (user + system): on a loaded machine the wall times mostly measure the waits.
APP_CPU=$(sed -n 's/^\tUser time (seconds): //p; s/^\tSystem time (seconds): //p' "$WORK/time.txt" |
    paste -sd+ | bc)
RAW_CPU=$(awk '{ print $1 + $2 }' "$WORK/raw-time.txt")

printf 'motcua-cli import:   %.2f s (CPU %.2f s), peak memory %d MB\n' "$APP" "$APP_CPU" \
    $((PEAK_KB / 1024))
printf 'sqlite3 .import:     %.2f s (CPU %.2f s)\n' "$RAW" "$RAW_CPU"
printf 'ratio:               %.2f (CPU %.2f)\n' "$(echo "$APP / $RAW" | bc -l)" \
    "$(echo "$APP_CPU / $RAW_CPU" | bc -l)"
