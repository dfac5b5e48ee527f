#!/usr/bin/env bash
# The one command that runs every test: installs what the tests need (Debian chromium and postgresql, the node
# tools in tests/tools), starts a throwaway PostgreSQL on a free loopback port, builds once, runs every test project,
# and ends with the line "N passed, N failed[, N skipped]". Exits non-zero on any failure.
set -uo pipefail
# One stream, so that the closing count is the last line whatever captures the output.
exec 2>&1

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$PWD
RESULTS=$ROOT/.test/results
LOGS=$ROOT/.test/logs
PG_ROOT=""
PG_BIN=""

log() { printf '== %s\n' "$*"; }

# initdb refuses to run as root, so as root the cluster belongs to the postgres user; anyone else runs it as themselves.
as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then
        su postgres -s /bin/sh -c "$1"
    else
        sh -c "$1"
    fi
}

stop_postgres() {
    if [[ -n $PG_ROOT && -f $PG_ROOT/data/postmaster.pid ]]; then
        as_postgres "'$PG_BIN/pg_ctl' -D '$PG_ROOT/data' -m immediate -w stop" >/dev/null 2>&1 || true
    fi
    if [[ -n $PG_ROOT ]]; then
        rm -rf "$PG_ROOT"
    fi
}
trap stop_postgres EXIT
trap 'exit 130' INT TERM

postgres_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

install_missing() {
    local missing=()
    [[ -x /usr/bin/chromium ]] || missing+=(chromium)
    { [[ -n $(postgres_bin) ]] && { [[ $(id -u) -ne 0 ]] || id postgres >/dev/null 2>&1; }; } || missing+=(postgresql)
    if ((${#missing[@]} > 0)); then
        log "installing ${missing[*]}"
        if [[ $(id -u) -ne 0 ]]; then
            echo "test.sh: ${missing[*]} missing, and only root can install them"
            return 1
        fi
        apt-get update -qq >"$LOGS/apt.log" 2>&1 &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >>"$LOGS/apt.log" 2>&1 ||
            { tail -n 30 "$LOGS/apt.log" >&2; return 1; }
    fi
    for tool in dotnet node npm; do
        command -v "$tool" >/dev/null || { echo "test.sh: $tool not found"; return 1; }
    done
}

install_node_tools() {
    log "npm ci in tests/tools"
    (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error >"$LOGS/npm.log" 2>&1) ||
        { tail -n 30 "$LOGS/npm.log" >&2; return 1; }
}

free_port() {
    node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});"
}

start_postgres() {
    PG_BIN=$(postgres_bin)
    PG_ROOT=$(mktemp -d /tmp/childsafety-pg.XXXXXX)
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres:postgres "$PG_ROOT"
    fi
    local port
    port=$(free_port)
    log "starting PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
    as_postgres "'$PG_BIN/initdb' -D '$PG_ROOT/data' -U postgres -E UTF8 --locale=C.UTF-8 -A trust" >"$LOGS/initdb.log" 2>&1 ||
        { tail -n 30 "$LOGS/initdb.log" >&2; return 1; }
    # Trust, but only over the loopback address and the cluster's own socket folder.
    printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$PG_ROOT/data/pg_hba.conf"
    # A throwaway cluster: durability settings off, because nothing here must survive a crash.
    as_postgres "'$PG_BIN/pg_ctl' -D '$PG_ROOT/data' -l '$PG_ROOT/postgres.log' -w -t 60 start \
        -o \"-p $port -k '$PG_ROOT' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\"" \
        >"$LOGS/pg_ctl.log" 2>&1 ||
        { cat "$LOGS/pg_ctl.log" "$PG_ROOT/postgres.log" >&2; return 1; }
    export CHILDSAFETY_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
}

main() {
    rm -rf "$RESULTS" "$LOGS"
    mkdir -p "$RESULTS" "$LOGS"

    if ! { install_missing && install_node_tools && start_postgres; }; then
        echo "test.sh: could not prepare the test machine"
        echo "0 passed, 1 failed"
        return 1
    fi

    log "dotnet build"
    if ! dotnet build ChildSafety.sln -nologo -v q >"$LOGS/build.log" 2>&1; then
        grep -E ': (error|warning) ' "$LOGS/build.log" | sort -u >&2 || tail -n 40 "$LOGS/build.log" >&2
        echo "test.sh: the build failed (log: .test/logs/build.log)"
        echo "0 passed, 1 failed"
        return 1
    fi

    local failed_runs=()
    local project name
    while IFS= read -r project; do
        name=$(basename "$project" .csproj)
        log "dotnet test $name"
        if ! dotnet test "$project" --no-build -nologo \
            --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
            --results-directory "$RESULTS" --blame-hang-timeout 5min >"$LOGS/$name.log" 2>&1; then
            failed_runs+=("$name")
        fi
        grep -E '^\s+Failed [A-Za-z]|^Test Run Aborted' "$LOGS/$name.log" | sed 's/^ */   /'
        grep -E '^\s+(Passed|Failed|Skipped): [0-9]+$' "$LOGS/$name.log" | tr -s ' ' | paste -sd ' ' - | sed 's/^ */   /'
    done < <(find tests -name '*.Tests.csproj' | sort)

    node tests/tools/trx-summary.js "$RESULTS" "${failed_runs[@]}"
}

main
