#!/bin/bash
# The soak (make soak, docs/soak.md): tools we did not write, trinity and stress-ng in
# 32-bit and 64-bit form, with the churn kselftest, on the mismatched SoC. For each
# kernel of SUITES and each layout of LAYOUTS, one boot with allow_mismatched_32bit_el0
# and build/initramfs-soak.cpio runs guest/soak for SOAK minutes, then kernel_log,
# which fails on any report of the kernel (lockdep, KASAN, kmemleak, RCU stall, hung
# task, soft lockup, BUG, WARNING, Oops: see kernel_log.c). Prints one result line
# per test, one line of figures per boot, then "N passed, N failed"; fails on any
# failure. Console logs: build/logs/soak[-KERNEL]/SUITE/LAYOUT.log.
#   SOAK=MINUTES (3)  LAYOUTS="phone quad"  SUITES="asym32 reference" (asym32: the
#   kernel of KERNEL=, scripts/kbuild-lib.sh; reference: Debian's 6.1; reference-7.3:
#   Debian's 7.3)  SEED=N replays a run's seed (asym32.soak_seed=)
# Boot timeouts are scaled by TIMEOUT_SCALE (4 for KERNEL=debug, else 1).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/kbuild-lib.sh
. scripts/kbuild-lib.sh
minutes=${SOAK:-3} layouts=${LAYOUTS:-phone quad} suites=${SUITES:-asym32 reference}
seed=${SEED:-}
scale=${TIMEOUT_SCALE:-$([ "${KERNEL:-}" = debug ] && echo 4 || echo 1)}
[[ $minutes =~ ^[1-9][0-9]*$ ]] || { echo "soak: SOAK=$minutes: not a number of minutes" >&2; exit 2; }
[[ -z $seed || $seed =~ ^[0-9]+$ ]] || { echo "soak: SEED=$seed: not a number" >&2; exit 2; }
[[ $scale =~ ^[1-9][0-9]*$ ]] || { echo "soak: TIMEOUT_SCALE=$scale: not a positive integer" >&2; exit 2; }
scripts/build-soak-initramfs.sh
initrd=build/initramfs-soak.cpio

logs=build/logs/soak$kbuild_sfx
results=$logs/results
mkdir -p "$logs"
: > "$results"
for suite in $suites; do
	case $suite in
	asym32) image=$kbuild_image ;;
	reference) images=(build/dl/reference-kernel/boot/vmlinuz-*) image=${images[0]} ;;
	# Since 6.19 Debian ships the image as vmlinuz.unsigned, under the modules directory.
	reference-7.3) images=(build/dl/reference-7.3-kernel/usr/lib/modules/*/vmlinuz.unsigned)
		       image=${images[0]} ;;
	*) echo "soak: unknown suite '$suite' (asym32, reference, reference-7.3)" >&2; exit 2 ;;
	esac
	[ -f "$image" ] || { echo "soak: no kernel for $suite (make kernel fetch)" >&2; exit 2; }
	mkdir -p "$logs/$suite"
	for layout in $layouts; do
		log=$logs/$suite/$layout.log
		start=$SECONDS
		# The soak, the driver's 5 minutes of grace for what does not stop, the boot
		# and kernel_log. 2 GiB: churn's hibernation needs room for its image
		# beside the tools (at 1 GiB it fails with ENOMEM).
		scripts/boot.sh -t $((minutes * 60 + 300 + 300 * scale)) -q '-m 2G' -k "$image" \
			-i "$initrd" "$layout" allow_mismatched_32bit_el0 asym32.run=soak,kernel_log \
			"asym32.soak=$minutes" ${seed:+"asym32.soak_seed=$seed"} > "$log" 2>&1 || true
		echo "# soak $suite $layout: $((SECONDS - start)) s, log $log" >&2
		scripts/tap-results.awk -v prefix="$suite $layout" -v tests=soak,kernel_log "$log" |
			tee -a "$results"
	done
done

# Per boot: tests passed and failed, kernel reports, kmemleak, churn
# (scripts/debug-report.sh), then the soak's operations, deaths and seed.
echo "# soak, $minutes min per boot, per boot:"
for suite in $suites; do
	scripts/debug-report.sh "$results" "$logs/$suite" "$suite" | sed "s/^# /# $suite /"
	for layout in $layouts; do
		sed -n "s/\r$//; s/^# soak: \(operations: .*\)/# $suite $layout: \1/p
			s/^# soak: \(seed [0-9]*\) .*/# $suite $layout: \1/p" "$logs/$suite/$layout.log"
	done
done
awk '/^ok / { p++ } /^not ok / { f++ }
     END { printf "%d passed, %d failed\n", p, f; exit f > 0 }' "$results"
