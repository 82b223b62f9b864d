#!/usr/bin/env bash
# The real-browser check of `ita serve` (see check.py). Skips, with a note, when Chromium is
# not installed (Debian: apt-get install chromium). Builds ita first unless ITA is set.
set -euo pipefail
cd "$(dirname "$0")/../.."
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chromium" ]; then
  echo "browser check skipped: no chromium on PATH (Debian: apt-get install chromium)" >&2
  exit 0
fi
if [ -z "${ITA:-}" ]; then
  swift build ${SCRATCH:+--scratch-path "$SCRATCH"} >/dev/null
  ITA="$(swift build ${SCRATCH:+--scratch-path "$SCRATCH"} --show-bin-path)/ita"
fi
python3 Tests/Browser/check.py "$ITA" "$chromium" "$@"
