#!/usr/bin/env bash
# One cold start of a published site (dotnet publish -c Release -r linux-x64 -p:PublishReadyToRun=true) against an
# already migrated PostgreSQL database: milliseconds of wall time and of CPU until "/" answers 200.
#   bench/notes/cold-start-once.sh SITE_DIR [demo]     (PG_PORT, DATABASE, DATA, LOG from the environment)
set -u
dir=$1; demo=${2:-false}
port=$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
url="http://127.0.0.1:$port"
mkdir -p "${DATA:-/tmp/childsafety-cold-data}"
start=$(date +%s%3N)
(cd "$dir" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" Database__Provider=Postgres \
  ConnectionStrings__Default="Host=127.0.0.1;Port=${PG_PORT:-55433};Username=postgres;Database=${DATABASE:-scale_cold}" Site__DataPath="${DATA:-/tmp/childsafety-cold-data}" \
  Site__Demo=$demo Logging__LogLevel__Default=Warning dotnet ChildSafety.Site.dll >"${LOG:-/tmp/childsafety-cold-site.log}" 2>&1) &
pid=$!
until [[ $(curl -s -o /dev/null -w '%{http_code}' "$url/") == 200 ]]; do
  kill -0 $pid 2>/dev/null || { tail -20 "${LOG:-/tmp/childsafety-cold-site.log}"; exit 1; }
  sleep 0.01
done
wall=$(( $(date +%s%3N) - start ))
cpu=$(awk -v tick="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / tick }' "/proc/$pid/stat")
kill $pid; wait $pid 2>/dev/null
echo "$wall $cpu"
