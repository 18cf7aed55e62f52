#!/bin/bash
# The 5.10 and the mainline series carry one set of kselftest sources: every file the
# mainline series has in tools/testing/selftests/arm64/aarch32/ must be byte-identical
# to the 5.10 series' file of the same name, but Makefile and .gitignore, which list
# each series' own programs. The mainline side is mainline/ applied in the scratch
# tree build/lint/mainline/linux (scripts/scratch-tree.sh).
#   scripts/lint/shared-selftests.sh TREE      (the 5.10 scratch tree of lint.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
tree=${1:?usage: $0 TREE}
dir=tools/testing/selftests/arm64/aarch32
if [ ! -d build/mainline/linux/.git ]; then
	echo "lint-shared-selftests: no build/mainline/linux (make tree SERIES=mainline)"
	exit 1
fi
SERIES=mainline scripts/scratch-tree.sh build/lint/mainline/linux 2>/dev/null
ml=build/lint/mainline/linux
found=0 n=0
while read -r f; do
	case ${f##*/} in Makefile|.gitignore) continue ;; esac
	n=$((n + 1))
	if [ ! -f "$tree/$f" ]; then
		echo "shared-selftests: $f: in mainline/ only"; found=$((found + 1))
	elif ! cmp -s "$tree/$f" "$ml/$f"; then
		echo "shared-selftests: $f differs between patches/ and mainline/:"
		diff -u "$tree/$f" "$ml/$f" | sed 's/^/    /' | head -40
		found=$((found + 1))
	fi
done < <(git -C "$ml" ls-files "$dir")
echo "lint-shared-selftests: $found findings in the $n shared files"
[ "$found" -eq 0 ]
