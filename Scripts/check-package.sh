#!/usr/bin/env bash
# Checks ita's Debian package as a machine without Swift sees it: the package unpacked
# (dpkg -x) into an empty folder, and its ita run there in a mount namespace in which the
# source tree (with its .build, whose resource bundles a build from source would fall back
# to) and the Swift toolchain are hidden under empty folders, with a bare PATH. It reads the
# sample as text and as data, validates it, reads a scanned page by OCR (tesseract's Thai
# model from Debian), serves the web page and checks a report through it, and checks the
# manual page and the completions.
#
# Usage: bash Scripts/check-package.sh [ita_<version>_amd64.deb]
# Without a package it builds one with Scripts/package.sh. Needs root (or user namespaces)
# for the mount namespace; it does not install anything.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

fail() { echo "package check: $*" >&2; exit 1; }

deb=${1:-}
if [ -z "$deb" ]; then
  deb=$(bash Scripts/package.sh | tail -n 1)
fi
[ -f "$deb" ] || fail "no package at '$deb'"
deb=$(readlink -f "$deb")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# What the package holds and says it needs.
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/ita ./usr/lib/ita/ita ./usr/lib/ita/ita_ITAKit.resources/Templates/ \
  ./usr/lib/ita/ita_ThaiText.resources/agency-words.txt ./usr/lib/ita/ita_ITAServer.resources/Resources/index.html \
  ./usr/share/man/man1/ita.1.gz ./usr/share/bash-completion/completions/ita ./usr/share/zsh/vendor-completions/_ita \
  ./usr/share/fish/vendor_completions.d/ita.fish ./lib/systemd/system/ita-serve.service ./usr/share/doc/ita/copyright; do
  grep -qxF "$path" <<<"$contents" || fail "$deb has no $path"
done
if grep -i 'swift' <<<"$contents" | grep -v '/usr/share/doc/ita/licenses/' | grep -q .; then
  fail "$deb holds Swift files: $(grep -i swift <<<"$contents" | grep -v /usr/share/doc/ | head -3 | tr '\n' ' ')"
fi
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libpoppler libpoppler-glib libthai0 libsqlite3-0 libcairo2 libtesseract tesseract-ocr-tha tesseract-ocr-eng; do
  grep -q "$needed" <<<"$depends" || fail "$deb does not depend on $needed (Depends: $depends)"
done
version=$(dpkg-deb -f "$deb" Version)

# Unpacked into an empty folder, with what it reads copied beside it (the source tree will
# be hidden).
root=$work/root
mkdir -p "$root" "$work/in"
dpkg -x "$deb" "$root"
cp Samples/muangphon-2568-laksaman.pdf Tests/Fixtures/scans/sample-p3-4-scan-200dpi.pdf "$work/in/"
toolchain=""
if command -v swift >/dev/null; then
  toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
fi

cat > "$work/inside.sh" <<'INSIDE'
set -euo pipefail
fail() { echo "package check: $*" >&2; exit 1; }
cd "$WORK"
ita=$ROOT/usr/bin/ita
sample=in/muangphon-2568-laksaman.pdf

# Nothing of the build is left to fall back on.
! command -v swift >/dev/null || fail "swift is still on the PATH ($(command -v swift))"
[ -z "$(ls -A "$REPO")" ] || fail "the source tree $REPO is still visible"
if ldd "$ROOT/usr/lib/ita/ita" | grep -E 'not found|swift'; then fail "the packaged ita misses a library or links Swift's"; fi

"$ita" --version | grep -qE "^$VERSION \(commit [0-9a-f]{12}(-dirty)?\)$" ||
  fail "ita --version says '$("$ita" --version)', not version $VERSION and its commit"

# Text (the dictionary's repair: ThaiText's resources), page 3 with the score tables.
"$ita" text "$sample" --pages 3 > text.txt || fail "ita text on the sample failed"
grep -q 'ตัวชี้วัด' text.txt && grep -q '97.28' text.txt ||
  fail "ita text on the sample's page 3 lacks ตัวชี้วัด or the overall score 97.28: $(head -c 400 text.txt)"

# Data and findings (the year's template: ITAKit's resources).
"$ita" extract "$sample" > report.json || fail "ita extract on the sample failed"
python3 - report.json <<'PY' || fail "ita extract's JSON of the sample is not the sample's"
import json, sys
report = json.load(open(sys.argv[1]))
assert report["overall"]["score"] == 97.28, report["overall"]
assert len(report["indicators"]) == 10, len(report["indicators"])
PY
status=0
"$ita" validate "$sample" --lang en > findings.txt || status=$?
[ "$status" -eq 0 ] || fail "ita validate on the sample exited $status"
[ "$(grep -c '^warning ITA' findings.txt)" -eq 7 ] || fail "ita validate on the sample: not the seven warnings: $(cat findings.txt)"

# A scanned page, read by tesseract with Debian's Thai model.
"$ita" text in/sample-p3-4-scan-200dpi.pdf --pages 1 > scan.txt || fail "ita text on a scanned page failed"
grep -q 'ตัวชี้วัด' scan.txt || fail "OCR of the scanned page gave no ตัวชี้วัด: $(head -c 400 scan.txt)"

# The web page (ITAServer's resources) and a check through it (a child ita, found through
# /proc/self/exe, reads the upload).
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$ita" serve --port "$port" 2> serve.log &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" > index.html && break; sleep 0.2; done
grep -qi '<html' index.html || fail "ita serve gave no page: $(cat serve.log)"
curl -fs -F "file=@$sample" "http://127.0.0.1:$port/api/validate" > validate.json ||
  fail "ita serve's /api/validate failed: $(cat serve.log)"
grep -q 'ITA009' validate.json || fail "ita serve's /api/validate did not give the sample's findings: $(head -c 400 validate.json)"
kill "$server"

# The manual page, as man shows it.
MANWIDTH=80 man -P cat -l "$ROOT/usr/share/man/man1/ita.1.gz" > man.txt 2> man.err || fail "man cannot show ita.1: $(cat man.err)"
grep -q 'validate' man.txt && grep -q -- '--max-upload-mb' man.txt || fail "ita.1 lacks the subcommands: $(head -20 man.txt)"

# bash completes a subcommand and an option from the installed script.
words=$(PATH="$ROOT/usr/bin:$PATH" bash -c '
  source "$1"
  COMPREPLY=(); COMP_WORDS=(ita va); COMP_CWORD=1; COMP_LINE="ita va"; COMP_POINT=${#COMP_LINE}
  _ita ita va ita; printf "%s\n" "${COMPREPLY[@]}"
  COMPREPLY=(); COMP_WORDS=(ita serve --max); COMP_CWORD=2; COMP_LINE="ita serve --max"; COMP_POINT=${#COMP_LINE}
  _ita ita --max serve; printf "%s\n" "${COMPREPLY[@]}"' _ "$ROOT/usr/share/bash-completion/completions/ita")
grep -qx validate <<<"$words" && grep -qx -- --max-upload-mb <<<"$words" ||
  fail "bash completion gave '$words' for 'ita va' and 'ita serve --max'"
if command -v zsh >/dev/null; then zsh -n "$ROOT/usr/share/zsh/vendor-completions/_ita" || fail "_ita is not zsh"; fi
if command -v fish >/dev/null; then fish -n "$ROOT/usr/share/fish/vendor_completions.d/ita.fish" || fail "ita.fish is not fish"; fi
echo "package check: the unpacked package read, validated, OCRed and served the sample with no Swift and no source tree" >&2
INSIDE

# A mount namespace: the source tree and the toolchain hidden, a bare environment.
hide="mount -t tmpfs ita-check '$repo'"
[ -z "$toolchain" ] || hide="$hide && mount -t tmpfs ita-check '$toolchain'"
inside="$hide && exec env -i PATH=/usr/local/bin:/usr/bin:/bin HOME='$work' LANG=C.UTF-8 \
  WORK='$work' ROOT='$root' REPO='$repo' VERSION='$version' bash '$work/inside.sh'"
if unshare --mount true 2>/dev/null; then
  unshare --mount --propagation private sh -c "$inside"
elif unshare --mount --map-root-user true 2>/dev/null; then
  unshare --mount --map-root-user --propagation private sh -c "$inside"
else
  fail "cannot make a mount namespace (unshare --mount) to hide the source tree and Swift: run as root, or enable user namespaces"
fi

# The unit as systemd reads it (its program at the unpacked path; an unknown key is only a
# warning to systemd, so any word from it fails the check).
if command -v systemd-analyze >/dev/null; then
  sed "s|/usr/bin/ita|$root/usr/bin/ita|g" "$root/lib/systemd/system/ita-serve.service" > "$work/ita-serve.service"
  if ! systemd-analyze verify --man=no "$work/ita-serve.service" > "$work/unit.err" 2>&1 || [ -s "$work/unit.err" ]; then
    fail "systemd finds fault with ita-serve.service: $(cat "$work/unit.err")"
  fi
fi
echo "package check: $deb ($(du -h "$deb" | cut -f1), $(dpkg-deb -f "$deb" Installed-Size) kB installed) passed" >&2
