# Sourced by bench/run. The officers' list of assignments for the whole province (signed in as the administrator,
# the province root): it counts, for each of its 20 rows, whom the assignment covers, who holds a valid certificate
# and who is overdue. Counted in the database by organization and position (AssignmentTally); before that it read
# every person of the province and their certificates, 7-8 s on the generated province. Three calls, the median.
assignment_list() {
    local times=() code elapsed
    for _ in 1 2 3; do
        code=$("${CURL[@]}" -o /dev/null -w '%{http_code} %{time_total}' "$SITE_URL/admin/assignments")
        [[ ${code%% *} == 200 ]] || { echo "bench/run: /admin/assignments answered ${code%% *}"; tail -n 30 "$WORK/site.log"; exit 1; }
        times+=("${code#* }")
    done
    elapsed=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p | awk '{ printf "%d", $1 * 1000 }')
    figure "Officers' list of assignments for the whole province (/admin/assignments, 20 rows counted): median of 3" \
        "$elapsed ms" "— (none in issue 8)" "—"
}
