#!/bin/bash
# usage: alternate-starts-first-dossier.sh ROUNDS name1 "jvm args1" name2 "jvm args2" ...
# Starts our application (StartupProbe) in fresh JVMs, variants in turns. Needs mvn -Pbenchmark test-compile first.
cd "$(dirname "$0")/../../.."
CP="target/test-classes:target/classes:$(cat target/benchmark/runtime-classpath.txt)"
ROUNDS=$1; shift
names=(); args=()
while [ $# -gt 0 ]; do names+=("$1"); args+=("$2"); shift 2; done
for r in $(seq 1 $ROUNDS); do
  for i in "${!names[@]}"; do
    line=$(java -Xms256m -Xmx1g -XX:+UseG1GC ${args[$i]} -cp "$CP" fr.territoire.sante.installation.benchmark.StartupProbe ours 2>&1 | grep '^STARTUP')
    echo "${names[$i]} $line"
  done
done
