# Several instances (issue 8): a second site process on the same PostgreSQL, nginx in front of both (round robin),
# the content page through nginx at $CONNECTIONS connections, and a sign-in made through nginx accepted by each
# instance asked directly. Sourced by bench/run; uses its helpers and the first site ($SITE_URL, $SITE_PID).

SECOND_SITE_PID=""

stop_instances() {
    [[ -n $SECOND_SITE_PID ]] && kill "$SECOND_SITE_PID" 2>/dev/null || true
    [[ -f $WORK/nginx-instances.pid ]] && kill "$(cat "$WORK/nginx-instances.pid")" 2>/dev/null || true
    SECOND_SITE_PID=""
}

start_balancer() {
    local port=$1 first=$2 second=$3
    cat >"$WORK/nginx-instances.conf" <<EOF
worker_processes 1;
pid $WORK/nginx-instances.pid;
error_log $WORK/nginx-instances-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 1000000;
    # Idle connections kept per worker, for both servers together: with 64 (the load's connections) nginx found
    # none idle to the server round robin chose, opened one and closed another, a new connection every 12 requests
    # (18,000 sockets in TIME_WAIT after 8 s) that doubled the sites' CPU per request. The upstream's own
    # keepalive_requests (default 1,000) is not the server's.
    upstream instances {
        server $first;
        server $second;
        keepalive 256;
        keepalive_requests 1000000;
    }
    server {
        listen 127.0.0.1:$port;
        location / {
            proxy_pass http://instances;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$remote_addr;
        }
    }
}
EOF
    nginx -c "$WORK/nginx-instances.conf" -p "$WORK"
}

# The status an admin page answers at URL with the bench's cookie jar, redirects not followed: 200 means signed in.
admin_status() { "${CURL[@]}" -o /dev/null -w '%{http_code}' "$1/admin/people"; }

instances() {
    local page_path=$1
    log "two instances behind nginx"
    # The first site has been working through the province's first reminder run since a minute after it started;
    # the one-instance figure was taken in that first minute, nearly all of it before the run began. Both instances
    # start afresh, so the two figures are taken alike and neither carries the province's first run.
    stop_site
    start_site "$(free_port)" site-1 "$WORK/data"
    local first_url=$SITE_URL first_pid=$SITE_PID
    wait_for_200 "$first_url$page_path" >/dev/null
    start_site "$(free_port)" site-2 "$WORK/data-2"
    local second_url=$SITE_URL
    SECOND_SITE_PID=$SITE_PID
    wait_for_200 "$second_url$page_path" >/dev/null
    SITE_URL=$first_url SITE_PID=$first_pid

    local port
    port=$(free_port)
    start_balancer "$port" "${first_url#http://}" "${second_url#http://}"
    local balanced=http://127.0.0.1:$port
    wait_for_200 "$balanced$page_path" >/dev/null

    load "$balanced$page_path"
    [[ -z $ERRORS ]] || echo "   instances: $ERRORS"
    figure "Two instances behind nginx (round robin), content page" "$RPS req/s, p99 $P99 ms" "p99 < 20 ms, as one instance" "$(verdict "$P99 < 20")"

    # Through nginx the login form and its post land on different instances; then each instance is asked directly.
    SITE_URL=$balanced sign_in
    local at_first at_second
    at_first=$(admin_status "$first_url")
    at_second=$(admin_status "$second_url")
    if [[ $at_first == 200 && $at_second == 200 ]]; then
        figure "Sign-in across instances (through nginx, then each instance directly)" "works" "works" "met"
    else
        figure "Sign-in across instances (through nginx, then each instance directly)" "first answered $at_first, second $at_second" "works" "**missed**"
    fi
    stop_instances
}
