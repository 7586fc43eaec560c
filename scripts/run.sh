#!/usr/bin/env bash
# Installs what is missing, builds, and starts the GUI on the default database.
# Arguments are passed to motcua (for example: --db FILE, -platform offscreen --screenshot s.png).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec "$MOTCUA_BUILD/app/gui/motcua" "$@"
