#!/bin/bash
# Build the kselftests of the series' tree, build/linux
# (tools/testing/selftests/arm64/aarch32, static), and pack them with Debian's arm64
# and armhf busybox and guest/init into build/initramfs.cpio. The armhf busybox is
# installed as /bin32/busybox32; the Debian armhf packages of a 32-bit glibc userland
# (guest/armhf-packages) make the root file system /armhf (without documentation,
# locales and iconv modules).
# For the kexec test, /kexec holds a static kexec (scripts/build-kexec.sh), the kernel
# under test and initramfs-kexec.cpio, the same initramfs with only the kselftests the
# kexec'd kernel runs, and without /armhf and /kexec.
# KERNEL=debug or defconfig: build/initramfs-KERNEL.cpio, with build/Image-KERNEL.
# SERIES=mainline: the kselftests of build/mainline/linux, into
# build/mainline/initramfs.cpio, and the project's kexec driver guest/kexec as the
# kselftests "kexec" and "kexec_32bit_caller" (the series has no kexec kselftest),
# with its 32-bit program kexec_start32; /kexec holds the patched Image, which the
# unpatched kernel never reaches (it crashes before the kexec).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/kbuild-lib.sh
src=$PWD/$series_tree out=$PWD/$series_build/kselftest lists=$series_build
ksmake "$src" "$out" aarch32
kexec=
if [ -f "$out/aarch32/kexec" ]; then
	kexec=kselftest
elif [ "$series_name" = mainline ]; then
	kexec=guest
fi
[ -z "$kexec" ] || scripts/build-kexec.sh
[ -f "$kbuild_image" ] || { echo "build-initramfs: no $kbuild_image (make kernel)" >&2; exit 1; }

gcc -O2 -o build/gen_init_cpio "$src/usr/gen_init_cpio.c"
rm -rf build/armhf-root && mkdir build/armhf-root
for pkg in $(grep -v '^#' guest/armhf-packages); do
	rsync -a --exclude=/usr/share --exclude=gconv "build/dl/${pkg}_armhf/" build/armhf-root/
done

# shellcheck source=scripts/initramfs-lib.sh
. scripts/initramfs-lib.sh

# The kselftests without debug info. initramfs-kexec.cpio holds only what the kexec'd
# kernel runs, the kexec and kernel_log kselftests: the kexec'd kernel found a larger
# initrd corrupt ("invalid magic") at boot on the emulated SoC, 18 MB with a 6 MB
# Image, then 15 MB (every kselftest) once the Image grew to 7.5 MB.
stripped=$PWD/$series_build/kselftest-stripped
rm -rf "$stripped" && mkdir "$stripped"
for f in "$out"/aarch32/*; do
	aarch64-linux-gnu-strip -o "$stripped/${f##*/}" "$f" 2>/dev/null ||
		arm-linux-gnueabihf-strip -o "$stripped/${f##*/}" "$f"
done
if [ "$kexec" = guest ]; then
	cp guest/kexec "$stripped/kexec"
	cp guest/kexec "$stripped/kexec_32bit_caller"
	arm-linux-gnueabihf-gcc -static -O2 -Wall -s -o "$stripped/kexec_start32" \
		guest/kexec_start32.c
fi
# gen_init_cpio lines for the kselftests named $@
kselftest_list() {
	local t
	for t in "$@"; do
		echo "file /kselftest/arm64/aarch32/$t $stripped/$t 755 0 0"
	done
}
{
	for d in /bin /bin32 /dev /etc /proc /sys /tmp /root /kselftest /kselftest/arm64 \
		 /kselftest/arm64/aarch32; do
		echo "dir $d 755 0 0"
	done
	echo "nod /dev/console 600 0 0 c 5 1"
	echo "file /init $PWD/guest/init 755 0 0"
	echo "file /etc/motd $PWD/guest/motd 644 0 0"
	echo "file /bin/busybox $PWD/build/dl/busybox-static_arm64/bin/busybox 755 0 0"
	echo "file /bin32/busybox32 $PWD/build/dl/busybox-static_armhf/bin/busybox 755 0 0"
} > "$lists/initramfs-base.list"
if [ -n "$kexec" ]; then
	{
		cat "$lists/initramfs-base.list"
		# shellcheck disable=SC2046 # those the series or guest/kexec has
		kselftest_list kexec $(cd "$stripped" && ls kernel_log kexec_32bit_caller 2>/dev/null)
	} > "$lists/initramfs-kexec.list"
	build/gen_init_cpio "$lists/initramfs-kexec.list" > "$lists/initramfs-kexec.cpio"
fi
{
	cat "$lists/initramfs-base.list"
	# shellcheck disable=SC2046 # one word per kselftest
	kselftest_list $(ls "$stripped")
	echo "dir /armhf 755 0 0"
	tree_list build/armhf-root /armhf
	if [ -n "$kexec" ]; then
		echo "dir /kexec 755 0 0"
		echo "file /kexec/kexec $PWD/build/kexec 755 0 0"
		echo "file /kexec/Image $PWD/$kbuild_image 644 0 0"
		echo "file /kexec/initramfs.cpio $PWD/$lists/initramfs-kexec.cpio 644 0 0"
	fi
} > "$lists/initramfs.list"
build/gen_init_cpio "$lists/initramfs.list" > "$kbuild_initrd"
echo "build-initramfs: $kbuild_initrd ($(ls "$out"/aarch32 | paste -sd' '))" >&2
