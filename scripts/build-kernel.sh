#!/bin/bash
# Build build/Image from the materialised tree build/linux (scripts/tree.sh) with the
# configs/asym32.config fragment merged onto allnoconfig, out of tree in build/kbuild,
# through ccache. Incremental: only what changed is rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD/build/linux out=$PWD/build/kbuild frag=$PWD/configs/asym32.config
[ -d "$src/.git" ] || { echo "build-kernel: no $src; run make tree" >&2; exit 1; }
# Paths relative to here in ccache keys, so that another clone hits the cache too.
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
kmake() {
	make -s -C "$src" O="$out" ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- \
		CROSS_COMPILE_COMPAT=arm-linux-gnueabihf- CC="ccache aarch64-linux-gnu-gcc" "$@"
}
mkdir -p "$out"
if [ ! -f "$out/.config" ] || [ "$frag" -nt "$out/.config" ]; then
	echo "build-kernel: configuring" >&2
	kmake allnoconfig
	KCONFIG_CONFIG="$out/.config" "$src/scripts/kconfig/merge_config.sh" -m -O "$out" \
		"$out/.config" "$frag" >/dev/null
	kmake olddefconfig
	# Every line of the fragment must survive olddefconfig, or a dependency is missing.
	missing=$(grep -E '^CONFIG_' "$frag" | grep -vxFf "$out/.config" || true)
	if [ -n "$missing" ]; then
		echo "build-kernel: not set as requested in $frag:" >&2
		echo "$missing" >&2
		rm -f "$out/.config"
		exit 1
	fi
fi
echo "build-kernel: building Image" >&2
kmake -j"$(nproc)" Image
cp "$out/arch/arm64/boot/Image" build/Image
echo "build-kernel: build/Image ($(git -C "$src" log -1 --format=%s))" >&2
