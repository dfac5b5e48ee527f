# Sourced by bench/run. The roster import with the site's resident memory sampled every 0.2 s while it runs, and
# what stays resident once it is over, split by kind: the import must stream its rows (one batch in memory at a
# time), so its peak stays near the site's own footprint and its leftovers are handed back when it ends.
import_roster_sampled() {
    local peak=0 rss sampler
    (
        while kill -0 "$SITE_PID" 2>/dev/null; do
            rss_mb "$SITE_PID"; echo
            sleep 0.2
        done
    ) >"$WORK/import-rss" &
    sampler=$!
    import_roster
    kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
    peak=$(sort -n "$WORK/import-rss" | tail -n 1)
    figure "Resident memory, peak during the roster import (upload, check, preview, confirm)" "$peak MB" "—" "—"
    # Anonymous: the heaps; file: the mapped assemblies and libraries; shared: the JIT's double-mapped code (W^X).
    figure "Resident memory after the roster import: anonymous / file-mapped / shared" \
        "$(awk '/RssAnon/ { a = $2 } /RssFile/ { f = $2 } /RssShmem/ { s = $2 } END { printf "%d / %d / %d MB", a / 1024, f / 1024, s / 1024 }' "/proc/$SITE_PID/status")" "—" "—"
}
