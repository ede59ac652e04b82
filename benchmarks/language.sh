#!/bin/sh
# CPU time of the language and structure text rules and their shared prose model, per report,
# on the reports profile.sh writes (run profile.sh once first). A quick loop for optimising
# those rules, not a result to record:
#
#   benchmarks/language.sh          # 20 reports, 20 rounds
#   benchmarks/language.sh 20 40    # 20 reports, 40 rounds
set -eu
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
N=${1:-20}
ROUNDS=${2:-20}
CP_FILE=$BENCH/target/classpath.txt
(cd "$ROOT" && mvn -B -q -pl benchmarks -am -DskipTests -Dinvoker.skip=true package \
    dependency:build-classpath -Dmdep.outputFile="$CP_FILE")
java -cp "$BENCH/target/classes:$(cat "$CP_FILE")" org.reviewpress.benchmarks.LanguageBreakdown \
    "$BENCH/target/benchmark-projects/site-$N" "$ROUNDS"
