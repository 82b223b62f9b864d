#!/usr/bin/env bash
# Builds ita's Debian package, ita_<version>_amd64.deb, in the repository's folder (or in
# ITA_DEB_DIR), and prints its path as its last line.
#
# The package holds a release build with the Swift runtime and Foundation linked in, so it
# needs no Swift on the machine it is installed on: the binary in /usr/lib/ita with its
# resource bundles beside it (where SwiftPM's Bundle.module looks on Linux: the folder of the
# running executable, /proc/self/exe, with links resolved), /usr/bin/ita a link to it, the
# manual page, the bash, zsh and fish completions, and ita-serve.service (not enabled). It
# depends on Debian's own packages for what ita links (found by dpkg-shlibdeps from the
# binary itself) and on tesseract's Thai and English models.
#
# ITA_RELEASE_READY=1 packages the release build already in .build (built by this script
# before, with the same commit) instead of building it again. ITA_PACKAGE_SCRATCH=FOLDER builds
# in FOLDER instead of .build, so that it can run beside a build in .build (Scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

fail() { echo "package: $*" >&2; exit 1; }
[ "$(dpkg --print-architecture 2>/dev/null)" = amd64 ] || fail "builds amd64 packages on an amd64 Debian or Ubuntu only"
bash Scripts/setup.sh
# dpkg-shlibdeps (dpkg-dev) names the packages the binary's libraries come from; strip is binutils'.
if ! command -v dpkg-shlibdeps >/dev/null || ! command -v strip >/dev/null; then
  echo "package: installing dpkg-dev and binutils" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq dpkg-dev binutils >/dev/null
fi

# The commit `ita --version` names (Package.swift passes ITA_COMMIT to the build); a tree
# with uncommitted changes says so.
commit=$(git rev-parse --short=12 HEAD 2>/dev/null) || fail "not a git checkout: cannot name the commit the package is built from"
git diff --quiet HEAD -- || commit="$commit-dirty"
export ITA_COMMIT=$commit

scratch=${ITA_PACKAGE_SCRATCH:-.build}
export ITA_PACKAGE_SCRATCH=$scratch
if [ -z "${ITA_RELEASE_READY:-}" ]; then
  echo "package: building the release (commit $commit) in $scratch" >&2
  swift build --scratch-path "$scratch" -c release --static-swift-stdlib --product ita >&2
fi
bin=$(swift build --scratch-path "$scratch" -c release --show-bin-path)
[ -x "$bin/ita" ] || fail "no release build in $bin"
version_line=$("$bin/ita" --version)
version=${version_line%% *}
[[ "$version_line" == *"commit $commit)" ]] || fail "the release build says '$version_line', not commit $commit: build it again without ITA_RELEASE_READY"
[[ "$version" =~ ^[0-9][0-9A-Za-z.+~-]*$ ]] || fail "'$version' (from ita --version) is not a Debian version"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
pkg=$stage/ita

# The program and its resource bundles side by side, as SwiftPM lays them out.
install -d "$pkg/usr/lib/ita" "$pkg/usr/bin"
install -m 755 "$bin/ita" "$pkg/usr/lib/ita/ita"
# Symbols are for debugging, not for running: stripped, the binary is about half the size
# (145 MB to 79 MB).
strip --strip-unneeded "$pkg/usr/lib/ita/ita"
bundles=("$bin"/*.resources)
[ -e "${bundles[0]}" ] || fail "no resource bundles (*.resources) beside $bin/ita"
for bundle in "${bundles[@]}"; do cp -R "$bundle" "$pkg/usr/lib/ita/"; done
# Files as Debian has them: readable by all, written by root (a dependency ships one 0444).
find "$pkg/usr/lib/ita" -mindepth 2 -type f -exec chmod 644 {} +
ln -s ../lib/ita/ita "$pkg/usr/bin/ita"

# The manual page, from the command's own help (swift-argument-parser's generate-manual).
install -d "$pkg/usr/share/man/man1"
bash Scripts/manual.sh "$pkg/usr/lib/ita/ita" "$stage/man"
gzip -9n < "$stage/man/ita.1" > "$pkg/usr/share/man/man1/ita.1.gz"

# Completions, where Debian's bash-completion, zsh and fish look for a package's own.
install -d "$pkg/usr/share/bash-completion/completions" "$pkg/usr/share/zsh/vendor-completions" \
  "$pkg/usr/share/fish/vendor_completions.d"
# bash sources its completion files, so the generated #! line is left out.
"$bin/ita" --generate-completion-script bash | sed '1{/^#!/d}' > "$pkg/usr/share/bash-completion/completions/ita"
"$bin/ita" --generate-completion-script zsh > "$pkg/usr/share/zsh/vendor-completions/_ita"
"$bin/ita" --generate-completion-script fish > "$pkg/usr/share/fish/vendor_completions.d/ita.fish"

# The service (off until enabled) and the scripts that tell systemd about it.
install -D -m 644 Packaging/ita-serve.service "$pkg/lib/systemd/system/ita-serve.service"
install -d "$pkg/DEBIAN"
install -m 755 Packaging/postinst Packaging/prerm Packaging/postrm "$pkg/DEBIAN/"

# Licences: the Swift runtime and the Swift packages linked into the binary.
doc=$pkg/usr/share/doc/ita
install -D -m 644 Packaging/copyright "$doc/copyright"
install -d "$doc/licenses"
install -m 644 "$(dirname "$(dirname "$(command -v swift)")")/share/swift/LICENSE.txt" "$doc/licenses/swift.txt" 2>/dev/null ||
  fail "the Swift toolchain's LICENSE.txt (share/swift/LICENSE.txt beside its bin) is missing"
for checkout in "$scratch"/checkouts/*; do
  for licence in "$checkout"/LICENSE*; do
    [ -f "$licence" ] && install -m 644 "$licence" "$doc/licenses/$(basename "$checkout").txt" && break
  done
done

# What the binary links, as Debian's packages that provide it (with the lowest versions
# their symbols need), and what ita reads at run time without linking it: libthai's word
# list and tesseract's models.
work=$stage/shlibs
mkdir -p "$work/debian"
printf 'Source: ita\n\nPackage: ita\nArchitecture: amd64\n' > "$work/debian/control"
shlibs=$(cd "$work" && dpkg-shlibdeps -O "$pkg/usr/lib/ita/ita" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$shlibs" ] || fail "dpkg-shlibdeps found no libraries for the binary"
if ldd "$pkg/usr/lib/ita/ita" | grep -qi swift; then
  fail "the release binary links a Swift library: $(ldd "$pkg/usr/lib/ita/ita" | grep -i swift | tr -s ' \t' ' ')"
fi
# What ita loads with dlopen when first needed (Sources/CTesseract/TesseractLoader.c for OCR,
# ITAServer/PopplerGlib.swift for serve's page pictures) is not linked, so dpkg-shlibdeps cannot
# see it: named here.
dlopened="libtesseract5, liblept5, libgomp1, libpoppler-glib8, libcairo2"
# Each package once, in order (dpkg-shlibdeps may name one of them too).
depends=$(printf '%s' "$shlibs, $dlopened, libthai-data, tesseract-ocr-tha, tesseract-ocr-eng" \
  | awk -v RS=', *' '{ name = $1; if (!(name in seen)) { seen[name] = 1; out = out (out ? ", " : "") $0 } } END { printf "%s", out }')

maintainer=${ITA_MAINTAINER:-$(git log -1 --format='%an <%ae>')}
# Debian wants a changelog in every package; this one names the commit (the history is git's).
printf 'ita (%s) unstable; urgency=medium\n\n  * Built from commit %s.\n\n -- %s  %s\n' \
  "$version" "$commit" "$maintainer" "$(date -R -u -d "@$(git log -1 --format=%ct)")" | gzip -9n > "$doc/changelog.gz"
chmod 644 "$doc/changelog.gz"
size=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: ita
Version: $version
Architecture: amd64
Maintainer: $maintainer
Installed-Size: $size
Depends: $depends
Section: text
Priority: optional
Description: read Thai agencies' ITA reports as exact text and checked data
 ita reads the ITA reports of Thai public agencies (the NACC's
 การประเมินคุณธรรมและความโปร่งใส) as PDF (scans through OCR),
 Word (.docx) or text. It gives their Thai text with every mark on its
 letter, their tables, their scores as checked JSON, the findings of a
 draft (ita validate), many reports as one SQLite dataset (ita dataset),
 and a local web page to check a draft (ita serve; ita-serve.service,
 not enabled).
 .
 Built from commit $commit.
CONTROL

out=${ITA_DEB_DIR:-$root}
mkdir -p "$out"
deb=$out/ita_${version}_amd64.deb
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb" >&2
echo "package: $(du -h "$deb" | cut -f1) ($(( size / 1024 )) MB installed), depends on: $depends" >&2
echo "$deb"
