#!/bin/sh
# variant: training start runs until Spring's "Started" line, then is stopped by SIGTERM (archive dumped at exit)
set -eu
jar=$1; directory=$2
rm -rf "$directory"; mkdir -p "$directory"
java -Djarmode=tools -jar "$jar" extract --destination "$directory/application"
java -XX:ArchiveClassesAtExit="$directory/application.jsa" -Xlog:cds=error -Xlog:cds+dynamic=error \
  -jar "$directory"/application/*.jar --spring.profiles.active=default \
  --spring.datasource.url="jdbc:h2:mem:training;DB_CLOSE_DELAY=-1" \
  --camunda.bpm.admin-user.password="training-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')" --camunda.bpm.job-execution.enabled=false \
  --server.port=0 > "$directory/training.log" 2>&1 &
pid=$!
until grep -q "Started .* in" "$directory/training.log"; do kill -0 $pid; sleep 0.5; done
kill $pid; wait $pid || true
ls -la "$directory/application.jsa"
