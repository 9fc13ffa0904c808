#!/bin/bash
# Starts of our application, in turns: the packaged jar as docker-compose.yml ran it until 03/12
# (java -jar, nested jars), the extracted jar, and the extracted jar with the archive of its training
# start (what the image runs). Prints "<variant> <seconds from JVM start to Spring's 'Started'>".
# After: mvn -B package -DskipTests && sh src/main/docker/launch.sh prepare target/accompagnement-installation.jar IMAGE_DIR
# Usage, from the project root: fat-jar-extracted-image.sh ROUNDS IMAGE_DIR
set -u
rounds=$1
image=$2
export CAMUNDA_BPM_ADMINUSER_PASSWORD="benchmark-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
export SPRING_DATASOURCE_URL="jdbc:h2:mem:startup" SERVER_PORT=0 CAMUNDA_BPM_JOB_EXECUTION_ENABLED=false
log=$(mktemp)
run() {
  local name=$1; shift
  java -Xms256m -Xmx1g "$@" > "$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 240); do
    grep -q "Started .* in" "$log" && break
    kill -0 $pid 2>/dev/null || { echo "$name failed"; tail -5 "$log"; return; }
    sleep 0.25
  done
  echo "$name $(grep -o 'process running for [0-9.]*' "$log" | awk '{print $4}')"
  kill $pid; wait $pid 2>/dev/null
}
for _ in $(seq 1 "$rounds"); do
  run fat-jar -jar target/accompagnement-installation.jar
  run extracted -jar "$image"/application/accompagnement-installation.jar
  run image -XX:SharedArchiveFile="$image"/application.jsa -Xshare:on -jar "$image"/application/accompagnement-installation.jar
done
rm -f "$log"
