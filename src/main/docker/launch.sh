#!/bin/sh
# Runs the application from its extracted jar with a class data sharing (CDS) archive: the JVM maps
# the classes a training start loaded instead of reading and verifying them again, which takes about
# a third off the start-up (docs/performance.md, « Contournements gardés »). Used by the image (Dockerfile beside it).
#
#   launch.sh prepare <application jar> <directory>   once, when the image is built
#   launch.sh start <directory> [application arguments]   at each start; JAVA_OPTS adds JVM options
#
# The archive only holds classes, never data. A start whose JVM or jars differ from the training
# start's ignores it (-Xshare:auto, the default) and loads its classes as usual.
set -eu

usage() {
  echo "usage: $0 prepare <application jar> <directory> | start <directory> [arguments]" >&2
  exit 2
}

jar_in() {
  set -- "$1"/application/*.jar
  [ -f "$1" ] || { echo "no extracted application in the directory given" >&2; exit 1; }
  echo "$1"
}

case "${1:-}" in
  prepare)
    [ $# -eq 3 ] || usage
    jar=$2
    directory=$3
    rm -rf "$directory/application" "$directory/application.jsa"
    # Spring Boot's own layout for this: the application jar plus lib/, a class path the JVM can archive.
    java -Djarmode=tools -jar "$jar" extract --destination "$directory/application"
    # Training start: the embedded default on a throw-away in-memory database, stopped by Spring once
    # the context is refreshed (engine built, migrations run; the processes deploy later, at ready:
    # training up to there was tried and gained nothing measurable, docs/performance.md, « Essayé, non retenu »).
    training_password="training-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
    java -XX:ArchiveClassesAtExit="$directory/application.jsa" -Xlog:cds=error -Xlog:cds+dynamic=error \
      -Dspring.context.exit=onRefresh \
      -jar "$(jar_in "$directory")" \
      --spring.profiles.active=default \
      --spring.datasource.url="jdbc:h2:mem:training;DB_CLOSE_DELAY=-1" \
      --camunda.bpm.admin-user.password="$training_password" \
      --camunda.bpm.job-execution.enabled=false \
      --server.port=0
    [ -s "$directory/application.jsa" ] || { echo "the training start left no archive" >&2; exit 1; }
    ;;
  start)
    [ $# -ge 2 ] || usage
    directory=$2
    shift 2
    # JAVA_OPTS is split into words on purpose: it holds several JVM options.
    # shellcheck disable=SC2086
    exec java -XX:SharedArchiveFile="$directory/application.jsa" ${JAVA_OPTS:-} -jar "$(jar_in "$directory")" "$@"
    ;;
  *)
    usage
    ;;
esac
