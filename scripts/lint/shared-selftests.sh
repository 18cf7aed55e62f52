#!/bin/bash
# The 5.10 and the mainline series carry one set of kselftest sources: every file the
# mainline series has in tools/testing/selftests/arm64/aarch32/ must be byte-identical
# to the 5.10 series' file of the same name, but Makefile and .gitignore, which list
# each series' own programs. TREE is the series being linted (scripts/series-lib.sh);
# the other one is applied in the scratch tree TREE/../OTHER/linux
# (scripts/scratch-tree.sh): build/lint/mainline/linux when linting 5.10,
# build/mainline/lint/5.10/linux when linting mainline. Both lints run this check.
#   scripts/lint/shared-selftests.sh TREE      (the scratch tree of scripts/lint/lint.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/series-lib.sh
. scripts/series-lib.sh
tree=${1:?usage: $0 TREE}
dir=tools/testing/selftests/arm64/aarch32
other=$([ "$series_name" = 5.10 ] && echo mainline || echo 5.10)
other_tree=$(dirname "$tree")/$other/linux
if ! msg=$(SERIES=$other scripts/scratch-tree.sh "$other_tree" 2>&1); then
	echo "$msg"
	echo "lint-shared-selftests: cannot apply the $other series (make tree SERIES=$other)"
	exit 1
fi
if [ "$series_name" = 5.10 ]; then v510=$tree ml=$other_tree; else v510=$other_tree ml=$tree; fi
found=0 n=0
while read -r f; do
	case ${f##*/} in Makefile|.gitignore) continue ;; esac
	n=$((n + 1))
	if [ ! -f "$v510/$f" ]; then
		echo "shared-selftests: $f: in mainline/ only"; found=$((found + 1))
	elif ! cmp -s "$v510/$f" "$ml/$f"; then
		echo "shared-selftests: $f differs between patches/ and mainline/:"
		diff -u "$v510/$f" "$ml/$f" | sed 's/^/    /' | head -40
		found=$((found + 1))
	fi
done < <(git -C "$ml" ls-files "$dir")
echo "lint-shared-selftests: $found findings in the $n shared files"
[ "$found" -eq 0 ]
