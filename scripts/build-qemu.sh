#!/bin/bash
# Build build/qemu-system-aarch64: extract the pinned Debian qemu source package
# (fetched by scripts/fetch.sh) into build/qemu-src with Debian's patches applied,
# apply qemu/series on top, and build only the aarch64 system emulator (TCG, no
# tools, docs or user mode), through ccache when available.
# Incremental: nothing happens while the binary is newer than qemu/*, this script
# and the sources; otherwise the tree is extracted afresh and rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."
src=build/qemu-src out=build/qemu-system-aarch64
scripts/fetch.sh
ver=$(awk '$1 == "qemu" { print $2; exit }' sources.lock)
dsc=build/src/qemu_${ver#*:}.dsc

if [ -x "$out" ] &&
	[ -z "$(find qemu scripts/build-qemu.sh "$dsc" build/src/qemu_*.tar.* -newer "$out")" ]; then
	echo "build-qemu: $out is up to date" >&2
	exit 0
fi

echo "build-qemu: extracting $dsc" >&2
rm -rf "$src"
# fetch.sh checked the tarballs against sources.lock; we have no Debian keyring.
dpkg-source --no-check -x "$dsc" "$src" >/dev/null
while read -r p; do
	case "$p" in ''|'#'*) continue ;; esac
	echo "build-qemu: applying $p" >&2
	patch -d "$src" -p1 -F0 -N -s --no-backup-if-mismatch <"qemu/$p" ||
		{ echo "build-qemu: qemu/$p does not apply" >&2; exit 1; }
done < qemu/series

export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
cc=gcc
if command -v ccache >/dev/null; then cc="ccache gcc"; fi
echo "build-qemu: configuring (log: build/qemu-configure.log)" >&2
(cd "$src" && ./configure --cc="$cc" --target-list=aarch64-softmmu \
	--without-default-features --disable-docs --disable-tools --disable-user \
	--enable-fdt=system) >build/qemu-configure.log 2>&1 ||
	{ tail -20 build/qemu-configure.log >&2; exit 1; }
echo "build-qemu: building (several minutes)" >&2
ninja -C "$src/build" --quiet qemu-system-aarch64 >&2
# Replace, don't overwrite: the old binary may be running.
cp "$src/build/qemu-system-aarch64" "$out.tmp"
mv -f "$out.tmp" "$out"
echo "build-qemu: $out ($("$out" --version | head -1))" >&2
