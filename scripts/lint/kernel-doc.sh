#!/bin/bash
# scripts/kernel-doc -none on the kernel .c and .h files the series touches, at the
# base and with the series; fails on a warning the series adds. The tree's own
# kernel-doc: Perl in 5.10; Python in 7.2, whose "Warning: FILE:LINE msg" lines
# (each printed twice) are rewritten to the compiler's form that lib.sh reads.
#   scripts/lint/kernel-doc.sh TREE      (the scratch tree of scripts/lint/lint.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lint/lib.sh
tree=$(realpath "${1:?usage: $0 TREE}")
work=$(mktemp -d) && trap 'rm -rf "$work"' EXIT
kdoc() { # FILE... (in the current directory) -> "path:line: warning: msg" lines
	"$tree/scripts/kernel-doc" -none "$@" 2>&1 |
		sed -E 's/^(Warning|Error): ([^ :]+):([0-9]+) /\2:\3: \L\1\E: /' | awk '!seen[$0]++'
}
mapfile -t files < <(touched "$tree" '\.[ch]$' | grep -Ev '^(tools|scripts|samples|usr)/')
[ ${#files[@]} -gt 0 ] || { echo "lint-kernel-doc: no kernel .c/.h files touched"; exit 0; }
# The base versions of the same files, under the same relative paths.
mkdir "$work/base"
mapfile -t old < <(git -C "$tree" ls-tree -r --name-only base -- "${files[@]}")
[ ${#old[@]} -eq 0 ] || git -C "$tree" archive base -- "${old[@]}" | tar -x -C "$work/base"
(cd "$work/base" && { [ ${#old[@]} -eq 0 ] || kdoc "${old[@]}"; } | diagnostics "$work/base") > "$work/base.d"
(cd "$tree" && kdoc "${files[@]}" | diagnostics "$tree") > "$work/series.d"
added_lines "$tree" > "$work/added"
new_findings "$work/base.d" "$work/series.d" "$work/added" | sed 's/^/kernel-doc: /' | tee "$work/new"
echo "lint-kernel-doc: $(wc -l < "$work/new") new warnings in ${#files[@]} files ($(wc -l < "$work/base.d") at base)"
[ ! -s "$work/new" ]
