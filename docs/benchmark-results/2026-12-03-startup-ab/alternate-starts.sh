#!/bin/bash
# usage: alternate-starts.sh ROUNDS name1 "jvm args1" "cp-exclude-regex or -" ...
# Starts our application (StartupProbe) in fresh JVMs, variants in turns. Needs mvn -Pbenchmark test-compile first.
cd "$(dirname "$0")/../../.."
FULL="$(cat target/benchmark/runtime-classpath.txt)"
ROUNDS=$1; shift
names=(); args=(); cps=()
while [ $# -gt 0 ]; do names+=("$1"); args+=("$2");
  if [ "$3" = "-" ]; then cps+=("$FULL"); else cps+=("$(echo "$FULL" | tr ':' '\n' | grep -vE "$3" | paste -sd:)"); fi; shift 3; done
for r in $(seq 1 $ROUNDS); do
  for i in "${!names[@]}"; do
    out=$( { /usr/bin/time -f "CPU %U %S" java -Xms256m -Xmx1g -XX:+UseG1GC ${args[$i]} -cp "target/test-classes:target/classes:${cps[$i]}" fr.territoire.sante.installation.benchmark.StartupProbe ours ; } 2>&1 )
    line=$(echo "$out" | grep '^STARTUP'); cpu=$(echo "$out" | grep '^CPU' | awk '{print $2+$3}')
    [ -z "$line" ] && { echo "FAIL ${names[$i]}"; echo "$out" | grep -v "^\s*at " | tail -8; }
    echo "${names[$i]} $(echo $line | awk '{print $2}') $cpu"
  done
done
