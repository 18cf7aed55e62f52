#!/bin/bash
# Build build/Image from the materialised tree build/linux (scripts/tree.sh) with the
# configs/asym32.config fragment merged onto allnoconfig, out of tree in build/kbuild,
# through ccache. Incremental: only what changed is rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/kbuild-lib.sh
src=$PWD/build/linux out=$PWD/build/kbuild
[ -d "$src/.git" ] || { echo "build-kernel: no $src; run make tree" >&2; exit 1; }
if [ ! -f "$out/.config" ] || [ "$kbuild_frag" -nt "$out/.config" ]; then
	echo "build-kernel: configuring" >&2
	kconfigure "$src" "$out"
fi
echo "build-kernel: building Image" >&2
kmake "$src" "$out" -j"$(nproc)" Image
cp "$out/arch/arm64/boot/Image" build/Image
echo "build-kernel: build/Image ($(git -C "$src" log -1 --format=%s))" >&2
