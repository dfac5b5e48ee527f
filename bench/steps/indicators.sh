# /api/v1/indicators for the province and for one district, against the best hand-written SQL for the same figures
# (bench/sql/indicators.sql) run directly in psql. Sourced by bench/run; uses its PSQL, CURL, SITE_URL and figure.

INDICATOR_RUNS=9

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

today_in_vietnam() { TZ=Asia/Ho_Chi_Minh date +%F; }

# The SQL's figures as "key numerator denominator" lines, sorted; then the median of its runs, in ms, timed by psql.
indicator_sql_figures() {
    "${PSQL[@]}" -d bench -At -F ' ' -v scope="$1" -v today="$(today_in_vietnam)" -f bench/sql/indicators.sql | sort
}
time_indicator_sql() {
    local scope=$1
    for _ in $(seq 0 "$INDICATOR_RUNS"); do
        "${PSQL[@]}" -d bench -v scope="$scope" -v today="$(today_in_vietnam)" -c '\timing on' -f bench/sql/indicators.sql |
            awk '/^Time:/ { print $2 }'
    done | tail -n "$INDICATOR_RUNS" | median
}

# The endpoint's figures in the same form; then the median of its calls, in ms, after one warm-up call.
indicator_api_figures() {
    "${CURL[@]}" "$SITE_URL/api/v1/indicators?org=$1" | jq -r '.indicators[] | "\(.key) \(.numerator) \(.denominator)"' | sort
}
time_indicator_api() {
    local org=$1 code
    code=$("${CURL[@]}" -o /dev/null -w '%{http_code}' "$SITE_URL/api/v1/indicators?org=$org")
    [[ $code == 200 ]] || { echo "bench/run: /api/v1/indicators?org=$org answered $code" >&2; exit 1; }
    for _ in $(seq "$INDICATOR_RUNS"); do
        "${CURL[@]}" -o /dev/null -w '%{time_total}\n' "$SITE_URL/api/v1/indicators?org=$org"
    done | awk '{ printf "%.1f\n", $1 * 1000 }' | median
}

# One call, in ms. The first call of the day counts every organization's figures and keeps them (docs/scaling.md).
time_one_indicator_call() {
    "${CURL[@]}" -o /dev/null -w '%{time_total}\n' "$SITE_URL/api/v1/indicators?org=$1" | awk '{ printf "%.1f\n", $1 * 1000 }'
}

# The median of calls that each follow a write in one school: what a write does to the kept figures (its stamp
# moves), done here in psql so that only that school's figures are counted again, a different school each time.
time_indicator_api_after_a_write() {
    local org=$1 school
    for school in $("${PSQL[@]}" -d bench -At -c "SELECT \"Id\" FROM \"Organizations\" WHERE \"Kind\" = 2 ORDER BY \"Id\" LIMIT $INDICATOR_RUNS"); do
        "${PSQL[@]}" -d bench -q -c "INSERT INTO \"FigureStamps\" VALUES ($school, 1) ON CONFLICT (\"OrganizationId\") DO UPDATE SET \"Stamp\" = \"FigureStamps\".\"Stamp\" + 1"
        time_one_indicator_call "$org"
    done | median
}

# Needs the site started and signed in as the administrator, who may audit the whole province.
measure_indicators() {
    local province district province_path district_path
    read -r province province_path < <("${PSQL[@]}" -d bench -At -F ' ' -c "SELECT \"Id\", \"Path\" FROM \"Organizations\" WHERE \"ParentId\" IS NULL ORDER BY \"Id\" LIMIT 1")
    read -r district district_path < <("${PSQL[@]}" -d bench -At -F ' ' -c "SELECT \"Id\", \"Path\" FROM \"Organizations\" WHERE \"Kind\" = 1 ORDER BY \"Id\" LIMIT 1")

    local first_province first_district
    "${PSQL[@]}" -d bench -q -c 'TRUNCATE "KeptFigures"'
    first_province=$(time_one_indicator_call "$province")
    "${PSQL[@]}" -d bench -q -c 'TRUNCATE "KeptFigures"'
    first_district=$(time_one_indicator_call "$district")

    local agree=met
    for scope in "$province $province_path" "$district $district_path"; do
        set -- $scope
        if ! diff <(indicator_api_figures "$1") <(indicator_sql_figures "$2") >"$WORK/indicators.diff"; then
            agree=**missed**
            sed 's/^/   /' "$WORK/indicators.diff"
        fi
    done
    figure "/api/v1/indicators and the hand-written SQL give the same figures (province, one district)" "$([[ $agree == met ]] && echo same || echo different)" "same" "$agree"

    local sql_province sql_district api_province api_district
    sql_province=$(time_indicator_sql "$province_path")
    sql_district=$(time_indicator_sql "$district_path")
    api_province=$(time_indicator_api "$province")
    api_district=$(time_indicator_api "$district")
    figure "Hand-written SQL, all indicators, province, in psql (median of $INDICATOR_RUNS)" "$sql_province ms" "yardstick" "—"
    figure "Hand-written SQL, all indicators, one district, in psql (median of $INDICATOR_RUNS)" "$sql_district ms" "yardstick" "—"
    figure "/api/v1/indicators, province on PostgreSQL (median of $INDICATOR_RUNS)" "$api_province ms" "< 300 ms and <= 1.5 x SQL (SQL: $sql_province ms)" \
        "$(verdict "$api_province < 300 && $api_province <= 1.5 * $sql_province")"
    figure "/api/v1/indicators, one district (median of $INDICATOR_RUNS)" "$api_district ms" "< 50 ms" "$(verdict "$api_district < 50")"
    local after_write
    after_write=$(time_indicator_api_after_a_write "$province")
    figure "/api/v1/indicators, province, each call after a write in one school (median of $INDICATOR_RUNS)" "$after_write ms" "< 300 ms" "$(verdict "$after_write < 300")"
    figure "/api/v1/indicators, province, first call with nothing kept (counts and keeps every organization)" "$first_province ms" "— (once a day per scope; the median above is the target)" "—"
    figure "/api/v1/indicators, one district, first call with nothing kept" "$first_district ms" "— (once a day per scope)" "—"
}
