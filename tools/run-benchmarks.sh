#!/usr/bin/env bash
# Builds in Release, writes the large database once (1,000 members, 100,000
# people, 20,000 invoices) and runs every benchmark; each prints its table and
# one line "BENCH <name> <value> <unit> baseline <value> ratio <value>".
# The BENCH lines are collected at the end. BENCHMARKS.md explains the figures.
#
#   tools/run-benchmarks.sh [--server]
#
# With --server, the large database is also copied to a throw-away PostgreSQL
# cluster (tools/postgresql-test-server.sh) and the start-up, search, member
# card, issuing and bank-file benchmarks run again against it.
set -euo pipefail
server=no
[ "${1:-}" = "--server" ] && server=yes
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
if [ "$server" = yes ]; then
    cluster="$PWD/build-bench/postgresql"
    tools/postgresql-test-server.sh start "$cluster"
    trap 'tools/postgresql-test-server.sh stop "$cluster"' EXIT
    PGPASSWORD=$(cat "$cluster/password")
    export PGPASSWORD
    maintenance=$(cat "$cluster/url")
    large="${maintenance%/postgres}/large?sslmode=disable"
    psql "$maintenance" -q -c "DROP DATABASE IF EXISTS large" -c "CREATE DATABASE large"
    build-bench/app/sekretariat --language en copy-database --from build-bench/large.sqlite --to "$large" \
        2>/dev/null | tail -1
    for benchmark in bench_startup bench_search bench_membercard; do
        echo "== $benchmark on the server"
        build-bench/tests/benchmarks/$benchmark "$large" | sed 's/^BENCH \([a-z_0-9]*\)/BENCH \1_on_server/' \
            | tee -a "$results"
    done
    echo "== bench_invoicepdf on the server"
    build-bench/tests/benchmarks/bench_invoicepdf "$maintenance?sslmode=disable" | grep -A20 "on a PostgreSQL" \
        | tee -a "$results"
    echo "== bench_paymentimport on the server"
    build-bench/tests/benchmarks/bench_paymentimport "$maintenance?sslmode=disable" | grep -A20 "on a PostgreSQL" \
        | tee -a "$results"
fi
echo
echo "Summary"
grep '^BENCH ' "$results"
rm -f "$results"
