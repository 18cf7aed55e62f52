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
# The series that tree, export, check-exported, kernel, kernel-base, initramfs, check,
# test, lint, series, bisect-check and bench work on: 5.10 (the default: patches/,
# build/linux, build/Image) or mainline (mainline/ against Linux 7.2.8, build/mainline/:
# docs/mainline.md).
# scripts/series-lib.sh.
SERIES ?=
export SERIES
ifneq ($(filter-out 5.10 mainline,$(or $(SERIES),5.10)),)
$(error SERIES=$(SERIES): unknown series (5.10, mainline))
endif
# What is not ported to the mainline series yet refuses it, rather than mixing the two.
ifeq ($(SERIES),mainline)
ifneq ($(filter run check-debug soak config-matrix apply-check,$(MAKECMDGOALS)),)
$(error SERIES=mainline: only tree, export, check-exported, kernel, kernel-base, initramfs, \
	check, test, lint, series, bisect-check, bench and mainline so far (docs/mainline.md))
endif
endif
# The mainline series is tested on 7.2.8 with it and without it.
check_kernels = kernel $(if $(filter mainline,$(SERIES)),kernel-base)

.PHONY: help run check check-debug deps fetch qemu tree kernel kernel-base initramfs test \
	test-qemu export check-exported series lint bisect-check config-matrix apply-check bench \
	clean distclean mainline soak

##@ everyday: build, boot, test, edit the series

# make help prints the targets by group: a "##@ " line starts a group (the lines right
# after it continue its heading), a "## " comment on a target's line describes it.
help: ## this list, by group
	@awk '/^##@ / { printf "%s%s\n", (n++ && !h ? "\n" : ""), substr($$0, 5); h = 1; next } { h = 0 } \
	     /^[a-z-]+:.*## / { t = $$0; sub(/:.*/, "", t); d = $$0; sub(/^[^#]*## /, "", d); \
				printf "  %-16s %s\n", t, d }' $(MAKEFILE_LIST)

run: deps qemu kernel initramfs ## boot the emulated SoC (LAYOUT=phone, APPEND=params) into a shell
	scripts/boot.sh $(LAYOUT) allow_mismatched_32bit_el0 $(APPEND)

check: deps qemu $(check_kernels) initramfs ## build everything and run the whole test suite (KERNEL=...)
	@scripts/run-tests.sh

test: ## run the tests on what is built (SUITES="qemu asym32 reference reference-7.3", RUNS=...)
	@scripts/run-tests.sh

test-qemu: ## the emulator's own test (an ERET to AArch32 on a 64-bit-only vCPU)
	@tests/qemu-el0/run.sh

kernel: tree ## build/Image from build/linux (KERNEL=trimmed|defconfig|debug, configs/)
	@scripts/build-kernel.sh

kernel-base: tree ## build/Image-base: the same kernel without the series (tag base)
	@scripts/build-kernel.sh base

initramfs: tree fetch kernel ## build/initramfs.cpio: kselftests, busybox, armhf userland, kexec
	@scripts/build-initramfs.sh

qemu: fetch ## build/qemu-system-aarch64: QEMU 7.2 with qemu/ patches
	@scripts/build-qemu.sh

tree: fetch ## materialise build/linux: the base plus one commit per patch
	@scripts/tree.sh --keep

export: ## write build/linux's commits back to patches/
	@scripts/export.sh

deps: ## install the missing Debian packages (scripts/host-packages.txt)
	@scripts/install-deps.sh

fetch: deps ## fetch and verify the pinned sources and the Debian guest packages
	@scripts/fetch.sh

clean: ## remove the builds, keep build/linux, downloads and sources
	rm -rf build/kbuild build/kbuild-* build/kselftest build/qemu-build build/logs \
		build/Image build/Image-* build/initramfs* build/armhf-root build/kexec \
		build/kexec-src build/qemu-system-aarch64 build/lint build/bisect build/series \
		build/series-tree build/matrix build/apply-check/linux-* build/bench build/base \
		build/mainline/kbuild* build/mainline/Image* build/mainline/base build/soak \
		build/mainline/lint build/mainline/series build/mainline/series-tree build/sparse \
		build/mainline/bisect build/mainline/bench

distclean: ## remove build/ entirely (including build/linux: export first)
	@SERIES= scripts/check-exported.sh
	@[ ! -d build/mainline/linux ] || SERIES=mainline scripts/check-exported.sh
	rm -rf build

##@ proof: slow runs, not in make check or CI; results in docs/results.md

check-debug: ## the test plan on the debug kernel (lockdep, KASAN, kmemleak; 10 min churn)
	@$(MAKE) --no-print-directory check KERNEL=debug SUITES=asym32 CHURN=$(or $(CHURN),600)

bench: deps qemu tree ## -icount benchmark: ours, base and (5.10) 6.1 (BENCH="-r 9 ours base")
	@scripts/bench.sh $(BENCH)

config-matrix: tree ## the series builds without new warnings in each configs/matrix entry (NAMES=...)
	@scripts/config-matrix.sh $(NAMES)

# make soak tests the debug kernel unless KERNEL= is given.
SOAK_KERNEL = $(if $(filter file,$(origin KERNEL)),debug,$(KERNEL))
soak: ## trinity, stress-ng and churn for SOAK= minutes (LAYOUTS, SUITES, SEED; docs/soak.md)
	@$(MAKE) --no-print-directory deps qemu kernel initramfs KERNEL=$(SOAK_KERNEL)
	@FETCH_SOAK=1 scripts/fetch.sh
	@KERNEL=$(SOAK_KERNEL) scripts/soak.sh

##@ posting: before the series goes to the list (docs/posting.md)

lint: tree ## checkpatch, W=1, sparse, kernel-doc, .rst and kselftest build checks (CHECKS=...)
	@scripts/lint/lint.sh $(CHECKS)

series: tree ## build/series/ as FROM="Name <mail>" sends it: To/Cc, threaded (sends nothing)
	@scripts/series.sh

bisect-check: tree ## every prefix of the series builds (slow, not in CI; FIRST=n starts at patch n)
	@scripts/bisect-check.sh $(FIRST)

apply-check: fetch ## the series applies to the pinned 5.10.223 and Debian's other 5.10.y
	@scripts/apply-check.sh

check-exported: ## fail if build/linux holds work that patches/ lacks
	@scripts/check-exported.sh

##@ mainline: the series for Linux 7.2.8 in mainline/ (docs/mainline.md); SERIES=mainline makes
##@ tree, export, check-exported, kernel, kernel-base, initramfs, check, test, lint, series,
##@ bisect-check and bench use mainline/, build/mainline/ and tests/plan-mainline

mainline: ## build/mainline/Image and Image-base: 7.2.8 with the mainline series, and without
	@$(MAKE) --no-print-directory SERIES=mainline kernel kernel-base
