# Sourced by bench/run. The whole province's staff list downloaded as XLSX through the people page's export
# handler, signed in as the administrator, with the site's resident memory sampled every 0.2 s while it runs: the
# export must stream rows from the database to the file, never hold the province in memory.
export_staff() {
    local file=$WORK/staff.xlsx peak code rss start elapsed expected rows
    peak=$(rss_mb "$SITE_PID")
    start=$(now_ms)
    "${CURL[@]}" -o "$file" -w '%{http_code}' "$SITE_URL/admin/people?handler=Export&format=xlsx&status=all" >"$WORK/export.code" &
    local curl_pid=$!
    while kill -0 "$curl_pid" 2>/dev/null; do
        rss=$(rss_mb "$SITE_PID"); ((rss > peak)) && peak=$rss
        sleep 0.2
    done
    wait "$curl_pid" || true
    elapsed=$(($(now_ms) - start))
    code=$(cat "$WORK/export.code")
    [[ $code == 200 ]] || { echo "bench/run: the staff export answered $code"; tail -n 30 "$WORK/site.log"; exit 1; }
    # Everyone in the province, active or not (status=all), under the template's heading row.
    expected=$("${PSQL[@]}" -d bench -At -c "SELECT count(*) + 1 FROM \"AspNetUsers\"")
    # MiniExcel writes the sheet with a namespace prefix (<x:row r="2">).
    rows=$(unzip -p "$file" xl/worksheets/sheet1.xml | grep -oE '<([a-z]+:)?row[ >]' | wc -l || true)
    ((rows == expected)) || { echo "bench/run: the workbook has $rows rows, expected $expected (heading included)"; exit 1; }
    figure "Staff list export, $((rows - 1)) rows (XLSX, streamed): time, peak RSS" \
        "$(awk "BEGIN { printf \"%.1f s\", $elapsed / 1000 }"), $peak MB" "memory < 300 MB" "$(verdict "$peak < 300")"
}
