#!/bin/sh
# Issue #5 benchmark (3): compile + sign snapshots for 10,000 peer networks / 50,000 agreements vs plain JSON.
# Builds the domain modules with the reactor (no install), then runs the benchmark on their classes.
# Usage: bench/snapshot-bench/run.sh [peers] [domains] [rounds]   (from anywhere; needs JDK 21+ and Maven)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/bench/snapshot-bench/target"
mkdir -p "$out/classes"
cd "$root"
# One reactor run, so that the sibling modules resolve to their target/classes; peering-agreements is built last,
# so its classpath is the one left in cp.txt.
mvn -B -q -o -pl peering-agreements -am compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" \
    -Dmdep.includeScope=test
cp="$root/peering-agreements/target/classes:$root/trust-store/target/classes:$root/audit/target/classes:$(cat "$out/cp.txt")"
javac -d "$out/classes" -cp "$cp" $(find "$root/bench/snapshot-bench/src" -name '*.java')
exec java -Xmx2g -cp "$out/classes:$cp" io.peeringconsole.bench.snapshot.SnapshotBench "$@"
