# Sourced by bench/run. The generated province has never been reminded of anything, so the site's reminder job
# (first run 60 s after the start, then every 15 minutes) reads every due reminder of the province and sends them
# while the page load, the import and the export are measured: its reading is the largest transient heap of those
# minutes (docs/scaling.md, "What the resident memory is made of"). This line says how far it had got, so that the
# memory figures above it are read with it.
reminders_sent() {
    local sent
    sent=$("${PSQL[@]}" -d bench -At -c 'SELECT count(*) FROM "SentReminders" WHERE "SentAt" IS NOT NULL')
    figure "Reminders the site's job had sent by the end of the export (a province's first run, running beside the memory figures)" "$sent" "—" "—"
}
