#!/bin/sh
# Shows that a change to reading or rendering left every output byte as it was: builds a base
# commit (default: main) and the working tree, runs OutputSnapshot with each on the same inputs
# (the core's test Markdown, the example report, generated long reviews, the injection corpus,
# seeded random reports, and two whole sites), and compares the two folders file by file.
# Nothing is installed; the base is unpacked with `git archive` under benchmarks/target/compare.
#
#   benchmarks/compare-output.sh            # against main
#   benchmarks/compare-output.sh 44d246c    # against a given commit
set -eu
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
BASE=${1:-main}
WORK=$BENCH/target/compare
rm -rf "$WORK"
mkdir -p "$WORK/base-tree"
git -C "$ROOT" archive "$BASE" | tar -x -C "$WORK/base-tree"

snapshot() { # tree output
  (cd "$1" && mvn -B -q -pl benchmarks -am -DskipTests -Dinvoker.skip=true package \
      dependency:build-classpath -Dmdep.outputFile="$1/benchmarks/target/classpath.txt")
  cp="$1/benchmarks/target/classes:$(cat "$1/benchmarks/target/classpath.txt")"
  mkdir -p "$WORK/classes-$3"
  javac -q -d "$WORK/classes-$3" -cp "$cp" "$BENCH/src/main/java/org/reviewpress/benchmarks/OutputSnapshot.java" 2>/dev/null \
    || javac -d "$WORK/classes-$3" -cp "$cp" "$BENCH/src/main/java/org/reviewpress/benchmarks/OutputSnapshot.java"
  java -cp "$WORK/classes-$3:$cp" org.reviewpress.benchmarks.OutputSnapshot "$ROOT" "$2"
}

snapshot "$WORK/base-tree" "$WORK/base" base
snapshot "$ROOT" "$WORK/head" head
if diff -r "$WORK/base" "$WORK/head" > "$WORK/diff.txt"; then
  echo "identical: $(find "$WORK/base" -type f | wc -l) files ($(du -sh "$WORK/base" | cut -f1)), base $BASE ($(git -C "$ROOT" rev-parse --short "$BASE")) and the working tree"
else
  echo "DIFFERENT: see $WORK/diff.txt"; head -40 "$WORK/diff.txt"; exit 1
fi
