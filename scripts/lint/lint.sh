#!/bin/bash
# Lint the series as patches/ has it, applied to the pinned base in the scratch tree
# build/lint/linux (scripts/scratch-tree.sh): each check prints its findings and a
# one-line summary; the exit status is non-zero when any check has a finding.
#   scripts/lint/lint.sh [CHECK...]   checks: checkpatch build kernel-doc docs selftests
#   shared-selftests
#   (build = W=1 and sparse on the touched .c files, new warnings only; shared-selftests
#   = the kselftest sources of mainline/ are those of patches/)
set -euo pipefail
cd "$(dirname "$0")/../.."
all="checkpatch build kernel-doc docs selftests shared-selftests"
checks=${*:-$all}
for c in $checks; do
	[[ " $all " == *" $c "* ]] || { echo "lint: unknown check '$c' (one of: $all)" >&2; exit 2; }
done
command -v sparse >/dev/null || { echo "lint: sparse is missing (make deps)" >&2; exit 2; }
scripts/scratch-tree.sh build/lint/linux
summary=() status=0
for c in $checks; do
	echo "== $c"
	if nice -n 19 "scripts/lint/$c.sh" build/lint/linux | tee build/lint/$c.out; then
		summary+=("ok    $(tail -n1 build/lint/$c.out)")
	else
		summary+=("FAIL  $(tail -n1 build/lint/$c.out)"); status=1
	fi
done
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $status
