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
swift test --disable-swift-testing "$@"
if [ -z "${ITA_NO_BROWSER:-}" ]; then bash Tests/Browser/check.sh; fi
if [ -z "${ITA_NO_PACKAGE:-}" ]; then bash Scripts/check-package.sh; fi
