#!/usr/bin/env bash
# Runs the whole platform on this machine (see README.md, "Run it locally"): builds what is
# missing or out of date, then starts PostgreSQL, Kafka, SMTP, Keycloak, the services and the
# gateway, and keeps them running until Ctrl-C. Options: --port.<part>=<port>,
# --instances.<service>=<n>, --data=<dir>, --no-demo-data.
set -euo pipefail
cd "$(dirname "$0")"

stamp=local-stack/target/launcher.classpath
if [ ! -f "$stamp" ] || [ -n "$(find . -path ./.data -prune -o -path '*/target' -prune -o \
        \( -name pom.xml -o -path '*/src/main/*' \) -newer "$stamp" -type f -print -quit)" ]; then
  echo "Building the platform (the first time takes a few minutes)..."
  ./mvnw -B -q package -DskipTests
  touch "$stamp"
fi
exec java -Dstack.repository="$PWD" -cp "local-stack/target/classes:$(cat "$stamp")" \
  org.scorats.conference.localstack.Launcher "$@"
