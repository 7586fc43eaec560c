#!/usr/bin/env bash
# Installs what is missing, builds, starts a private PostgreSQL test server, and runs the
# whole test suite headless through ctest (the *_pg tests run against that server).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
source "$(dirname "${BASH_SOURCE[0]}")/test-server.sh"
motcua_start_test_server
trap motcua_stop_test_server EXIT
cd "$MOTCUA_BUILD"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
