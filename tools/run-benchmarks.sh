#!/usr/bin/env bash
# Builds in Release, writes the large database once (1,000 members, 100,000
# people, 20,000 invoices) and runs every benchmark; each prints its table and
# one line "BENCH <name> <value> <unit> baseline <value> ratio <value>".
# The BENCH lines are collected at the end. BENCHMARKS.md explains the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-dependencies.sh
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build-bench
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.qpa.*=false"
if [ ! -f build-bench/large.sqlite ]; then
    build-bench/tests/benchmarks/make_large_database build-bench/large.sqlite
fi
results=$(mktemp)
for benchmark in build-bench/tests/benchmarks/bench_*; do
    [ -f "$benchmark" ] && [ -x "$benchmark" ] || continue
    echo "== $(basename "$benchmark")"
    "$benchmark" build-bench/large.sqlite | tee -a "$results"
done
echo
echo "Summary"
grep '^BENCH ' "$results"
rm -f "$results"
