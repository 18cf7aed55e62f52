#!/bin/bash
# Build the kernel under test from the materialised tree build/linux (scripts/tree.sh):
# KERNEL=trimmed (default; configs/asym32.config on allnoconfig, build/kbuild ->
# build/Image), debug (+ configs/debug.config, build/Image-debug) or defconfig
# (arm64 defconfig + asym32.config + configs/defconfig.config, build/Image-defconfig).
# SERIES=mainline: from build/mainline/linux to build/mainline/Image (kbuild-lib.sh).
# Out of tree, through ccache; incremental: only what changed is rebuilt.
#   scripts/build-kernel.sh [base]   base: the same kernel without the series, from a
#                                    clone of the tree at tag base (DIR/base/linux, built
#                                    in DIR/base/kbuild, where DIR holds the tree) to
#                                    the image's name + "-base" (build/Image-base)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/kbuild-lib.sh
. scripts/kbuild-lib.sh
src=$PWD/$series_tree out=$PWD/$kbuild_out image=$kbuild_image
[ -d "$src/.git" ] || { echo "build-kernel: no $src; run make tree" >&2; exit 1; }
if [ "${1:-}" = base ]; then
	# The same relative layout (linux beside kbuild) as the tree: ccache hits.
	base=$PWD/$(dirname "$series_tree")/base
	if [ ! -d "$base/linux/.git" ]; then
		echo "build-kernel: cloning the base of $series_tree into $base/linux" >&2
		rm -rf "$base/linux"
		git clone -q --no-checkout "$src" "$base/linux"
	fi
	git -C "$base/linux" fetch -q -f "$src" refs/tags/base:refs/tags/base
	if [ "$(git -C "$base/linux" rev-parse HEAD 2>/dev/null)" != \
	     "$(git -C "$base/linux" rev-parse 'base^{commit}')" ]; then
		git -C "$base/linux" checkout -q -f --detach base
	fi
	src=$base/linux out=$base/kbuild$kbuild_sfx image=$kbuild_image-base
fi
if kstale "$out/.config"; then
	echo "build-kernel: configuring ${KERNEL:-trimmed}: $kbuild_base + $kbuild_frags" >&2
	kconfigure "$src" "$out"
fi
echo "build-kernel: building $image" >&2
kmake "$src" "$out" -j"$(nproc)" Image
cp "$out/arch/arm64/boot/Image" "$image"
echo "build-kernel: $image ($(git -C "$src" log -1 --format=%s))" >&2
