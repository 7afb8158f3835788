#!/bin/bash
# Statements and transactions per intake, from PostgreSQL's own statement log (not timed).
# usage: bench/intake-statements.sh OUT_DIR [open311|channel]   (environment: JAR, DB, PORT, DATA, LOG)
# Creates DB afresh, lets the app seed its demo data, switches statement logging on for DB only,
# restarts the app (the setting holds for new connections), runs 5 s of intake from one client,
# counts what the log shows, switches logging off again and drops DB.
set -u
OUT=$1; KIND=${2:-open311}; DB=${DB:-onedoor_rt}; PORT=${PORT:-8095}; DATA=${DATA:-../shared/data}
JAR=${JAR:-target/onedoor.jar}; LOG=${LOG:-/var/log/postgresql/postgresql-15-main.log}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
mkdir -p "$OUT"
psql -qc "drop database if exists $DB" && psql -qc "create database $DB" || exit 1
start() {
  SPRING_DATASOURCE_URL=jdbc:postgresql://$PGHOST:5432/$DB SPRING_DATASOURCE_USERNAME=$PGUSER ONEDOOR_DEMO=true \
    java -Xmx1g -jar "$JAR" --server.port=$PORT > "$OUT/app-$1.log" 2>&1 &
  APP=$!
  until grep -q "Demo data ready" "$OUT/app-$1.log"; do kill -0 $APP || { echo "app stopped, see $OUT/app-$1.log"; exit 1; }; sleep 2; done
}
stop() { kill $APP; wait $APP; }
start seed; stop
psql -qc "alter database $DB set log_min_duration_statement=0"
start load
sleep 5; rm -f "$OUT/acks.csv"
FROM=$(wc -l < "$LOG")
java -jar "$JAR" load-appeals --base=http://127.0.0.1:$PORT --kind=$KIND --clients=1 --seconds=5 --acks="$OUT/acks.csv" \
  --data="$DATA" | tee "$OUT/load.txt"
sleep 2
TO=$(wc -l < "$LOG")
stop
psql -qc "alter database $DB reset log_min_duration_statement"
sed -n "$((FROM + 1)),${TO}p" "$LOG" | grep "@$DB " > "$OUT/statements.log"
python3 "$(dirname "$0")/count-statements.py" "$OUT/statements.log" "$(wc -l < "$OUT/acks.csv")" | tee "$OUT/counts.txt"
psql -qc "drop database $DB"
