#!/usr/bin/env bash
# SIGKILL the app during sustained intake, start it again; the driver retries each unanswered
# submission with its Idempotency-Key. Afterwards every acknowledged appeal must be there exactly once:
#   bench/kill-during-intake.sh            (app already running on :8087 with its pid in $PIDFILE)
# then check with the query in docs/reliability.md, section 6.
set -u
cd "$(dirname "$0")/.."
JAR=${JAR:-target/onedoor.jar}; DB=${DB:-onedoor_bench}; PIDFILE=${PIDFILE:-/tmp/onedoor-bench.pid}
OUT=${OUT:-bench/results/kill-$(date -u +%Y%m%dT%H%M%SZ)}; mkdir -p "$OUT"; cd "$OUT"; JAR=$OLDPWD/$JAR
java -jar "$JAR" load-appeals --base=http://127.0.0.1:8087 --kind=open311 --clients=4 --seconds=200 \
  --acks=acks.csv --data="${DATA:-$OLDPWD/../shared/data}" > driver.txt 2>&1 &
DRIVER=$!
sleep 40
APP=$(cat "$PIDFILE")
echo "SIGKILL app $APP at $(date -u +%T), acks so far $(wc -l < acks.csv)" > events.txt
kill -9 "$APP"
sleep 2
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres ONEDOOR_DEMO=true \
  nohup java -Xmx1g -jar "$JAR" --server.port=8087 \
  --onedoor.appeals.tracking.lookups-per-address=1000000000 > app-after-kill.log 2>&1 &
echo $! > "$PIDFILE"
echo "restarted as $(cat "$PIDFILE") at $(date -u +%T)" >> events.txt
until curl -fs http://127.0.0.1:8087/actuator/health > /dev/null; do sleep 2; done
echo "answering again at $(date -u +%T)" >> events.txt
wait $DRIVER
echo "driver done at $(date -u +%T)" >> events.txt
