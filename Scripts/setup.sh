#!/usr/bin/env bash
# Installs what ita needs to build on Debian or Ubuntu, and only what is missing:
# poppler's GLib and core development files (ita reads glyphs through poppler's core) and
# poppler-utils (the benchmarks compare with pdftotext), libthai (its Thai dictionary),
# tesseract with its Thai model (OCR of scans), SQLite (ita dataset). Needs root or sudo when installing.
set -euo pipefail

missing=()
pkg-config --exists poppler-glib || missing+=(libpoppler-glib-dev)
[ -f /usr/include/poppler/OutputDev.h ] || missing+=(libpoppler-private-dev)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v pkg-config >/dev/null || missing+=(pkg-config)
# libthai's Thai dictionary and libdatrie, for the dictionary-guided repair of Thai text.
[ -f /usr/include/datrie/trie.h ] && [ -f /usr/share/libthai/thbrk.tri ] || missing+=(libthai-dev)
# tesseract and leptonica, with tesseract's Thai and English models, for the OCR of scans.
pkg-config --exists tesseract lept || missing+=(libtesseract-dev)
[ -n "$(ls /usr/share/tesseract-ocr/*/tessdata/tha.traineddata 2>/dev/null)" ] || missing+=(tesseract-ocr-tha)
[ -n "$(ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata 2>/dev/null)" ] || missing+=(tesseract-ocr-eng)
# SQLite, which GRDB links for `ita dataset`.
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
# zlib, through which ZIPFoundation inflates the parts of a Word document (.docx).
pkg-config --exists zlib || missing+=(zlib1g-dev)

if [ ${#missing[@]} -gt 0 ]; then
  echo "ita setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The tests check ita's JSON against its JSON Schema with Python's jsonschema.
python3 -c 'import jsonschema' 2>/dev/null || {
  echo "ita setup: installing python3-jsonschema" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  command -v python3 >/dev/null || { $sudo apt-get update -qq; DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3 >/dev/null; }
  python3 -m pip install -q jsonschema 2>/dev/null || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-jsonschema >/dev/null
}

command -v swift >/dev/null || {
  echo "ita setup: Swift is not on PATH. Install Swift 6 from swift.org (or your distribution) first." >&2
  exit 1
}
