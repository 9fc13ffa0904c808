#!/bin/bash
# usage: alternate-starts.sh ROUNDS name1 "jvm args1" "class-path exclusion regex, or -, or +extra:path, or =classes-dir" [name2 ...]
# Starts our application (StartupProbe) in fresh JVMs, the variants in turns, ROUNDS times, and prints
# one line per start: name, ms to ready, CPU seconds (user + sys) of the whole JVM, ms for the first
# dossier after ready (empty before 03/12 10 h 35, when the probe did not time it).
# PROBE=bare (or stack) starts that application instead of ours, without our classes on the class path.
# "=classes-dir" starts ours from another build of target/classes (a copy kept from before a change).
# Needs `mvn -Pbenchmark test-compile` first.
cd "$(dirname "$0")/../../.."
FULL="$(cat target/benchmark/runtime-classpath.txt)"
PROBE=${PROBE:-ours}
CLASSES="target/test-classes:target/classes"; [ "$PROBE" = ours ] || CLASSES="target/test-classes"
ROUNDS=$1; shift
names=(); args=(); cps=(); classes=()
while [ $# -gt 0 ]; do
  names+=("$1"); args+=("$2"); classes+=("$CLASSES")
  if [ "${3:0:1}" = "=" ]; then cps+=("$FULL"); classes[-1]="target/test-classes:${3:1}"; elif [ "$3" = "-" ]; then cps+=("$FULL"); elif [ "${3:0:1}" = "+" ]; then cps+=("$FULL:${3:1}"); else cps+=("$(echo "$FULL" | tr ':' '\n' | grep -vE "$3" | paste -sd:)"); fi
  shift 3
done
for r in $(seq 1 "$ROUNDS"); do
  for i in "${!names[@]}"; do
    out=$( { /usr/bin/time -f "CPU %U %S" java -Xms256m -Xmx1g -XX:+UseG1GC ${args[$i]} \
        -cp "${classes[$i]}:${cps[$i]}" fr.territoire.sante.installation.benchmark.StartupProbe "$PROBE" ; } 2>&1 )
    line=$(echo "$out" | grep '^STARTUP'); cpu=$(echo "$out" | grep '^CPU' | awk '{print $2+$3}')
    [ -z "$line" ] && { echo "FAIL ${names[$i]}"; echo "$out" | grep -v "^\s*at " | tail -8; }
    echo "${names[$i]} $(echo "$line" | awk '{print $2}') $cpu $(echo "$line" | awk '{print $5}')"
  done
done
