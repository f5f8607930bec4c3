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
declare -A commits=([1]=459a684 [2]=d689daa [3]=2aba6d1 [4]=a6bd0a3 [5]=8fdeff2 [6]=ed89564 [7]=7aa009f [8]=0936155 [9]=d82b02d [10]=6c27d12 [11]=b9bf9f7 [12]=fb4254f [13]=bdfff76 [14]=ac19e15)
versions=("${@:-1 2 3 4 5 6 7 8 9 10 11 12 13 14}")
for version in ${versions[@]}; do
    commit="${commits[$version]}"
    # SEKRETARIAT_PROGRAM: a program already built from that commit (saves a build).
    program="${SEKRETARIAT_PROGRAM:-}"
    if [ -z "$program" ]; then
        tree="$work/v$version"
        if [ ! -d "$tree" ]; then
            git -C "$repo" worktree add --detach "$tree" "$commit" >/dev/null
        fi
        cmake -S "$tree" -B "$tree/build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
        nice -n 19 cmake --build "$tree/build" --target sekretariat >/dev/null
        program="$(find "$tree/build" -name sekretariat -type f -perm -u+x | head -1)"
    fi
    file="$work/schema$version.sqlite"
    rm -f "$file" "$file"-wal "$file"-shm
    export QT_QPA_PLATFORM=offscreen
    # --demo fills the file, then opens the window: closed after a moment.
    timeout 20 "$program" --language en --database "$file" --demo >/dev/null 2>&1 || true
    if [ "$version" -ge 2 ]; then
        "$program" --language en --database "$file" dues-run --year 2024 --issue --issue-date 2024-02-05 >/dev/null
    fi
    if [ "$version" -ge 10 ]; then
        # A bank file paying the first invoices: one in full, one in part, one too
        # much, and one payment without KID (the last two wait in the queue).
        python3 - "$file" "$work/payments.ocr" <<'PYTHON'
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("SELECT kid, amount_ore FROM invoices ORDER BY number LIMIT 3").fetchall()
payments = [(rows[0][1], rows[0][0]), (rows[1][1] // 2, rows[1][0]), (rows[2][1] + 10000, rows[2][0]), (50000, "")]
def pad(value, width): return str(value).zfill(width)
records = ["NY000010000080800170031000102" + "0" * 51, "NY090020001008566000000286011117947" + "0" * 45]
total = 0
for number, (ore, kid) in enumerate(payments, 1):
    total += ore
    records.append("NY091030" + pad(number, 7) + "150225132010" + pad(number, 4) + "0" + pad(ore, 17) + kid.rjust(25) + "000000")
    records.append("NY091031" + pad(number, 7) + "0" * 10 + pad(900000 + number, 9) + "0" * 7 + "150225" + "12345678903" + "0" * 22)
count = len(payments)
records.append("NY090088" + pad(count, 8) + pad(count * 2 + 2, 8) + pad(total, 17) + "150225150225150225" + "0" * 21)
records.append("NY000089" + pad(count, 8) + pad(count * 2 + 4, 8) + pad(total, 17) + "150225" + "0" * 33)
open(sys.argv[2], "w").write("\n".join(records) + "\n")
PYTHON
        "$program" --language en --database "$file" import payments "$work/payments.ocr" >/dev/null
    fi
    "$program" --language en --database "$file" check
    cp "$file" "$here/schema$version.sqlite"
done
