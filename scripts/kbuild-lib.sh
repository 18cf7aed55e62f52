# shellcheck shell=bash
# Sourced by the scripts that build the kernel or the kselftests (build-kernel.sh,
# build-initramfs.sh, lint-build.sh, lint-selftests.sh, bisect-check.sh): the make
# invocation and the configuration, shared.
#   kmake SRC OUT [make args...]   make in SRC, out of tree in OUT, arm64 cross, ccache
#   kconfigure SRC OUT             allnoconfig + configs/asym32.config, checked
#   ksmake SRC OUT SUBTARGETS      build arm64 kselftests (e.g. aarch32) statically
# Paths are relative to the repo root in ccache keys, so that another clone, or a
# scratch tree laid out as build/X/linux + build/X/kbuild, hits the cache too.
CCACHE_BASEDIR=$(realpath "$(dirname "${BASH_SOURCE[0]}")/..")
export CCACHE_BASEDIR CCACHE_NOHASHDIR=1
kbuild_frag=$(realpath "$(dirname "${BASH_SOURCE[0]}")/../configs/asym32.config")

kmake() {
	local src=$1 out=$2
	shift 2
	make -s -C "$src" O="$out" ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- \
		CROSS_COMPILE_COMPAT=arm-linux-gnueabihf- CC="ccache aarch64-linux-gnu-gcc" "$@"
}

kconfigure() {
	local src=$1 out=$2 missing
	mkdir -p "$out"
	kmake "$src" "$out" allnoconfig
	KCONFIG_CONFIG="$out/.config" "$src/scripts/kconfig/merge_config.sh" -m -O "$out" \
		"$out/.config" "$kbuild_frag" >/dev/null
	kmake "$src" "$out" olddefconfig
	# Every line of the fragment must survive olddefconfig, or a dependency is missing.
	missing=$(grep -E '^CONFIG_' "$kbuild_frag" | grep -vxFf "$out/.config" || true)
	if [ -n "$missing" ]; then
		echo "kconfigure: not set as requested in $kbuild_frag:" >&2
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
