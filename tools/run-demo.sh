#!/usr/bin/env bash
# Installs what is missing, builds, and starts Sekretariat on a demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-dependencies.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target sekretariat
exec build/app/sekretariat --database build/demo.sqlite --demo "$@"
