#!/bin/bash
# Check that a series is bisectable (scripts/series-lib.sh; SERIES=5.10 by default:
# patches/): every prefix of its quilt series file, applied to its base (scratch tree
# $series_build/bisect/linux: build/bisect/linux, or build/mainline/bisect/linux for
# SERIES=mainline), builds the kernel Image with its trimmed config (kbuild-lib.sh),
# and the arm64 kselftests the series has touched so far build too. Incremental builds
# in $series_build/bisect/kbuild through ccache, at nice 19; stops at the first patch
# that fails. The series' tree and its kernels' build directories are left alone.
# Slow (a prefix that changes a widely included header rebuilds most of the kernel):
# not part of make check or CI; run it before posting.
#   scripts/bisect-check.sh [FIRST]     start at patch number FIRST (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/kbuild-lib.sh
. scripts/kbuild-lib.sh
first=${1:-1}
[[ "$first" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [FIRST]  (a patch number)" >&2; exit 2; }
dir=$PWD/$series_build/bisect
tree=$dir/linux out=$dir/kbuild log=$dir/build.log
scripts/scratch-tree.sh "$tree"
mapfile -t commits < <(git -C "$tree" rev-list --reverse base..series)
n=${#commits[@]}
[ "$first" -le "$n" ] || { echo "bisect-check: $series_dir/ has $n patches" >&2; exit 2; }
if kstale "$out/.config.asym32"; then
	git -C "$tree" checkout -q series
	kconfigure "$tree" "$out" && cp -p "$out/.config" "$out/.config.asym32"
fi
start=$SECONDS
for ((i = first; i <= n; i++)); do
	c=${commits[i - 1]} t=$SECONDS
	git -C "$tree" checkout -q "$c"
	subject=$(git -C "$tree" log -1 --format=%s "$c")
	# The same configuration at every step: a symbol added later is not dropped.
	cmp -s "$out/.config" "$out/.config.asym32" || cp -p "$out/.config.asym32" "$out/.config"
	if ! nice -n 19 bash -c ". scripts/kbuild-lib.sh; kmake '$tree' '$out' -j$(nproc) Image" \
		>"$log" 2>&1; then
		echo "bisect-check: patch $i/$n does not build: $subject" >&2
		grep -E 'error|Error' "$log" | head -n 20 >&2
		echo "bisect-check: full log in $log" >&2; exit 1
	fi
	subs=$(git -C "$tree" diff --name-only base "$c" -- tools/testing/selftests/arm64 |
		sed -n 's#^tools/testing/selftests/arm64/\([^/]*\)/.*#\1#p' | sort -u | paste -sd' ')
	if [ -n "$subs" ] && ! nice -n 19 bash -c ". scripts/kbuild-lib.sh; ksmake '$tree' '$dir/kselftest' '$subs'" \
		>"$log" 2>&1; then
		echo "bisect-check: the kselftests ($subs) do not build at patch $i/$n: $subject" >&2
		grep -E 'error|Error' "$log" | head -n 20 >&2
		echo "bisect-check: full log in $log" >&2; exit 1
	fi
	echo "bisect-check: $i/$n ok ($((SECONDS - t))s${subs:+, kselftests $subs}): $subject"
done
git -C "$tree" checkout -q series
echo "bisect-check: $series_dir/ patches $first-$n each build, in $(((SECONDS - start) / 60)) min $(((SECONDS - start) % 60)) s"
