#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for one test run, in a folder of its own and
# on a free local port: `start FOLDER` sets it up and writes FOLDER/url (the
# maintenance database, postgresql://user@127.0.0.1:port/postgres) and
# FOLDER/password; `stop FOLDER` stops it and removes it. PostgreSQL refuses to
# run as root, so under root the cluster is run by the `postgres` user.
set -euo pipefail

command=${1:?usage: postgresql-test-server.sh start|stop FOLDER}
folder=${2:?usage: postgresql-test-server.sh start|stop FOLDER}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

data="$folder/data"
case "$command" in
start)
    if [ -f "$data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data"
    mkdir -p "$data"
    chmod 755 "$folder"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$data"
    fi
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    password="test-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" > "$data/.superpassword"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$data/.superpassword"
    as_owner "$bin/initdb" -D "$data/cluster" -U sekretariat --pwfile="$data/.superpassword" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$data/initdb.log" 2>&1 \
        || { cat "$data/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" \
        start >/dev/null || { cat "$data/server.log" >&2; exit 1; }
    printf 'postgresql://sekretariat@127.0.0.1:%s/postgres\n' "$port" > "$folder/url"
    printf '%s\n' "$password" > "$folder/password"
    echo "PostgreSQL test server at 127.0.0.1:$port ($folder)"
    ;;
stop)
    if [ -d "$data/cluster" ]; then
        as_owner "$bin/pg_ctl" -D "$data/cluster" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data" "$folder/url" "$folder/password"
    ;;
*)
    echo "usage: postgresql-test-server.sh start|stop FOLDER" >&2
    exit 2
    ;;
esac
