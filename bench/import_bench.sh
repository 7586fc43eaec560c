#!/bin/sh
# Issue 18: importing a dossier file of any size. Builds a register of ROWS dossiers with
# `motcua-cli generate`, exports it (--full), then times
#   - `motcua-cli import dossiers` of that file into a fresh register, under /usr/bin/time -v
#     for its peak memory (the import streams the file: memory must not grow with it), and
#   - a raw `sqlite3 .import` of the same file into one table with three indexes (code,
#     received_at, applicant_name): the floor of what writing the rows costs,
# and prints both times, their ratio (goal: at most 4) and the peak memory (goal: < 300 MB).
#
# usage: bench/import_bench.sh [BUILD_DIR] [ROWS]
set -eu
BUILD=${1:-build}
ROWS=${2:-1000000}
CLI="$BUILD/app/cli/motcua-cli"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

now() { date +%s.%N; }

echo "generating $ROWS dossiers ..."
"$CLI" --db "$WORK/source.sqlite" generate --dossiers "$ROWS" --year 2024 >/dev/null
"$CLI" --db "$WORK/source.sqlite" export dossiers --full "$WORK/dossiers.csv" >/dev/null
rm -f "$WORK/source.sqlite"*
echo "file: $(wc -l <"$WORK/dossiers.csv") lines, $(du -m "$WORK/dossiers.csv" | cut -f1) MB"

# A fresh register with the office settings and the catalogue, no dossiers.
"$CLI" --db "$WORK/target.sqlite" generate --dossiers 0 --year 2024 >/dev/null
start=$(now)
/usr/bin/time -v -o "$WORK/time.txt" \
    "$CLI" --db "$WORK/target.sqlite" import dossiers "$WORK/dossiers.csv"
APP=$(echo "$(now) - $start" | bc)
PEAK_KB=$(sed -n 's/^\tMaximum resident set size (kbytes): //p' "$WORK/time.txt")

COLUMNS=$(head -n 1 "$WORK/dossiers.csv" | sed 's/^\xEF\xBB\xBF//; s/,/ TEXT,/g; s/$/ TEXT/')
start=$(now)
sqlite3 "$WORK/raw.sqlite" <<SQL
CREATE TABLE d ($COLUMNS);
CREATE INDEX d_code ON d (code);
CREATE INDEX d_received ON d (received_at);
CREATE INDEX d_name ON d (applicant_name);
.import --csv --skip 1 $WORK/dossiers.csv d
SQL
RAW=$(echo "$(now) - $start" | bc)

printf 'motcua-cli import:   %.2f s, peak memory %d MB\n' "$APP" $((PEAK_KB / 1024))
printf 'sqlite3 .import:     %.2f s\n' "$RAW"
printf 'ratio:               %.2f\n' "$(echo "$APP / $RAW" | bc -l)"
