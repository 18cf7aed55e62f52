#!/bin/bash
# Build the kernel under test from the materialised tree build/linux (scripts/tree.sh):
# KERNEL=trimmed (default; configs/asym32.config on allnoconfig, build/kbuild ->
# build/Image), debug (+ configs/debug.config, build/Image-debug) or defconfig
# (arm64 defconfig + asym32.config + configs/defconfig.config, build/Image-defconfig).
# Out of tree, through ccache; incremental: only what changed is rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/kbuild-lib.sh
src=$PWD/build/linux out=$PWD/$kbuild_out
[ -d "$src/.git" ] || { echo "build-kernel: no $src; run make tree" >&2; exit 1; }
if kstale "$out/.config"; then
	echo "build-kernel: configuring ${KERNEL:-trimmed}: $kbuild_base + $kbuild_frags" >&2
	kconfigure "$src" "$out"
fi
echo "build-kernel: building $kbuild_image" >&2
kmake "$src" "$out" -j"$(nproc)" Image
cp "$out/arch/arm64/boot/Image" "$kbuild_image"
echo "build-kernel: $kbuild_image ($(git -C "$src" log -1 --format=%s))" >&2
