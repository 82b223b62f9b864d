#!/usr/bin/env bash
# Sets up, builds ita and prints the Thai text of the sample report's third page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release
.build/release/ita text Samples/muangphon-2568-laksaman.pdf --pages 3
