#!/bin/bash
# Lint a series as its directory has it (scripts/series-lib.sh; SERIES=5.10 by default:
# patches/), applied to its pinned base in the scratch tree $series_build/lint/linux
# (build/lint/linux, or build/mainline/lint/linux for SERIES=mainline;
# scripts/scratch-tree.sh): each check prints its findings and a one-line summary,
# kept in $series_build/lint/CHECK.out; the exit status is non-zero when any check
# has a finding.
#   scripts/lint/lint.sh [CHECK...]   checks: checkpatch build kernel-doc docs selftests
#   shared-selftests
#   (build = W=1 and sparse on the touched .c files, new warnings only; shared-selftests
#   = the kselftest sources of mainline/ are those of patches/)
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/series-lib.sh
. scripts/series-lib.sh
all="checkpatch build kernel-doc docs selftests shared-selftests"
checks=${*:-$all}
for c in $checks; do
	[[ " $all " == *" $c "* ]] || { echo "lint: unknown check '$c' (one of: $all)" >&2; exit 2; }
done
command -v sparse >/dev/null || { echo "lint: sparse is missing (make deps)" >&2; exit 2; }
dir=$series_build/lint
scripts/scratch-tree.sh "$dir/linux"
summary=() status=0
for c in $checks; do
	echo "== $c"
	if nice -n 19 "scripts/lint/$c.sh" "$dir/linux" | tee "$dir/$c.out"; then
		summary+=("ok    $(tail -n1 "$dir/$c.out")")
	else
		summary+=("FAIL  $(tail -n1 "$dir/$c.out")"); status=1
	fi
done
echo "== summary ($series_dir/)"
printf '%s\n' "${summary[@]}"
exit $status
