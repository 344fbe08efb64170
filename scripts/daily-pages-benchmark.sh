#!/usr/bin/env bash
# Times a filtered, sorted page of 5,000 mentors and a page of 20,000 logged errors over HTTP against the running
# app, shows the database's plans, and rewrites its section of docs/benchmarks.md. Needs JDK 21+ (JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
"$JAVA_HOME/bin/java" -Xmx512m -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
    org.swab.mentorsync.mentor.DailyPagesBenchmark
