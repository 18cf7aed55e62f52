#!/bin/bash
# scripts/checkpatch.pl --strict (the base tree's) on every patch of a series
# (scripts/series-lib.sh: patches/series, or mainline/series for SERIES=mainline); fails
# on any error, warning or check, except one of a type that the series' accepted file
# accepts for the patch (its subject, the type and a reason, tab-separated):
# scripts/lint/checkpatch-accepted.txt, or checkpatch-accepted-mainline.txt. Accepted
# findings are still listed, and an accepted type that matches nothing is a finding
# too. checkpatch runs `python` for its SPDX check: Debian's (python-is-python3,
# python3-ply, python3-git), first in PATH.
#   scripts/lint/checkpatch.sh TREE      (the scratch tree of scripts/lint/lint.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/series-lib.sh
. scripts/series-lib.sh
accepted_file=scripts/lint/checkpatch-accepted.txt
[ "$series_name" = 5.10 ] || accepted_file=scripts/lint/checkpatch-accepted-$series_name.txt
[ -f "$accepted_file" ] || { echo "checkpatch: no $accepted_file" >&2; exit 2; }
tree=$(realpath "${1:?usage: $0 TREE}")
export PATH=/usr/bin:$PATH
found=0 accepted=0 n=0
while read -r p; do
	case "$p" in ''|'#'*) continue ;; esac
	n=$((n + 1))
	# "TYPE reason" lines of $accepted_file for this patch's subject
	subject=$(git mailinfo /dev/null /dev/null <"$series_dir/$p" | sed -n 's/^Subject: //p')
	accepts=$(awk -F'\t' -v s="$subject" '!/^#/ && $1 == s && $3 != "" { print $2 " " $3 }' \
		"$accepted_file")
	findings=$(cd "$tree" && scripts/checkpatch.pl --strict --show-types --no-summary -q \
		"$OLDPWD/$series_dir/$p" | awk -v p="$p" '
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
			{ echo "checkpatch: $p: accepted $t matches no finding"; found=$((found + 1)); }
	done
done < "$series_dir/series"
# An accepted finding for a patch the series no longer has
while IFS=$'\t' read -r subject type _; do
	grep -qxF "Subject: $subject" <(for p in $(grep -v '^#' "$series_dir/series"); do
		git mailinfo /dev/null /dev/null <"$series_dir/$p"; done) ||
		{ echo "checkpatch: accepted $type for no patch: $subject"; found=$((found + 1)); }
done < <(grep -v '^#' "$accepted_file")
echo "lint-checkpatch: $found findings, $accepted accepted, in $n patches"
[ "$found" -eq 0 ]
