#!/bin/bash
# Check out the series as patches/ has it, in a scratch tree: DIR is a local clone of
# build/linux reset to the pinned base (tag "base"), then one commit per patch of
# patches/series (git am, committer date = author date, as scripts/tree.sh does).
# Used by series.sh, lint/lint.sh and bisect-check.sh: patches/ is the source of truth.
#   scripts/scratch-tree.sh DIR      (e.g. build/lint/linux)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: $0 DIR}
[ -d build/linux/.git ] || { echo "scratch-tree: no build/linux (make tree)" >&2; exit 1; }
[ -f patches/series ] || { echo "scratch-tree: no patches/series" >&2; exit 1; }
if [ ! -d "$dir/.git" ]; then
	git clone -q --no-checkout build/linux "$dir"
	git -C "$dir" config user.name asym32
	git -C "$dir" config user.email asym32@localhost
fi
git -C "$dir" am --abort >/dev/null 2>&1 || true
git -C "$dir" checkout -q -f -B series base
git -C "$dir" clean -q -fd
while read -r p; do
	case "$p" in ''|'#'*) continue ;; esac
	git -C "$dir" am -q --committer-date-is-author-date "$PWD/patches/$p" ||
		{ echo "scratch-tree: patches/$p does not apply (git am)" >&2; exit 1; }
done < patches/series
echo "scratch-tree: $dir at $(git -C "$dir" log -1 --format=%s)" >&2
