#!/bin/bash
# build/sparse/sparse from the sparse orig tarball that sources.lock pins (sid's
# 0.6.5~rc1, fetched for SERIES=mainline): Linux 7.2's scripts/checker-valid.sh wants
# __typeof_unqual__, which Debian 12's sparse 0.6.4 lacks. Built once; prints its path.
# Used by scripts/lint/build.sh when the tree rejects the installed sparse.
#   scripts/build-sparse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
file=$(awk '!/^#/ && $1 == "sparse" { print $3; exit }' sources.lock)
[ -n "$file" ] || { echo "build-sparse: no sparse line in sources.lock" >&2; exit 1; }
[ -f "build/src/$file" ] || { echo "build-sparse: no build/src/$file (make fetch SERIES=mainline)" >&2; exit 1; }
out=build/sparse
if [ "$(cat "$out/source" 2>/dev/null)" != "$file" ] || [ ! -x "$out/sparse" ]; then
	rm -rf "$out" "$out.tmp" && mkdir -p "$out.tmp"
	tar -xf "build/src/$file" -C "$out.tmp" --strip-components=1
	make -C "$out.tmp" -j"$(nproc)" sparse >"$out.tmp/build.log" 2>&1 ||
		{ cat "$out.tmp/build.log" >&2; echo "build-sparse: the build failed" >&2; exit 1; }
	echo "$file" > "$out.tmp/source"
	mv "$out.tmp" "$out"
	echo "build-sparse: $out/sparse from $file" >&2
fi
echo "$PWD/$out/sparse"
