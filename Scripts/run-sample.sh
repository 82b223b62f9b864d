#!/usr/bin/env bash
# Sets up, builds ita and prints the Thai text of the sample report's third page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
# The Swift runtime and Foundation linked in: a report is read about a tenth faster than with
# the shared libraries, most of the difference being the dynamic loader's work at start-up.
swift build -c release --static-swift-stdlib
.build/release/ita text Samples/muangphon-2568-laksaman.pdf --pages 3
