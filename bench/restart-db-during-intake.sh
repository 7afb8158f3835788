#!/usr/bin/env bash
# Takes PostgreSQL away during sustained intake, with the app left running: it must answer 503
# (never 500) while the database is gone, recover by itself, and lose or double nothing it
# acknowledged. Runs everything on its own: a private PostgreSQL 15, the jar, two load drivers.
#
#   bench/restart-db-during-intake.sh fast        pg_ctl restart -m fast after AT seconds
#   bench/restart-db-during-intake.sh immediate   pg_ctl stop -m immediate, DOWN seconds away, start
#
# Environment: PGBIN (/usr/lib/postgresql/15/bin), PGDATA (/tmp/dbrestart-pg), PGPORT (15541),
# DB (onedoor_proof, dropped and created), PORT (8091), DATA (../shared/data), SECONDS_LOAD (90),
# AT (30), DOWN (15), CLIENTS (2 per channel), WAIT_EVENTS (480: how long failed events may take
# to be delivered again), KEEP_PG (unset: PostgreSQL is stopped at the end; remove PGDATA yourself).
# Results in bench/results/dbrestart-VARIANT-TIME: per-second-{open311,channel}.csv, events.txt,
# check.txt (SQL), summary.txt, app.log, postgres.log. Exit status 1 when an acknowledged appeal is
# missing or doubled, an event is still undelivered or a 500 was seen (docs/reliability.md, section 7).
set -uo pipefail
cd "$(dirname "$0")/.."
VARIANT=${1:-fast}
case "$VARIANT" in fast|immediate) ;; *) echo "usage: $0 fast|immediate"; exit 2 ;; esac
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}; PGDATA=${PGDATA:-/tmp/dbrestart-pg}; PGPORT=${PGPORT:-15541}
DB=${DB:-onedoor_proof}; PORT=${PORT:-8091}; DATA=${DATA:-../shared/data}
SECONDS_LOAD=${SECONDS_LOAD:-90}; AT=${AT:-30}; DOWN=${DOWN:-15}; CLIENTS=${CLIENTS:-2}
JAR=target/onedoor.jar
[ -f "$JAR" ] || ./mvnw -B -ntp -q package -DskipTests
OUT=bench/results/dbrestart-$VARIANT-$(date -u +%Y%m%dT%H%M%SZ); mkdir -p "$OUT"
psql() { command psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
# PostgreSQL refuses to run as root: then its programs run as the postgres account
asdb() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pgctl() { asdb "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w "$@" > /dev/null; }
event() { echo "$(date -u +%s) $(date -u +%T) $*" | tee -a "$OUT/events.txt"; }

# 1. a private PostgreSQL (its own port and socket directory: nothing shared is touched)
if [ ! -f "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"; [ "$(id -u)" = 0 ] && chown postgres "$PGDATA"
  asdb "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust > "$OUT/initdb.txt"
  printf "port = %s\nunix_socket_directories = '%s'\n" "$PGPORT" "$PGDATA" | asdb tee -a "$PGDATA/postgresql.conf" > /dev/null
fi
asdb "$PGBIN/pg_ctl" -D "$PGDATA" status > /dev/null || pgctl start
command dropdb -h 127.0.0.1 -p "$PGPORT" -U postgres --if-exists "$DB"
command createdb -h 127.0.0.1 -p "$PGPORT" -U postgres "$DB"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(uname -sr); load $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee "$OUT/summary.txt"

# 2. the app, left running through the outage
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=postgres ONEDOOR_DEMO=true \
  java -Xmx1g -jar "$JAR" --server.port="$PORT" --management.endpoint.health.probes.enabled=true > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null' EXIT
# readiness, not health: it turns UP only after the demo data (API keys included) is loaded
until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null; do
  kill -0 "$APP" 2>/dev/null || { echo "app did not start, see $OUT/app.log"; exit 1; }
  sleep 2
done
event "app answering (pid $APP)"

# 3. intake by both channels; every unanswered submission is retried with its Idempotency-Key
for kind in open311 channel; do
  java -jar "$JAR" load-appeals --base="http://127.0.0.1:$PORT" --kind=$kind --clients="$CLIENTS" \
    --seconds="$SECONDS_LOAD" --acks="$OUT/acks-$kind.csv" --per-second="$OUT/per-second-$kind.csv" \
    --data="$DATA" > "$OUT/load-$kind.txt" 2>&1 &
  DRIVERS="${DRIVERS:-} $!"
done
event "load started"
sleep "$AT"
acked() { cat "$OUT"/acks-*.csv 2>/dev/null | wc -l; }
if [ "$VARIANT" = fast ]; then
  event "pg_ctl restart -m fast (acknowledged so far: $(acked))"
  pgctl restart -m fast
else
  event "pg_ctl stop -m immediate (acknowledged so far: $(acked))"
  pgctl stop -m immediate
  event "database stopped"
  sleep "$DOWN"
  event "pg_ctl start"
  pgctl start
fi
event "database accepting connections"
for d in $DRIVERS; do wait "$d"; done
event "drivers done"
# events whose listener failed while the database was away must be delivered again without a
# restart (platform.FailedEventRedelivery, after the staleness set in application.yml): wait up to WAIT_EVENTS s
undelivered() { psql -d "$DB" -c "select count(*) from event_publication where completion_date is null"; }
sleep 10   # the asynchronous listeners catch up with the last appeals
event "events not delivered yet: $(undelivered)"
for _ in $(seq 1 $(( ${WAIT_EVENTS:-480} / 10 ))); do [ "$(undelivered)" = 0 ] && break; sleep 10; done
event "events not delivered now: $(undelivered)"

# 4. every acknowledged appeal exactly once, one appeal per key (docs/reliability.md, sections 6 and 7)
cat "$OUT"/acks-*.csv > "$OUT/acks.csv"
psql -d "$DB" > "$OUT/check.txt" <<SQL
create temp table acks(k text, n text, m text);
\copy acks from '$OUT/acks.csv' csv
select 'acknowledged,found,distinct found', count(*), count(a.id), count(distinct a.id)
  from acks left join appeals.appeal a on a.tracking_number = acks.n;
select 'keys,appeals', count(*), count(distinct s.appeal_id)
  from appeals.channel_submission s join acks on acks.k = s.idempotency_key;
select 'submissions,with appeal,not acknowledged', count(*), count(s.appeal_id), count(*) filter (where acks.k is null)
  from appeals.channel_submission s left join acks on acks.k = s.idempotency_key;
-- an event whose listener failed while the database was away and was never delivered again
select 'events not delivered', count(*), coalesce(string_agg(distinct listener_id, ' '), '-')
  from event_publication where completion_date is null;
SQL
kill "$APP"; wait "$APP" 2>/dev/null; trap - EXIT
cp "$PGDATA/server.log" "$OUT/postgres.log"
[ -n "${KEEP_PG:-}" ] || pgctl stop -m fast

# 5. what the clients saw, second by second, relative to the database going and coming back
GONE=$(awk '/pg_ctl (restart|stop)/{print $1; exit}' "$OUT/events.txt")
BACK=$(awk '/accepting connections/{print $1; exit}' "$OUT/events.txt")
{
  cat "$OUT/check.txt"
  grep -h . "$OUT"/load-*.txt
  awk -F, -v gone="$GONE" -v back="$BACK" 'FNR > 1 {
      ok[$1] += $2; s503[$1] += $3; other[$1] += $4; io[$1] += $5; t503 += $3; tother += $4; tio += $5 }
    END {
      for (k in ok) { s = k + 0
                      if ((s503[k] || io[k]) && (!first || s < first)) first = s
                      if ((s503[k] || io[k]) && s > last) last = s
                      if (s >= back && ok[k] && (!okback || s < okback)) okback = s }
      printf "answers: 503=%d other=%d no-answer=%d\n", t503, tother, tio
      printf "database away %d s; failures seen from +%d s to +%d s after it went; first success +%d s after it was back\n",
        back - gone, first - gone, last - gone, okback - back }' "$OUT"/per-second-*.csv
  echo "ERROR lines in the app log: $(grep -c ' ERROR ' "$OUT/app.log")"
} | tee -a "$OUT/summary.txt"
echo "results in $OUT"
awk -F'|' '/^acknowledged/ { bad = ($2 == 0 || $2 != $3 || $3 != $4) } /^keys/ { bad = bad || ($2 != $3) }
  /^events not delivered/ { bad = bad || $2 } END { exit bad }' "$OUT/check.txt" \
  && ! grep -q 'HTTP 500' "$OUT"/load-*.txt
