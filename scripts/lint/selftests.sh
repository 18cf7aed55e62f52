#!/bin/bash
# Build the arm64 kselftest directories the series touches (e.g. aarch32) with the
# cross compilers, statically (kbuild-lib.sh's ksmake), into TREE/../kselftest from
# scratch; fails on a build error or on any compiler warning (the Makefiles' -Wall).
#   scripts/lint/selftests.sh TREE      (the scratch tree of scripts/lint/lint.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/kbuild-lib.sh
. scripts/lint/lib.sh
tree=$(realpath "${1:?usage: $0 TREE}") && out=$(dirname "$tree")/kselftest
mapfile -t subs < <(touched "$tree" '^tools/testing/selftests/arm64/[^/]+/' | cut -d/ -f5 | sort -u)
[ ${#subs[@]} -gt 0 ] || { echo "lint-selftests: no arm64 kselftests touched"; exit 0; }
rm -rf "$out" && mkdir -p "$out"
found=0
for sub in "${subs[@]}"; do
	if ! ksmake "$tree" "$out" "$sub" >"$out/$sub.log" 2>&1; then
		echo "selftests: $sub does not build:"; cat "$out/$sub.log"; found=$((found + 1))
	fi
	diagnostics "$tree/tools/testing/selftests/arm64/$sub" < "$out/$sub.log" |
		sed "s#^#selftests: tools/testing/selftests/arm64/$sub/#" | tee "$out/$sub.warnings"
	found=$((found + $(wc -l < "$out/$sub.warnings")))
done
echo "lint-selftests: $found findings building ${subs[*]}"
[ "$found" -eq 0 ]
