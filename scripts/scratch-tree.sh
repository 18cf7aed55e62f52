#!/bin/bash
# Check out the series as patches/ has it, in a scratch tree: DIR is a local clone of
# build/linux reset to the pinned base (tag "base"), then one commit per patch of
# patches/series (git am, committer date = author date, as scripts/tree.sh does).
# Used by series.sh, lint/lint.sh and bisect-check.sh: patches/ is the source of truth.
# SERIES=mainline: mainline/ and build/mainline/linux instead (scripts/series-lib.sh).
#   scripts/scratch-tree.sh DIR      (e.g. build/lint/linux)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/series-lib.sh
. scripts/series-lib.sh
dir=${1:?usage: $0 DIR}
[ -d "$series_tree/.git" ] || { echo "scratch-tree: no $series_tree (make tree)" >&2; exit 1; }
[ -f "$series_dir/series" ] || { echo "scratch-tree: no $series_dir/series" >&2; exit 1; }
if [ ! -d "$dir/.git" ]; then
	git clone -q --no-checkout "$series_tree" "$dir"
	git -C "$dir" config user.name asym32
	git -C "$dir" config user.email asym32@localhost
fi
git -C "$dir" am --abort >/dev/null 2>&1 || true
git -C "$dir" checkout -q -f -B series base
git -C "$dir" clean -q -fd
while read -r p; do
	case "$p" in ''|'#'*) continue ;; esac
	git -C "$dir" am -q --committer-date-is-author-date "$PWD/$series_dir/$p" ||
		{ echo "scratch-tree: $series_dir/$p does not apply (git am)" >&2; exit 1; }
done < "$series_dir/series"
echo "scratch-tree: $dir at $(git -C "$dir" log -1 --format=%s)" >&2
