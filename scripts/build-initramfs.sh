#!/bin/bash
# Build the kselftests of build/linux (tools/testing/selftests/arm64/aarch32, static)
# and pack them with Debian's arm64 and armhf busybox and guest/init into
# build/initramfs.cpio. The armhf busybox is installed as /bin32/busybox32.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/kbuild-lib.sh
src=$PWD/build/linux out=$PWD/build/kselftest
ksmake "$src" "$out" aarch32

gcc -O2 -o build/gen_init_cpio "$src/usr/gen_init_cpio.c"
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
	for f in "$out"/aarch32/*; do
		echo "file /kselftest/arm64/aarch32/${f##*/} $f 755 0 0"
	done
} > build/initramfs.list
build/gen_init_cpio build/initramfs.list > build/initramfs.cpio
echo "build-initramfs: build/initramfs.cpio ($(ls "$out"/aarch32 | paste -sd' '))" >&2
