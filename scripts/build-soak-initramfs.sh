#!/bin/bash
# Build build/initramfs-soak.cpio, the initramfs of make soak (docs/soak.md): that of
# make initramfs (guest/init, busybox, the kselftests, which churn and kernel_log come
# from), without /kexec, with the soak's driver guest/soak as the kselftest "soak",
# and two glibc roots of Debian's packages of guest/soak-packages (trinity, stress-ng,
# coreutils): /armhf (32-bit) and /arm64 (64-bit).
# The initramfs does not depend on the kernel under test: one serves every kernel.
# Run make initramfs (build/kselftest-stripped, build/initramfs-base.list) and
# FETCH_SOAK=1 scripts/fetch.sh first; make soak does both.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/soak
cpio=build/initramfs-soak.cpio
for f in build/initramfs-base.list build/kselftest-stripped/churn build/gen_init_cpio; do
	[ -e "$f" ] || { echo "build-soak-initramfs: no $f (make initramfs)" >&2; exit 1; }
done

# Up to date: newer than everything it is made of.
if [ -f "$cpio" ] && [ -z "$(find guest scripts/build-soak-initramfs.sh build/initramfs-base.list \
	build/kselftest-stripped build/dl -newer "$cpio" -print -quit)" ]; then
	exit 0
fi

rm -rf "$out" && mkdir -p "$out"
for arch in armhf arm64; do
	mkdir -p "$out/$arch/tmp" "$out/$arch/proc" "$out/$arch/sys" \
		"$out/$arch/dev"
	grep -v '^#' guest/soak-packages | while read -r pkg; do
		[ -d "build/dl/${pkg}_$arch" ] ||
			{ echo "build-soak-initramfs: no build/dl/${pkg}_$arch (FETCH_SOAK=1 scripts/fetch.sh)" >&2
			  exit 1; }
		rsync -a --exclude=/usr/share --exclude=gconv --exclude='*.deb' \
			"build/dl/${pkg}_$arch/" "$out/$arch/"
	done
done

# shellcheck source=scripts/initramfs-lib.sh
. scripts/initramfs-lib.sh
{
	cat build/initramfs-base.list
	for f in build/kselftest-stripped/*; do
		echo "file /kselftest/arm64/aarch32/${f##*/} $PWD/$f 755 0 0"
	done
	echo "file /kselftest/arm64/aarch32/soak $PWD/guest/soak 755 0 0"
	for arch in armhf arm64; do
		echo "dir /$arch 755 0 0"
		tree_list "$out/$arch" "/$arch"
	done
} > "$out/initramfs.list"
build/gen_init_cpio "$out/initramfs.list" > "$cpio.tmp"
mv "$cpio.tmp" "$cpio"
echo "build-soak-initramfs: $cpio ($(du -m "$cpio" | cut -f1) MB)" >&2
