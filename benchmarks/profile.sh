#!/bin/sh
# Where one thread spends its CPU time on N generated 15,000-word reports (default 30): read,
# checks, page and findings.json per report, the shared text models, and every rule on its own.
# A quick loop for optimising, not a result to record (docs/benchmarks.md has those). Run from
# anywhere:
#
#   benchmarks/profile.sh            # 30 reports
#   benchmarks/profile.sh 100        # 100 reports
#   JFR=1 benchmarks/profile.sh      # also record benchmarks/target/profile.jfr (deep stacks)
#   JAVA_OPTS=-XX:TieredStopAtLevel=1 benchmarks/profile.sh
#                                    # as a cold `mvn` run with the recommended .mvn/jvm.config
#                                    # compiles: C1 only (where String.charAt is a call, not inlined)
set -eu
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
N=${1:-30}
CP_FILE=$BENCH/target/classpath.txt
(cd "$ROOT" && mvn -B -q -pl benchmarks -am -DskipTests -Dinvoker.skip=true package \
    dependency:build-classpath -Dmdep.outputFile="$CP_FILE")
JFR_OPTS=""
if [ "${JFR:-0}" = 1 ]; then
  JFR_OPTS="-XX:FlightRecorderOptions:stackdepth=1024 -XX:StartFlightRecording=filename=$BENCH/target/profile.jfr,settings=profile"
fi
cd "$BENCH"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} $JFR_OPTS -cp "$BENCH/target/classes:$(cat "$CP_FILE")" -Drounds=2 \
    org.reviewpress.benchmarks.SiteBenchmark breakdown "$N" "$BENCH/target/profile.txt"
