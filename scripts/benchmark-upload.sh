#!/usr/bin/env bash
# The contacts CSV upload and start-up as the admin meets them (issue 15): builds the jar, starts a throwaway
# PostgreSQL, runs org.swab.mentorsync.importing.UploadBenchmark (fresh `java -Xmx512m -jar` per round, uploads over
# HTTP, psql \copy of the same files) and rewrites its section of docs/benchmarks.md.
# Needs JDK 21+ (JAVA_HOME), PostgreSQL's initdb/pg_ctl and psql. Options (environment): BENCH_ROUNDS (3),
# BENCH_MANY_ROUNDS (1), BENCH_JVM_OPTIONS (extra options of the app's JVM), BENCH_SKIP_BUILD=1, BENCH_WRITE_DOC=false.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
export BENCH_WORK="${BENCH_WORK:-/tmp/scale-bench}"
export BENCH_PGPORT="${BENCH_PGPORT:-54329}"
export BENCH_PGHOST=127.0.0.1 BENCH_PGUSER=postgres
if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
    ./mvnw -B -q -DskipTests package
fi
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/benchmark.classpath

rm -rf "$BENCH_WORK" && mkdir -p "$BENCH_WORK"
PGDATA_DIR="$(mktemp -d /tmp/scale-pg-XXXXXX)"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$PGDATA_DIR"
as_postgres initdb -D "$PGDATA_DIR/data" -U postgres --auth=trust -E UTF8 >/dev/null
as_postgres pg_ctl -D "$PGDATA_DIR/data" -l "$PGDATA_DIR/server.log" -w \
    -o "-p $BENCH_PGPORT -h 127.0.0.1 -k $PGDATA_DIR" start >/dev/null
trap 'as_postgres pg_ctl -D "$PGDATA_DIR/data" -m fast stop >/dev/null; rm -rf "$PGDATA_DIR"' EXIT
# psql reads the files as the invoking user; the server never does (\copy streams them)
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
    org.swab.mentorsync.importing.UploadBenchmark docs/benchmarks.md
