#!/bin/bash
# The Kconfig build matrix: build the series (patches/, in the scratch tree
# build/matrix/linux) with each configuration of configs/matrix, the trimmed kernel
# with one change. Each must configure as asked (its settings survive olddefconfig),
# build an Image, and add no compiler warning in a file the series touches. Stops at
# the first failing configuration and names it. Incremental builds in
# build/matrix/NAME through ccache, at nice 19. Slow: not in make check or CI.
#   scripts/config-matrix.sh [NAME...]       only these configurations
set -euo pipefail
cd "$(dirname "$0")/.."
KERNEL=trimmed . scripts/kbuild-lib.sh
. scripts/lint/lib.sh
tree=$PWD/build/matrix/linux
mapfile -t entries < <(grep -Ev '^(#|$)' configs/matrix)
for want in "$@"; do
	printf '%s\n' "${entries[@]}" | grep -q "^$want " ||
		{ echo "config-matrix: no configuration '$want' in configs/matrix" >&2; exit 2; }
done
scripts/scratch-tree.sh "$tree"
mapfile -t srcs < <(touched "$tree" '\.[ch]$')
start=$SECONDS
for entry in "${entries[@]}"; do
	read -r name settings <<<"$entry"
	if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qx -- "$name"; then continue; fi
	dir=$PWD/build/matrix/$name t=$SECONDS
	mkdir -p "$dir"
	for s in $settings; do
		case $s in
		*=n) echo "# CONFIG_${s%=n} is not set" ;;
		*) echo "CONFIG_$s" ;;
		esac
	done > "$dir/entry.config"
	if ! cmp -s "$dir/entry.config" "$dir/kbuild/.config.entry" 2>/dev/null; then
		kconfigure "$tree" "$dir/kbuild" "$dir/entry.config" ||
			{ echo "config-matrix: $name ($settings) does not configure" >&2; exit 1; }
		cp "$dir/entry.config" "$dir/kbuild/.config.entry"
	fi
	# Rebuild the objects of the files the series touches, so that their
	# warnings are printed (ccache prints them again on a hit).
	for src in "${srcs[@]}"; do
		[[ $src == *.c ]] && rm -f "$dir/kbuild/${src%.c}.o"
	done
	if ! nice -n 19 bash -c ". scripts/kbuild-lib.sh; kmake '$tree' '$dir/kbuild' -j$(nproc) Image" \
		>"$dir/build.log" 2>&1; then
		echo "config-matrix: $name ($settings) does not build" >&2
		grep -E 'error|Error' "$dir/build.log" | head -n 20 >&2
		echo "config-matrix: full log in $dir/build.log" >&2; exit 1
	fi
	warnings=$(diagnostics "$tree" <"$dir/build.log" | grep -F -f <(printf '%s:\n' "${srcs[@]}") || true)
	if [ -n "$warnings" ]; then
		echo "config-matrix: $name ($settings) warns in files the series touches:" >&2
		echo "$warnings" >&2; exit 1
	fi
	echo "config-matrix: $name ok ($((SECONDS - t)) s): $settings"
done
echo "config-matrix: every configuration builds, in $(((SECONDS - start) / 60)) min $(((SECONDS - start) % 60)) s"
