#!/bin/bash
# Materialise build/linux: the pinned 5.10.223 base committed once (tag "base"),
# then one commit per patch of patches/series (git am). Refuses to touch an
# existing tree; remove build/linux (after `make export`) to start over.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=build/linux
if [ -e "$tree" ]; then
	echo "tree: $tree already exists (make export saves its commits; rm -rf it to rebuild)" >&2
	exit 1
fi
scripts/fetch.sh
tarball=build/src/$(awk '$1 == "linux" { print $3 }' sources.lock)
mkdir -p "$tree.tmp"
tar -xJf "$tarball" -C "$tree.tmp" --strip-components=1
git -C "$tree.tmp" init -q -b asym32
git -C "$tree.tmp" config user.name asym32
git -C "$tree.tmp" config user.email asym32@localhost
git -C "$tree.tmp" add -A
GIT_COMMITTER_DATE=2024-07-27T00:00:00Z git -C "$tree.tmp" commit -q \
	-m "Linux 5.10.223 (Debian orig tarball)" --date=2024-07-27T00:00:00Z
git -C "$tree.tmp" tag base
mv "$tree.tmp" "$tree"
while read -r p; do
	case "$p" in ''|'#'*) continue ;; esac
	git -C "$tree" am -q --committer-date-is-author-date "$PWD/patches/$p"
done < patches/series
echo "tree: $tree at $(git -C "$tree" log -1 --format=%s)" >&2
