# Quiz submissions (issue 8): 200 teachers take quizzes through the real pages — answer saves and final submits,
# each committed durably before the site answers — against the Release site on SQLite and on PostgreSQL.
# Sourced by bench/run; uses its WORK, PG_BIN, as_postgres, free_port, figure and verdict.
#
# Each engine gets its own smaller generated population (QUIZ_SCHOOLS, QUIZ_STAFF) and its own site process, with
# the sign-in rate limit raised: 200 teachers signing in from one loopback address is not what the limit guards
# against. PostgreSQL runs in a second throwaway cluster with durability on (fsync, synchronous_commit,
# full_page_writes), unlike the bench's main cluster.
# The teachers are paced to offer QUIZ_RATE submissions a second together, each timed from its slot (see
# bench/QuizLoad/Pace.cs): unpaced, 200 teachers with no pause wait 200 ms a submission on average at 1,000/s
# (Little's law), so the target's "p95 < 100 ms" only makes sense with pauses.
QUIZ_USERS=200 QUIZ_SCHOOLS=20 QUIZ_STAFF=3000 QUIZ_RATE=1000
QUIZ_SITE_PID="" QUIZ_PG_STARTED=""

# The province's site and cluster stay up for the steps after this one, but left running they would take the cores
# from the quiz path: the site's reminder job is still working through the province's first run, and the cluster
# answers its queries (the same build: 287/s beside them, 637/s without). They are stopped, not killed, while the
# quiz runs.
QUIZ_PAUSED=()

pause_province() {
    QUIZ_PAUSED=("$SITE_PID")
    local postmaster
    postmaster=$(head -n 1 "$WORK/pg/data/postmaster.pid" 2>/dev/null) &&
        QUIZ_PAUSED+=("$postmaster" $(pgrep -P "$postmaster"))
    kill -STOP "${QUIZ_PAUSED[@]}" 2>/dev/null || true
}

resume_province() {
    ((${#QUIZ_PAUSED[@]})) && kill -CONT "${QUIZ_PAUSED[@]}" 2>/dev/null
    QUIZ_PAUSED=()
    return 0
}

quiz_stop() {
    [[ -n $QUIZ_SITE_PID ]] && kill "$QUIZ_SITE_PID" 2>/dev/null && wait "$QUIZ_SITE_PID" 2>/dev/null
    QUIZ_SITE_PID=""
    [[ -n $QUIZ_PG_STARTED ]] && as_postgres "'$PG_BIN/pg_ctl' -D '$WORK/pgq/data' -m fast -w stop" >/dev/null 2>&1
    QUIZ_PG_STARTED=""
    return 0
}

# Starts the published site on the given provider and connection and waits for its first 200.
quiz_site() {
    local provider=$1 connection=$2 data=$3 port
    port=$(free_port)
    QUIZ_URL="http://127.0.0.1:$port"
    (cd "$WORK/site" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$QUIZ_URL" \
        Database__Provider="$provider" ConnectionStrings__Default="$connection" Site__DataPath="$data" \
        RateLimits__Login__PermitLimit=100000 Logging__LogLevel__Default=Warning dotnet ChildSafety.Site.dll >"$WORK/quiz-site.log" 2>&1) &
    QUIZ_SITE_PID=$!
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "$QUIZ_URL/account/login") == 200 ]]; do
        kill -0 "$QUIZ_SITE_PID" 2>/dev/null || { tail -n 30 "$WORK/quiz-site.log"; exit 1; }
        sleep 0.1
    done
}

# Runs the load tool against QUIZ_URL with the teachers listed in $1 and prints one figure line.
quiz_load() {
    local users=$1 what=$2 out=$WORK/quiz-load.out
    dotnet bench/QuizLoad/bin/Release/net10.0/ChildSafety.Bench.QuizLoad.dll --url "$QUIZ_URL" --users "$users" \
        --concurrency "$QUIZ_USERS" --rate "$QUIZ_RATE" --duration "$DURATION" | tee "$out" | sed 's/^/   /'
    local result rate p95 errors
    result=$(grep '^RESULT' "$out") || { tail -n 30 "$WORK/quiz-site.log"; exit 1; }
    rate=$(sed 's/.* rate=\([^ ]*\).*/\1/' <<<"$result")
    p95=$(sed 's/.* p95=\([^ ]*\).*/\1/' <<<"$result")
    errors=$(sed 's/.* errors=\([^ ]*\).*/\1/' <<<"$result")
    figure "Quiz submissions (answer saves + final submits) on $what; load $(cut -d' ' -f1 /proc/loadavg)" \
        "$rate submissions/s, p95 $p95 ms ($QUIZ_USERS users paced to $QUIZ_RATE/s)$( ((errors)) && echo ", $errors errors")" "≥ 1,000/s durable, p95 < 100 ms" \
        "$(verdict "$rate >= 1000 && $p95 < 100 && $errors == 0")"
}

quiz_submissions() {
    trap 'quiz_stop; resume_province; cleanup' EXIT
    pause_province
    log "quiz load tool"
    dotnet build bench/QuizLoad -c Release -nologo -v q >"$WORK/quiz-build.log" 2>&1 || { grep -E 'error' "$WORK/quiz-build.log" | sort -u; exit 1; }

    log "quiz submissions on SQLite (synchronous=FULL): $QUIZ_SCHOOLS schools, $QUIZ_STAFF staff"
    local sqlite=$WORK/quiz-sqlite
    bench/generate --seed "$SEED" --schools "$QUIZ_SCHOOLS" --staff "$QUIZ_STAFF" --provider Sqlite --data-path "$sqlite" >"$WORK/quiz-generate.log"
    python3 -c "import sqlite3, sys; print('\n'.join(r[0] for r in sqlite3.connect(sys.argv[1]).execute(
        'SELECT Email FROM AspNetUsers WHERE IsActive AND Position = 1 ORDER BY Id')))" "$sqlite/site.db" >"$WORK/quiz-sqlite-users"
    quiz_site Sqlite "" "$sqlite"
    quiz_load "$WORK/quiz-sqlite-users" "SQLite file, WAL, synchronous=FULL"
    quiz_stop

    log "quiz submissions on PostgreSQL with fsync and synchronous_commit on: $QUIZ_SCHOOLS schools, $QUIZ_STAFF staff"
    mkdir -p "$WORK/pgq"
    [[ $(id -u) -eq 0 ]] && chown postgres "$WORK/pgq"
    local port
    port=$(free_port)
    as_postgres "'$PG_BIN/initdb' -D '$WORK/pgq/data' -U postgres -E UTF8 --locale=C.UTF-8 -A trust" >"$WORK/quiz-initdb.log" 2>&1 ||
        { echo "bench/run: initdb of the quiz cluster failed"; tail -n 20 "$WORK/quiz-initdb.log"; exit 1; }
    printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$WORK/pgq/data/pg_hba.conf"
    as_postgres "'$PG_BIN/pg_ctl' -D '$WORK/pgq/data' -l '$WORK/pgq/postgres.log' -w -t 60 start \
        -o \"-p $port -k '$WORK/pgq' -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c max_connections=300 -c shared_buffers=512MB\"" >/dev/null ||
        { echo "bench/run: the quiz cluster did not start"; tail -n 20 "$WORK/pgq/postgres.log"; exit 1; }
    QUIZ_PG_STARTED=1
    local psql=(psql -h 127.0.0.1 -p "$port" -U postgres -X -q)
    "${psql[@]}" -c "CREATE DATABASE quiz"
    # A small pool, as docs/scaling.md advises: 200 connections are 200 backend processes fighting for two cores,
    # and a submit holding the audit trail's lock waits behind them (100/s, p95 6.8 s; with 12: 162/s, p95 0.8 s).
    local connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=quiz;Maximum Pool Size=12"
    bench/generate --seed "$SEED" --schools "$QUIZ_SCHOOLS" --staff "$QUIZ_STAFF" --provider Postgres --connection "$connection" --data-path "$WORK/quiz-pg-data" >"$WORK/quiz-generate.log"
    "${psql[@]}" -d quiz -c "ANALYZE"
    "${psql[@]}" -d quiz -At -c "SELECT \"Email\" FROM \"AspNetUsers\" WHERE \"IsActive\" AND \"Position\" = 1 ORDER BY \"Id\"" >"$WORK/quiz-pg-users"
    quiz_site Postgres "$connection" "$WORK/quiz-pg-data"
    quiz_load "$WORK/quiz-pg-users" "PostgreSQL, second cluster with fsync=on, synchronous_commit=on"
    quiz_stop
    resume_province
    trap cleanup EXIT
}
