#!/bin/sh
# Shows that a change to reading or rendering left every output byte as it was: builds a base
# commit (default: main) and the working tree, runs OutputSnapshot with each on the same inputs
# (the core's test Markdown, the example report, generated long reviews, the injection corpus,
# seeded random reports, and two whole sites), and compares the two folders file by file.
# Nothing is installed; the base is unpacked with `git archive` under benchmarks/target/compare.
#
#   benchmarks/compare-output.sh            # against main
#   benchmarks/compare-output.sh 44d246c    # against a given commit
#   KEEP_BASE=1 benchmarks/compare-output.sh   # reuse the base snapshot of the last run
set -eu
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
BASE=${1:-main}
WORK=$BENCH/target/compare
if [ "${KEEP_BASE:-0}" != 1 ] || [ ! -d "$WORK/base" ]; then
  rm -rf "$WORK"
  mkdir -p "$WORK/base-tree"
  git -C "$ROOT" archive "$BASE" | tar -x -C "$WORK/base-tree"
  git -C "$ROOT" rev-parse --short "$BASE" > "$WORK/base-commit"
fi
rm -rf "$WORK/head" "$WORK/classes-head"

snapshot() { # tree output
  (cd "$1" && mvn -B -q -pl benchmarks -am -DskipTests -Dinvoker.skip=true package \
      dependency:build-classpath -Dmdep.outputFile="$1/benchmarks/target/classpath.txt")
  cp="$1/benchmarks/target/classes:$(cat "$1/benchmarks/target/classpath.txt")"
  mkdir -p "$WORK/classes-$3"
  javac -q -d "$WORK/classes-$3" -cp "$cp" "$BENCH/src/main/java/org/reviewpress/benchmarks/OutputSnapshot.java" 2>/dev/null \
    || javac -d "$WORK/classes-$3" -cp "$cp" "$BENCH/src/main/java/org/reviewpress/benchmarks/OutputSnapshot.java"
  java -cp "$WORK/classes-$3:$cp" org.reviewpress.benchmarks.OutputSnapshot "$ROOT" "$2"
}

[ -d "$WORK/base" ] || snapshot "$WORK/base-tree" "$WORK/base" base
snapshot "$ROOT" "$WORK/head" head
# diagnostics.sarif writes one object with Map.of, whose key order changes from JVM to JVM
# (DiagnosticsWriter, outside the read and render stages): compare those files as JSON values.
for f in $(cd "$WORK/base" && find . -name diagnostics.sarif); do
  python3 -c 'import json,sys; a,b=(json.load(open(p)) for p in sys.argv[1:]); sys.exit(a!=b)' \
      "$WORK/base/$f" "$WORK/head/$f" || { echo "DIFFERENT: $f"; exit 1; }
done
if diff -r -x diagnostics.sarif "$WORK/base" "$WORK/head" > "$WORK/diff.txt"; then
  echo "identical: $(find "$WORK/base" -type f | wc -l) files ($(du -sh "$WORK/base" | cut -f1)), base $(cat "$WORK/base-commit") and the working tree"
else
  echo "DIFFERENT: see $WORK/diff.txt"; head -40 "$WORK/diff.txt"; exit 1
fi
