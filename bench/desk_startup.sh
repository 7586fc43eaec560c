#!/bin/sh
# Start-up time and memory of the desk with a large register (issue 6: a usable window in
# under 2 s and under 200 MB resident with 1,000,000 dossiers).
#
#   bench/desk_startup.sh BUILD_DIR [DB.sqlite] [COUNT]
#
# Fills DB.sqlite with COUNT synthetic dossiers (default 1,000,000; kept between runs, so only
# the first run waits), prints the list timings of bench_desk, then starts the GUI offscreen
# three times on the reception page and on the dossier list: the time until the window has
# been laid out, painted and grabbed, and the peak resident memory.
set -eu
build=${1:?usage: desk_startup.sh BUILD_DIR [DB.sqlite] [COUNT]}
db=${2:-/tmp/motcua-bench-1m.sqlite}
count=${3:-1000000}

"$build/bench/bench_desk" "$db" "$count"

shot=$(mktemp --suffix=.png)
for area in reception dossiers; do
    for run in 1 2 3; do
        /usr/bin/time -f "%e %M" -o /tmp/motcua-startup.$$ \
            "$build/app/gui/motcua" -platform offscreen --db "$db" --area "$area" \
            --screenshot "$shot"
        read -r seconds kilobytes < /tmp/motcua-startup.$$
        echo "start-up to a painted window ($area, run $run): ${seconds} s, peak resident $((kilobytes / 1024)) MB"
    done
done
rm -f "$shot" /tmp/motcua-startup.$$
