#!/usr/bin/env bash
# Reproduces docs/benchmarks.md (Intake and tracking, Bulk import, Growth 1M -> 10M) on one machine:
# the app on an external PostgreSQL, the database's own limit measured with pgbench in the same run.
#
#   bench/run.sh [COUNT]          COUNT historical appeals imported first (default 1000000)
#
# Environment: PGHOST/PGPORT (127.0.0.1:5432), DB (onedoor_bench, dropped and created), PORT (8087),
# DATA (../shared/data), SECONDS_EACH (60), CLIENTS (8), PGBIN (/usr/lib/postgresql/15/bin),
# YEARS (how many years the generated dates span: 2 for a city's million, 10 for ten million),
# WARM_SECONDS (60: the JIT was still compiling a fifth of the app's CPU after 20 s of warm-up).
# Tracking is driven by wrk too when it is installed (apt-get install wrk; bench/track.lua), see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-1000000}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; DB=${DB:-onedoor_bench}; PORT=${PORT:-8087}
DATA=${DATA:-../shared/data}; SECONDS_EACH=${SECONDS_EACH:-60}; CLIENTS=${CLIENTS:-8}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}; YEARS=${YEARS:-2}; WARM_SECONDS=${WARM_SECONDS:-60}
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
OUT=bench/results/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
JAR=target/onedoor.jar
[ -f "$JAR" ] || ./mvnw -B -ntp -q package -DskipTests
psql() { command psql -h "$PGHOST" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(uname -sr); load $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/summary.txt"
dropdb -h "$PGHOST" -p "$PGPORT" -U postgres --if-exists "$DB"
createdb -h "$PGHOST" -p "$PGPORT" -U postgres "$DB"

start_app() {
  SPRING_DATASOURCE_URL="$URL" SPRING_DATASOURCE_USERNAME=postgres ONEDOOR_DEMO=true \
    java -Xmx1g -Xlog:gc:file="$OUT/gc-$1.log" -jar "$JAR" --server.port="$PORT" \
      --onedoor.appeals.tracking.lookups-per-address=1000000000 > "$OUT/app-$1.log" 2>&1 &
  APP=$!
  # the app answers before its demo data (and the duplicate index of imported appeals) is in
  until grep -q "Demo data ready" "$OUT/app-$1.log"; do
    kill -0 "$APP" || { echo "app did not start, see $OUT/app-$1.log"; exit 1; }
    sleep 2
  done
}
stop_app() { kill "$APP"; wait "$APP" || true; }

# 1. schema and demo data (API keys) from the app itself, then the historical appeals (app stopped: a
#    maintenance window, so the import may rebuild the indexes)
start_app migrate; stop_app
{ time (java -jar "$JAR" generate-appeals --count="$COUNT" --years="$YEARS" --output=- --data="$DATA" \
  | java -jar "$JAR" import-appeals --input=- --url="$URL" --rebuild-indexes); } 2>&1 | tee "$OUT/import.txt"
# one statement per -c: VACUUM cannot run inside the transaction a multi-statement -c opens
psql -d "$DB" -c "vacuum analyze appeals.appeal"
psql -d "$DB" -c "vacuum analyze appeals.appeal_transition"
echo "appeals in the database: $(psql -d "$DB" -c 'select count(*) from appeals.appeal')" | tee -a "$OUT/summary.txt"

# 2. the database's own limit: appeal-sized single-row inserts and primary-key selects, 8 clients
psql -d "$DB" -c "create schema if not exists bench; drop table if exists bench.appeal;
  create table bench.appeal (like appeals.appeal including defaults including indexes including constraints)"
MAXID=$(psql -d "$DB" -c 'select max(id) from appeals.appeal')
"$PGBIN/pgbench" -h "$PGHOST" -p "$PGPORT" -U postgres -n -c 8 -j 2 -T "$SECONDS_EACH" -f bench/pgbench-insert.sql "$DB" \
  | tee "$OUT/pgbench-insert.txt"
"$PGBIN/pgbench" -h "$PGHOST" -p "$PGPORT" -U postgres -n -c 8 -j 2 -T "$SECONDS_EACH" -D maxid="$MAXID" \
  -f bench/pgbench-select.sql "$DB" | tee "$OUT/pgbench-select.txt"

# 3. OneDoor under the same load shape: intake by both channels, then tracking look-ups
start_app load
# imported appeals a search can find (open, or within the duplicate window) are indexed by a background
# job two minutes after start; measuring intake before it has finished would search a smaller index
echo "waiting for the duplicate index of the imported appeals..."
until grep -q "Duplicate index:" "$OUT/app-load.log"; do
  kill -0 "$APP" || { echo "app stopped, see $OUT/app-load.log"; exit 1; }
  sleep 5
done
grep "Duplicate index:" "$OUT/app-load.log" | tail -1 | tee -a "$OUT/summary.txt"
ACKS="$OUT/acks.csv"
# tracking looks up the appeals acknowledged during intake and 100,000 others drawn from the whole table:
# citizens look up their own appeals a few times each, not 7,000 new ones twenty times a minute (which
# would measure the shared rate-limit count, docs/security.md, rather than the look-up)
TARGETS="$OUT/track-targets.csv"
# a first short round of each kind warms the JIT; the second is the measurement, with the app's CPU
# time per request by thread group (request threads, JIT, event listeners, GC) from /proc
for kind in open311 channel; do
  java -jar "$JAR" load-appeals --base="http://127.0.0.1:$PORT" --kind=$kind --clients="$CLIENTS" \
    --seconds="$WARM_SECONDS" --acks="$OUT/warm-acks.csv" --data="$DATA" > "$OUT/warm-$kind.txt"
done
for kind in open311 channel; do
  python3 bench/thread-cpu.py "$APP" > "$OUT/cpu-before-$kind.json"
  java -jar "$JAR" load-appeals --base="http://127.0.0.1:$PORT" --kind=$kind --clients="$CLIENTS" \
    --seconds="$SECONDS_EACH" --acks="$ACKS" --data="$DATA" | tee "$OUT/load-$kind.txt"
  python3 bench/thread-cpu.py "$APP" "$OUT/cpu-before-$kind.json" "$OUT/load-$kind.txt" | tee -a "$OUT/load-$kind.txt"
done
{ cat "$ACKS"; psql -d "$DB" -c "select 'imported,' || tracking_number || ',' || citizen_mobile from appeals.appeal
    where citizen_mobile is not null order by random() limit 100000"; } > "$TARGETS"
# tracking with wrk (C, like pgbench's own client) when it is installed (apt-get install wrk), and with
# load-appeals (Java) in any case: on two cores the driver's CPU is taken from the app it measures
if command -v wrk > /dev/null; then
  ACKS="$TARGETS" wrk -t2 -c"$CLIENTS" -d"${WARM_SECONDS}s" -s bench/track.lua "http://127.0.0.1:$PORT" > "$OUT/warm-track-wrk.txt"
  python3 bench/thread-cpu.py "$APP" > "$OUT/cpu-before-track-wrk.json"
  ACKS="$TARGETS" wrk -t2 -c"$CLIENTS" -d"${SECONDS_EACH}s" --latency -s bench/track.lua "http://127.0.0.1:$PORT" \
    > "$OUT/wrk-track.txt"
  # the same line as load-appeals prints; wrk counts non-2xx answers apart
  awk -v s="$SECONDS_EACH" -v c="$CLIENTS" '/requests in/ {n=$1} /Non-2xx/ {bad=$NF} / 50%/ {p50=$2} / 99%/ {p99=$2}
    END {printf "track-wrk clients=%d seconds=%d ok=%d throughput=%.1f/s p50=%s p99=%s non2xx=%d\n", c, s, n-bad, (n-bad)/s, p50, p99, bad}' \
    "$OUT/wrk-track.txt" | tee "$OUT/load-track-wrk.txt"
  python3 bench/thread-cpu.py "$APP" "$OUT/cpu-before-track-wrk.json" "$OUT/load-track-wrk.txt" | tee -a "$OUT/load-track-wrk.txt"
fi
java -jar "$JAR" load-appeals --base="http://127.0.0.1:$PORT" --kind=track --clients="$CLIENTS" \
  --seconds="$WARM_SECONDS" --acks="$TARGETS" --data="$DATA" > "$OUT/warm-track.txt"
python3 bench/thread-cpu.py "$APP" > "$OUT/cpu-before-track.json"
java -jar "$JAR" load-appeals --base="http://127.0.0.1:$PORT" --kind=track --clients="$CLIENTS" \
  --seconds="$SECONDS_EACH" --acks="$TARGETS" --data="$DATA" | tee "$OUT/load-track.txt"
python3 bench/thread-cpu.py "$APP" "$OUT/cpu-before-track.json" "$OUT/load-track.txt" | tee -a "$OUT/load-track.txt"
jcmd "$APP" GC.heap_info > "$OUT/heap.txt" || true
stop_app

tps() { grep -oP 'tps = \K[0-9.]+' "$1" | head -1; }
rate() { grep -oP 'throughput=\K[0-9.]+' "$1"; }
INS=$(tps "$OUT/pgbench-insert.txt"); SEL=$(tps "$OUT/pgbench-select.txt")
{
  echo "pgbench insert: $INS/s, select: $SEL/s"
  for kind in open311 channel; do
    echo "$kind intake: $(rate "$OUT/load-$kind.txt")/s = $(echo "scale=3; $(rate "$OUT/load-$kind.txt") / $INS" | bc) of pgbench insert"
  done
  for kind in track-wrk track; do
    [ -f "$OUT/load-$kind.txt" ] || continue
    echo "tracking ($kind): $(rate "$OUT/load-$kind.txt")/s = $(echo "scale=3; $(rate "$OUT/load-$kind.txt") / $SEL" | bc) of pgbench select"
  done
  echo "acknowledged appeals: $(wc -l < "$ACKS"), distinct numbers: $(cut -d, -f2 "$ACKS" | sort -u | wc -l)"
  # heap: the largest "before" and "committed" of any collection in the whole run (-Xmx1g)
  echo "heap: $(grep -ohP '\d+M->\d+M\(\d+M\)' "$OUT"/gc-load.log | awk -F'[->()M]+' \
    '{if ($1>u) u=$1; if ($3>c) c=$3} END {print "peak used " u " MiB, peak committed " c " MiB of 1024"}')"
} | tee -a "$OUT/summary.txt"
echo "results in $OUT"
