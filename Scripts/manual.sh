#!/usr/bin/env bash
# Writes the manual page of an ita binary, ita.1 (every subcommand, its arguments and options,
# from the command's own help), into a folder, with swift-argument-parser's generate-manual:
# the tool its `swift package plugin generate-manual` runs, built here from the package's
# own checkout of swift-argument-parser (no network). The plugin itself is not used: it
# builds the whole package again in release without --static-swift-stdlib (a full rebuild
# of about 15 minutes here, which the packaged build would then redo), where the tool needs
# only the binary being packaged. The page is dated by the commit, so one commit gives one page.
#
# Usage: bash Scripts/manual.sh ITA_BINARY OUT_FOLDER
# (the build folder whose checkout it uses: ITA_PACKAGE_SCRATCH, by default .build)
set -euo pipefail
cd "$(dirname "$0")/.."
usage="usage: bash Scripts/manual.sh ITA_BINARY OUT_FOLDER"
ita=${1:?$usage}
out=${2:?$usage}
[ -x "$ita" ] || { echo "manual: no ita binary at $ita" >&2; exit 1; }
build=${ITA_PACKAGE_SCRATCH:-.build}
parser=$build/checkouts/swift-argument-parser
[ -f "$parser/Tools/generate-manual/GenerateManual.swift" ] ||
  { echo "manual: no swift-argument-parser checkout with generate-manual in $parser (build ita first)" >&2; exit 1; }
mkdir -p "$out"

# Its own scratch folder, so the checkout stays as SwiftPM left it (about a minute, once).
scratch=(--package-path "$parser" --scratch-path "$build/generate-manual")
swift build "${scratch[@]}" --product generate-manual >&2
tool=$(swift build "${scratch[@]}" --show-bin-path)/generate-manual

date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
"$tool" "$ita" --date "$date" --output-directory "$out"
# A blank line in a command's discussion (between paragraphs) comes out as an empty line,
# which mdoc warns about on every `man ita`; .Pp is mdoc's paragraph break.
sed -i 's/^$/.Pp/' "$out/ita.1"
