#!/bin/bash
# Alternating starts of the bare Camunda starter (StartupProbe bare): with the validation jars that
# Camunda's REST starter brings (spring-boot-starter-jersey -> spring-boot-starter-validation) and
# without them, as the benchmark's bare class path had them until 03/12.
cd "$(dirname "$0")/../../.."
FULL="$(cat target/benchmark/runtime-classpath.txt)"
OURS_ONLY='hibernate-core-|hibernate-commons-annotations-|spring-data-|jakarta.persistence-api-|spring-aspects-|aspectjweaver-|antlr4-runtime-|spring-boot-starter-data-jpa-|flyway-|spring-boot-starter-mail-|jakarta.mail-|angus-|spring-context-support-'
VALIDATION='spring-boot-starter-validation-|hibernate-validator-'
with=$(echo "$FULL" | tr ':' '\n' | grep -vE "$OURS_ONLY" | paste -sd:)
without=$(echo "$FULL" | tr ':' '\n' | grep -vE "$OURS_ONLY|$VALIDATION" | paste -sd:)
for r in $(seq 1 "${1:-8}"); do
  for v in with without; do
    cp=$with; [ $v = without ] && cp=$without
    out=$( { /usr/bin/time -f "CPU %U %S" java -Xms256m -Xmx1g -XX:+UseG1GC \
        -cp "target/test-classes:$cp" fr.territoire.sante.installation.benchmark.StartupProbe bare ; } 2>&1 )
    line=$(echo "$out" | grep '^STARTUP'); cpu=$(echo "$out" | grep '^CPU' | awk '{print $2+$3}')
    [ -z "$line" ] && { echo "FAIL $v"; echo "$out" | grep -v "^\s*at " | tail -8; }
    echo "bare-$v-validation $(echo "$line" | awk '{print $2}') $cpu $(echo "$line" | awk '{print $5}')"
  done
done
