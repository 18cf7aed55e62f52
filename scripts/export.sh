#!/bin/bash
# Write the commits of a series' tree (scripts/series-lib.sh; SERIES=5.10 by default:
# build/linux) on top of the base (tag "base") back to its directory (patches/):
# git format-patch files, the quilt series file and the cover letter, whose subject
# and text are kept from the existing 0000-cover-letter.patch while its shortlog and
# diffstat are regenerated. The output is stable: an unchanged series exports
# byte-identically.
#   scripts/export.sh [DIR]   (default: the series' directory; check-exported.sh uses a temp DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/series-lib.sh
. scripts/series-lib.sh
tree=$series_tree out=$(realpath -m "${1:-$series_dir}")
[ -d "$tree/.git" ] || { echo "export: no $tree (make tree)" >&2; exit 1; }
if [ -n "$(git -C "$tree" status --porcelain)" ]; then
	echo "export: $tree has uncommitted changes; commit them first:" >&2
	git -C "$tree" status --short >&2
	exit 1
fi

old_cover=$series_dir/0000-cover-letter.patch
new=$(mktemp -d)
trap 'rm -rf "$new"' EXIT
git -C "$tree" -c core.abbrev=12 format-patch -q --cover-letter --zero-commit \
	--no-signature --subject-prefix=PATCH -o "$new" base..HEAD

# The cover letter: our subject and text, git's shortlog and diffstat, a stable date.
cover=$new/0000-cover-letter.patch
[ ! -f "$old_cover" ] || scripts/cover-letter.sh "$cover" "$old_cover"
last=$(ls "$new" | tail -n1)
date=$(sed -n 's/^Date: //p' "$new/$last" | head -n1)
sed -i "s/^Date: .*/Date: $date/" "$cover"

mkdir -p "$out"
rm -f "$out"/[0-9][0-9][0-9][0-9]-*.patch
cp "$new"/*.patch "$out"/
ls "$new" | grep -v '^0000-' > "$out/series"
echo "export: $(wc -l < "$out/series") patches in $out" >&2
