# shellcheck shell=bash
# Sourced by the scripts that build the kernel or the kselftests (build-kernel.sh,
# build-initramfs.sh, lint/build.sh, lint/selftests.sh, bisect-check.sh): the make
# invocation and the configuration, shared.
#   kmake SRC OUT [make args...]   make in SRC, out of tree in OUT, arm64 cross, ccache
#   kvariant                       set kbuild_{base,frags,out,image,initrd,sfx} for $KERNEL
#                                  (done when sourced)
#   kstale CONFIG                  CONFIG needs kconfigure again
#   kconfigure SRC OUT [FRAG...]   $kbuild_base + $kbuild_frags (+ FRAG...: paths), checked
#                                  (only FRAG... when given)
#   ksmake SRC OUT SUBTARGETS      build arm64 kselftests (e.g. aarch32) statically
# Paths are relative to the repo root in ccache keys, so that another clone, or a
# scratch tree laid out as build/X/linux + build/X/kbuild, hits the cache too.
CCACHE_BASEDIR=$(realpath "$(dirname "${BASH_SOURCE[0]}")/..")
export CCACHE_BASEDIR CCACHE_NOHASHDIR=1
kbuild_configs=$(realpath "$(dirname "${BASH_SOURCE[0]}")/../configs")

# The kernel under test, KERNEL=trimmed (the default), defconfig or debug: the base
# configuration, the fragments merged onto it in order (a later one overrides), and
# where it is built. trimmed keeps the historic paths build/kbuild and build/Image.
# SERIES=mainline (scripts/series-lib.sh): the same under build/mainline/, with
# configs/mainline.config last (what differs on Linux 7.2); only KERNEL=trimmed yet.
# shellcheck disable=SC2034 # used by the scripts that source this file
kvariant() {
	local k=${KERNEL:-trimmed} sfx
	case $k in
	trimmed) kbuild_base=allnoconfig kbuild_frags=asym32.config sfx= ;;
	debug) kbuild_base=allnoconfig kbuild_frags="asym32.config debug.config" sfx=-debug ;;
	defconfig) kbuild_base=defconfig kbuild_frags="asym32.config defconfig.config" sfx=-defconfig ;;
	*) echo "KERNEL=$k: unknown kernel (trimmed, defconfig, debug)" >&2; return 2 ;;
	esac
	if [ "$series_build" != build ]; then
		[ "$k" = trimmed ] || { echo "KERNEL=$k: not for SERIES=$SERIES yet (trimmed only)" >&2; return 2; }
		kbuild_frags+=" mainline.config"
	fi
	kbuild_out=$series_build/kbuild$sfx kbuild_image=$series_build/Image$sfx
	kbuild_initrd=$series_build/initramfs$sfx.cpio kbuild_sfx=$sfx
}
# shellcheck source=scripts/series-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/series-lib.sh"
kvariant || exit

# kstale CONFIG: CONFIG is missing or older than a fragment of the kernel
kstale() {
	local f
	[ -f "$1" ] || return 0
	for f in $kbuild_frags; do
		[ "$kbuild_configs/$f" -nt "$1" ] && return 0
	done
	return 1
}

kmake() {
	local src=$1 out=$2
	shift 2
	make -s -C "$src" O="$out" ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- \
		CROSS_COMPILE_COMPAT=arm-linux-gnueabihf- CC="ccache aarch64-linux-gnu-gcc" "$@"
}

kconfigure() {
	local src=$1 out=$2 missing frags='' checked f
	shift 2
	for f in $kbuild_frags; do frags+="$kbuild_configs/$f "; done
	checked=${*:-$frags}
	mkdir -p "$out"
	kmake "$src" "$out" "$kbuild_base"
	# shellcheck disable=SC2086
	KCONFIG_CONFIG="$out/.config" "$src/scripts/kconfig/merge_config.sh" -m -O "$out" \
		"$out/.config" $frags "$@" >/dev/null
	kmake "$src" "$out" olddefconfig
	# Every setting of the checked fragments (the last one of each symbol) must
	# survive olddefconfig, or a dependency is missing.
	# shellcheck disable=SC2086
	missing=$(awk 'FILENAME == ARGV[ARGC - 1] { have[$0] = 1; next }
		/^CONFIG_/ { v[substr($0, 1, index($0, "=") - 1)] = $0 }
		/^# CONFIG_.* is not set/ { v[$2] = "# " $2 " is not set" }
		END { for (s in v) {
			if (v[s] ~ /^#/ ? (s "=y") in have || (s "=m") in have : !(v[s] in have))
				print v[s] } }' $checked "$out/.config")
	if [ -n "$missing" ]; then
		echo "kconfigure: not set as requested in $checked:" >&2
		echo "$missing" >&2
		rm -f "$out/.config"
		return 1
	fi
}

ksmake() {
	make -s -C "$1/tools/testing/selftests/arm64" ARCH=arm64 ARM64_SUBTARGETS="$3" \
		CC=aarch64-linux-gnu-gcc CC32=arm-linux-gnueabihf-gcc LDFLAGS=-static \
		OUTPUT="$2" all
}
