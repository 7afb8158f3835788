#!/bin/sh
# Supervisor board benchmark on a scratch database (dropped afterwards). Run from the repository root.
set -e
DB=onedoor_oversight_bench
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" postgres
psql -h 127.0.0.1 -U postgres -qc "create database $DB" postgres
psql -h 127.0.0.1 -U postgres -q -f docs/bench/oversight-board.sql $DB | grep -E "Execution Time|^Time"
psql -h 127.0.0.1 -U postgres -qc "drop database $DB" postgres
