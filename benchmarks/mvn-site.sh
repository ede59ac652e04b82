#!/bin/sh
# Times whole `mvn` processes (JVM start, Maven, the plugin) building generated sites of 100 and
# 500 long reviews, HTML only, with hyperfine. See docs/benchmarks.md. Run from anywhere:
#
#   benchmarks/mvn-site.sh            # 100 and 500 reports
#   benchmarks/mvn-site.sh 100        # only 100
#   JVM_CONFIG="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:MetaspaceSize=64m -Xms512m -Xmn256m -XX:CompileThresholdScaling=0.3" \
#       benchmarks/mvn-site.sh 100
#                                     # with the .mvn/jvm.config docs/authoring.md recommends for big sites
#
# reviewpress is installed into a private repository under benchmarks/target/m2, never into
# ~/.m2 (which other builds share); that repository is filled from ~/.m2 as a file repository.
set -eu
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
REPO=$BENCH/target/m2
SETTINGS=$BENCH/target/settings.xml
SIZES=${*:-100 500}
RUNS=${RUNS:-5}
mkdir -p "$BENCH/target" "$BENCH/results"
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" "$BENCH/src/mvn/settings.xml" > "$SETTINGS"
MVN="mvn -B -q -Dstyle.color=never -s $SETTINGS -Dmaven.repo.local=$REPO"

echo "installing reviewpress into $REPO" >&2
(cd "$ROOT" && $MVN -DskipTests -Dinvoker.skip=true -pl maven-plugin,benchmarks -am install)

for n in $SIZES; do
  project=$BENCH/target/benchmark-projects/mvn-$n
  java -cp "$BENCH/target/classes:$ROOT/generator-core/target/test-classes" \
      org.reviewpress.benchmarks.BenchProject "$project" "$n"
  rm -rf "$project/.mvn"
  suffix=""
  if [ -n "${JVM_CONFIG:-}" ]; then
    mkdir -p "$project/.mvn"
    echo "$JVM_CONFIG" > "$project/.mvn/jvm.config"
    suffix="-jvm-config"
  fi
  # Once online against the file repository, so the timed runs can be offline (-o).
  $MVN -f "$project/pom.xml" package -Dreviewpress.pdf=false > /dev/null
  out=$BENCH/results/mvn-site-$n$suffix.txt
  aside=$BENCH/target/benchmark-projects/aside-$n
  rm -rf "$aside"; mkdir -p "$aside"
  {
    echo "reviewpress whole-process benchmark ($(date -u +%F)): mvn -o package, $n generated reports of about 15,000 words, HTML only (-Dreviewpress.pdf=false)"
    echo ".mvn/jvm.config: ${JVM_CONFIG:-(none: Maven's default JVM settings)}"
    echo "machine: $(nproc) processors, $(java -version 2>&1 | sed -n 1p), $(mvn -v 2>&1 | sed -n 1p | sed 's/\x1b\[[0-9;]*m//g'); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    # A full build where no files were deleted just before, as in a fresh clone or CI: the
    # previous output is moved aside, and deleted only after all the runs. On a file system without
    # a journal (this VM's ext4), each file created soon after many were deleted costs a scan
    # past every recently freed inode, which the runs below pay and these do not (so these run first).
    echo "full build into a fresh output folder (target/ moved aside, not deleted, before each run):"
    hyperfine --style basic --warmup 1 --runs "$RUNS" --prepare "mv $project/target $aside/\$(date +%s%N) 2>/dev/null || true" \
        "$MVN -o -f $project/pom.xml package -Dreviewpress.pdf=false" 2>&1 | sed 's/\x1b\[[0-9;]*[a-zA-Z]//g'
    echo "full build (target/ deleted before each run, so the build cache is empty):"
    hyperfine --style basic --warmup 1 --runs "$RUNS" --prepare "rm -rf $project/target" \
        "$MVN -o -f $project/pom.xml package -Dreviewpress.pdf=false" 2>&1 | sed 's/\x1b\[[0-9;]*[a-zA-Z]//g'
    echo "no-op rebuild (nothing changed since the last build: every report from the build cache):"
    hyperfine --style basic --warmup 1 --runs "$RUNS" \
        "$MVN -o -f $project/pom.xml package -Dreviewpress.pdf=false" 2>&1 | sed 's/\x1b\[[0-9;]*[a-zA-Z]//g'
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee "$out"
  rm -rf "$aside" # deleted last, so that the deletion does not slow the runs above
done
