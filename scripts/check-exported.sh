#!/bin/bash
# Fail when a series' tree (scripts/series-lib.sh; SERIES=5.10 by default: build/linux)
# holds changes or commits that its directory (patches/) lacks.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/series-lib.sh
. scripts/series-lib.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scripts/export.sh "$tmp" 2>/dev/null || { scripts/export.sh "$tmp"; exit 1; }
if ! diff -r -x '*.orig' "$series_dir" "$tmp" >"$tmp.diff"; then
	echo "check-exported: $series_dir/ differs from $series_tree (run make export${SERIES:+ SERIES=$SERIES}):" >&2
	grep -E '^(Only in|diff )' "$tmp.diff" >&2 || true
	rm -f "$tmp.diff"
	exit 1
fi
rm -f "$tmp.diff"
echo "check-exported: $series_dir/ matches $series_tree" >&2
