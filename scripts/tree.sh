#!/bin/bash
# Materialise the tree of a series (scripts/series-lib.sh; SERIES=5.10 by default:
# build/linux): the pinned base committed once (tag "base"), then one commit per
# patch of the series file (git am). Refuses to touch an existing tree; remove it
# (after `make export`) to start over.
#   scripts/tree.sh [--keep]     --keep: an existing tree is fine (make tree)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/series-lib.sh
. scripts/series-lib.sh
tree=$series_tree
if [ -e "$tree" ]; then
	[ "${1:-}" = --keep ] && exit 0
	echo "tree: $tree already exists (make export saves its commits; rm -rf it to rebuild)" >&2
	exit 1
fi
scripts/fetch.sh
tarball=$series_tarball
rm -rf "$tree.tmp" && mkdir -p "$tree.tmp"
tar -xJf "$tarball" -C "$tree.tmp" --strip-components=1
git -C "$tree.tmp" init -q -b asym32
git -C "$tree.tmp" config user.name asym32
git -C "$tree.tmp" config user.email asym32@localhost
git -C "$tree.tmp" add -A
GIT_COMMITTER_DATE=$series_date git -C "$tree.tmp" commit -q \
	-m "Linux $series_version (Debian orig tarball)" --date="$series_date"
git -C "$tree.tmp" tag base
mv "$tree.tmp" "$tree"
while read -r p; do
	case "$p" in ''|'#'*) continue ;; esac
	git -C "$tree" am -q --committer-date-is-author-date "$PWD/$series_dir/$p"
done < "$series_dir/series"
echo "tree: $tree at $(git -C "$tree" log -1 --format=%s)" >&2
