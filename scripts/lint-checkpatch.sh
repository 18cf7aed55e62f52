#!/bin/bash
# scripts/checkpatch.pl --strict on every patch of patches/series; fails on any error,
# warning or check, except one of a type that the patch's commit message accepts with
# a line "Checkpatch-accept: TYPE reason" (the reason is required; a reviewer sees
# it). Accepted findings are still listed, and an accept line that matches nothing
# is a finding too. checkpatch runs `python` for its SPDX check: Debian's
# (python-is-python3, python3-ply, python3-git), first in PATH.
#   scripts/lint-checkpatch.sh TREE      (the scratch tree of scripts/lint.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
tree=$(realpath "${1:?usage: $0 TREE}")
export PATH=/usr/bin:$PATH
found=0 accepted=0 n=0
while read -r p; do
	case "$p" in ''|'#'*) continue ;; esac
	n=$((n + 1))
	# "TYPE reason" from the commit message (between the headers and the ---).
	accepts=$(sed -n '/^$/,/^---$/p' "patches/$p" |
		sed -nE 's/^Checkpatch-accept: ([A-Z0-9_]+) +([^ ].*)$/\1 \2/p')
	findings=$(cd "$tree" && scripts/checkpatch.pl --strict --show-types --no-summary -q \
		"$OLDPWD/patches/$p" | awk -v p="$p" '
		/^(ERROR|WARNING|CHECK):[A-Z0-9_]+:/ { f = $0; next }
		f != "" { loc = $0; sub(/^#/, "", loc); sub(/: $/, "", loc); sub(/:$/, "", loc)
			  print p ":" loc ": " f; f = "" }') || true
	while IFS= read -r f; do
		[ -n "$f" ] || continue
		type=$(sed -E 's/.*: (ERROR|WARNING|CHECK):([A-Z0-9_]+):.*/\2/' <<<"$f")
		if reason=$(awk -v t="$type" '$1 == t { $1 = ""; print substr($0, 2); ok = 1 } END { exit !ok }' <<<"$accepts"); then
			echo "checkpatch: accepted ($reason): $f"; accepted=$((accepted + 1))
		else
			echo "checkpatch: $f"; found=$((found + 1))
		fi
	done <<<"$findings"
	for t in $(awk '{ print $1 }' <<<"$accepts"); do
		grep -q ":$t: " <<<"$findings" ||
			{ echo "checkpatch: $p: Checkpatch-accept: $t matches no finding"; found=$((found + 1)); }
	done
done < patches/series
echo "lint-checkpatch: $found findings, $accepted accepted, in $n patches"
[ "$found" -eq 0 ]
