#!/usr/bin/env bash
# Sets up and runs the whole test suite, the real-browser check of `ita serve` (headless
# Chromium, installed here when missing: about 350 MB; ITA_NO_BROWSER=1 skips it), and the
# check of the Debian package (a release build, packaged, unpacked and run with no Swift and
# no source tree: Scripts/check-package.sh; ITA_NO_PACKAGE=1 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
if [ -z "${ITA_NO_BROWSER:-}" ] && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null; then
  echo "ita setup: installing chromium (for the browser check of ita serve)" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
# The Debian package's release build runs beside the debug build and the tests, in its own
# build folder (.build-package): the tests leave one of two cores idle most of the time (here
# 4 min of running took 3 min of CPU), and the release build from scratch takes as long again as
# the debug one (about 9 CPU-minutes each). Its output is shown only if it fails.
package_pid=""
if [ -z "${ITA_NO_PACKAGE:-}" ]; then
  # Resolved once here, so the two builds do not both write Package.resolved.
  swift package resolve >/dev/null
  package_log=$(mktemp)
  ITA_PACKAGE_SCRATCH=.build-package setsid bash Scripts/package.sh > "$package_log" 2>&1 &
  package_pid=$!
  trap 'kill -- -$package_pid 2>/dev/null || true' EXIT
fi
swift test --disable-swift-testing "$@"
if [ -z "${ITA_NO_BROWSER:-}" ]; then bash Tests/Browser/check.sh; fi
if [ -n "$package_pid" ]; then
  if ! wait "$package_pid"; then
    cat "$package_log" >&2
    echo "test: building the Debian package failed (above)" >&2
    exit 1
  fi
  trap - EXIT
  bash Scripts/check-package.sh "$(tail -n 1 "$package_log")"
  rm -f "$package_log"
fi
