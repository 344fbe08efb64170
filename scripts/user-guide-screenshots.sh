#!/usr/bin/env bash
# Refreshes the screenshots of docs/user-guide.md: runs the demo journey (DemoLoopJourneyIT, real Chromium at
# /usr/bin/chromium or $CHROMIUM) with the flag that copies its step screenshots to docs/user-guide/.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
./mvnw -B -q verify -Dspotless.check.skip=true -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=DemoLoopJourneyIT -Dfailsafe.failIfNoSpecifiedTests=false -Dmentorsync.user-guide-shots=true
ls docs/user-guide/*.png
