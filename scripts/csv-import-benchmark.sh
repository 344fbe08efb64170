#!/usr/bin/env bash
# Benchmarks the Givebutter contacts CSV upload against psql \copy (40k and 400k contacts) with a 512 MB heap and
# rewrites its section of docs/benchmarks.md. Needs JDK 21+ (JAVA_HOME) and the psql client.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
"$JAVA_HOME/bin/java" -Xmx512m -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
    org.swab.mentorsync.importing.CsvImportBenchmark docs/benchmarks.md
