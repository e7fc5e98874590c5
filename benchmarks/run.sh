#!/usr/bin/env sh
# Builds OpenCIF and runs every benchmark once: ./benchmarks/run.sh [--quick]
# --quick: small data sets and short iterations (under three minutes). PostgreSQL joins when OPENCIF_PG_URL is set
# (OPENCIF_PG_USER, OPENCIF_PG_PASSWORD). Results: a table on stdout and in benchmarks/target/benchmark-results.md.
# MVN_FLAGS (e.g. -o) go to Maven; Maven runs under flock /tmp/mvn.lock where flock exists (shared build machines).
set -eu
cd "$(dirname "$0")/.."
if command -v flock >/dev/null 2>&1; then
  flock /tmp/mvn.lock mvn -B -q ${MVN_FLAGS:-} -DskipTests -pl benchmarks -am package
else
  mvn -B -q ${MVN_FLAGS:-} -DskipTests -pl benchmarks -am package
fi
exec java ${BENCH_JAVA_OPTS:-} -jar benchmarks/target/benchmarks.jar "$@"
