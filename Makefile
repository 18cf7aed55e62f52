# asym32: a Linux 5.10 arm64 patch series for asymmetric AArch32 EL0 systems,
# tested on an emulated asymmetric SoC. `make help` lists the targets.
LAYOUT ?= phone
APPEND ?=
# The kernel under test: trimmed (allnoconfig + configs/asym32.config), defconfig or
# debug (scripts/kbuild-lib.sh).
KERNEL ?= trimmed
export KERNEL
# How long the churn kselftest runs, in seconds (empty: its default, 20 s).
CHURN ?=
export CHURN

.PHONY: help run check check-debug deps fetch qemu tree kernel initramfs test test-qemu export \
	check-exported series lint bisect-check config-matrix apply-check bench clean distclean

help: ## this list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 18

run: deps qemu kernel initramfs ## boot the emulated SoC (LAYOUT=phone, APPEND=params) into a shell
	scripts/boot.sh $(LAYOUT) allow_mismatched_32bit_el0 $(APPEND)

check: deps qemu kernel initramfs ## build everything and run the whole test suite (KERNEL=...)
	@scripts/run-tests.sh

check-debug: ## the test plan on the debug kernel (lockdep, KASAN, kmemleak; 10 min churn; slow, not in CI)
	@$(MAKE) --no-print-directory check KERNEL=debug SUITES=asym32 CHURN=$(or $(CHURN),600)

deps: ## install the missing Debian packages (scripts/host-packages.txt)
	@scripts/install-deps.sh

fetch: deps ## fetch and verify the pinned sources and the Debian guest packages
	@scripts/fetch.sh

qemu: fetch ## build/qemu-system-aarch64: QEMU 7.2 with qemu/ patches
	@scripts/build-qemu.sh

tree: fetch ## materialise build/linux: the base plus one commit per patch
	@[ -d build/linux ] || scripts/tree.sh

kernel: tree ## build/Image from build/linux (KERNEL=trimmed|defconfig|debug, configs/)
	@scripts/build-kernel.sh

initramfs: tree fetch kernel ## build/initramfs.cpio: kselftests, busybox, armhf userland, kexec
	@scripts/build-initramfs.sh

test: ## run the tests on what is built (SUITES="qemu asym32 reference", RUNS=...)
	@scripts/run-tests.sh

test-qemu: ## the emulator's own test (an ERET to AArch32 on a 64-bit-only vCPU)
	@tests/qemu-el0/run.sh

export: ## write build/linux's commits back to patches/
	@scripts/export.sh

check-exported: ## fail if build/linux holds work that patches/ lacks
	@scripts/check-exported.sh

series: tree ## build/series/ as FROM="Name <mail>" sends it: To/Cc, threaded (sends nothing)
	@scripts/series.sh

lint: tree ## checkpatch, W=1, sparse, kernel-doc, .rst and kselftest build checks (CHECKS=...)
	@scripts/lint/lint.sh $(CHECKS)

bisect-check: tree ## every prefix of the series builds (slow, not in CI; FIRST=n starts at patch n)
	@scripts/bisect-check.sh $(FIRST)

config-matrix: tree ## the series builds without new warnings in each configs/matrix entry (slow, not in CI)
	@scripts/config-matrix.sh $(NAMES)

apply-check: fetch ## the series applies to the pinned 5.10.223 and Debian's other 5.10.y
	@scripts/apply-check.sh

bench: deps qemu tree ## -icount benchmark: base, ours, 6.1 (slow, not in CI; BENCH="-r 9 ours base")
	@scripts/bench.sh $(BENCH)

clean: ## remove the builds, keep build/linux, downloads and sources
	rm -rf build/kbuild build/kbuild-* build/kselftest build/qemu-build build/logs \
		build/Image build/Image-* build/initramfs* build/armhf-root build/kexec \
		build/kexec-src build/qemu-system-aarch64 build/lint build/bisect build/series \
		build/series-tree build/matrix build/apply-check/linux-* build/bench

distclean: ## remove build/ entirely (including build/linux: export first)
	@scripts/check-exported.sh
	rm -rf build
