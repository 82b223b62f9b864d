#!/usr/bin/env bash
# Installs, for the current user only, the Thai fonts government documents are written in:
# the TH fonts of the national font set (TH Sarabun New, TH SarabunPSK, TH Niramit AS, TH
# Chakra Petch, …), Angsana New, Google's Sarabun and Noto Sans Thai. They come from PyPI
# wheels (odoo-addon-l10n-th-fonts, fontpkg-sarabun, fontpkg-noto-sans-thai): Debian packages
# none of them. Only the renderings of Benchmarks/govfonts need them; ita does not.
set -euo pipefail
dest=${HOME}/.local/share/fonts/ita-govfonts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pip download --quiet --no-deps --dest "$work" odoo-addon-l10n-th-fonts==18.0.1.0.0.2 fontpkg-sarabun==1.0 fontpkg-noto-sans-thai==2.2
for wheel in "$work"/*.whl; do python3 -m zipfile -e "$wheel" "$work/x"; done
mkdir -p "$dest"
find "$work/x" \( -name 'TH*.ttf' -o -name 'AngsanaNew.ttf' -o -name 'Sarabun-Regular.ttf' -o -name 'Sarabun-Bold.ttf' \
  -o -name 'NotoSansThai*.ttf' \) -exec cp {} "$dest/" \;
fc-cache -f "$dest" >/dev/null
fc-list : family | grep -E '^(TH |Angsana New|Sarabun|Noto Sans Thai)' | sort -u
