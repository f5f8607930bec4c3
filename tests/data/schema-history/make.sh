#!/usr/bin/env bash
# Writes a register with each earlier schema version, by the real program of that
# version: the demo (--demo), and for the versions with dues an issued run. The
# files are kept in this folder as test data (tst_schemahistory upgrades them);
# run this only to add the file of a new version.
#   tests/data/schema-history/make.sh [VERSION...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(git -C "$here" rev-parse --show-toplevel)"
work="${TMPDIR:-/tmp}/sekretariat-schema-history"
mkdir -p "$work"

# The last commit of each schema version.
declare -A commits=([1]=459a684 [2]=d689daa [3]=2aba6d1 [4]=a6bd0a3 [5]=8fdeff2 [6]=ed89564 [7]=7aa009f [8]=0936155 [9]=d82b02d)
versions=("${@:-1 2 3 4 5 6 7 8 9}")
for version in ${versions[@]}; do
    commit="${commits[$version]}"
    tree="$work/v$version"
    if [ ! -d "$tree" ]; then
        git -C "$repo" worktree add --detach "$tree" "$commit" >/dev/null
    fi
    cmake -S "$tree" -B "$tree/build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    nice -n 19 cmake --build "$tree/build" --target sekretariat >/dev/null
    program="$(find "$tree/build" -name sekretariat -type f -perm -u+x | head -1)"
    file="$work/schema$version.sqlite"
    rm -f "$file" "$file"-wal "$file"-shm
    export QT_QPA_PLATFORM=offscreen
    # --demo fills the file, then opens the window: closed after a moment.
    timeout 20 "$program" --language en --database "$file" --demo >/dev/null 2>&1 || true
    if [ "$version" -ge 2 ]; then
        "$program" --language en --database "$file" dues-run --year 2024 --issue --issue-date 2024-02-05 >/dev/null
    fi
    "$program" --language en --database "$file" check
    cp "$file" "$here/schema$version.sqlite"
done
