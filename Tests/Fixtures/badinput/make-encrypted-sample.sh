#!/usr/bin/env bash
# Writes muangphon-2568-password-ita2568.pdf: the whole sample report, encrypted (AES-256) with
# the user password ita2568 and linearized ("fast web view", as agencies' sites often serve
# PDFs). With its password it must extract exactly as the sample does. Linearized, it starts with
# its first page's objects, so a copy cut short at the end still opens: the tests cut it to
# check that ita reads what is there and says that the file is damaged. Needs qpdf.
set -euo pipefail
cd "$(dirname "$0")/../../.."
qpdf --linearize --encrypt ita2568 owner2568 256 -- Samples/muangphon-2568-laksaman.pdf \
  Tests/Fixtures/badinput/muangphon-2568-password-ita2568.pdf
