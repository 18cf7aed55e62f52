#!/bin/bash
# Fail when build/linux holds changes or commits that patches/ lacks.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scripts/export.sh "$tmp" 2>/dev/null || { scripts/export.sh "$tmp"; exit 1; }
if ! diff -r -x '*.orig' patches "$tmp" >"$tmp.diff"; then
	echo "check-exported: patches/ differs from build/linux (run make export):" >&2
	grep -E '^(Only in|diff )' "$tmp.diff" >&2 || true
	rm -f "$tmp.diff"
	exit 1
fi
rm -f "$tmp.diff"
echo "check-exported: patches/ matches build/linux" >&2
