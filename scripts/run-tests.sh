#!/bin/bash
# Run the test suites and print one result line per test, then
#   N passed, N failed[, N skipped]
# Suites: qemu (the emulator's own test, tests/qemu-el0), asym32, reference and
# reference-7.3 (the test plan, tests/plan, on build/Image, on Debian's 6.1 kernel and
# on Debian's 7.3 kernel): each plan line boots its layout with its kernel parameters
# and runs its kselftests.
# SUITES="qemu asym32 reference reference-7.3" (the default) and RUNS="name ..." (plan
# lines) select; KERNEL=debug
# or defconfig tests that kernel (scripts/build-kernel.sh) as the asym32 suite, with
# boot timeouts scaled by TIMEOUT_SCALE (default 4 for debug, else 1). CHURN=SECONDS
# sets how long the churn kselftest runs (kernel parameter asym32.churn=; default
# 20 s), and lengthens the boots that run it by as much.
# Console logs are kept in build/logs/SUITE[-KERNEL]/RUN.log.
# SERIES=mainline: the plan tests/plan-mainline, on Linux 7.2.8 with the mainline series
# (suite mainline, build/mainline/Image) and without it (mainline-base, Image-base),
# with build/mainline/initramfs.cpio; that series has no kernel_log kselftest, so each
# boot's console is checked for kernel reports instead (scripts/tap-results.awk).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/kbuild-lib.sh
. scripts/kbuild-lib.sh
scale=${TIMEOUT_SCALE:-$([ "${KERNEL:-}" = debug ] && echo 4 || echo 1)}
[[ $scale =~ ^[1-9][0-9]*$ ]] || { echo "run-tests: TIMEOUT_SCALE=$scale: not a positive integer" >&2; exit 2; }
churn=${CHURN:-}
[[ -z $churn || $churn =~ ^[1-9][0-9]*$ ]] || { echo "run-tests: CHURN=$churn: not a positive integer" >&2; exit 2; }
plan=tests/plan default_suites="qemu asym32 reference reference-7.3" console='' results=results
if [ "$series_build" != build ]; then
	plan=tests/plan-mainline default_suites="mainline-base mainline" console=1
	results="results-mainline"
fi
suites=${SUITES:-$default_suites}
runs=${RUNS:-}
ref_image=$(ls build/dl/reference-kernel/boot/vmlinuz-* 2>/dev/null | head -n1)
# Since 6.19 Debian ships the image as vmlinuz.unsigned, under the modules directory.
ref73_images=(build/dl/reference-7.3-kernel/usr/lib/modules/*/vmlinuz.unsigned)

results=build/logs/$results$kbuild_sfx
mkdir -p build/logs
: > "$results"
for kernel in $suites; do
	case $kernel in
	qemu) tests/qemu-el0/run.sh | tee -a "$results" || true; continue ;;
	asym32) image=$kbuild_image ;;
	reference) image=$ref_image ;;
	reference-7.3) image=${ref73_images[0]} ;;
	mainline) image=$kbuild_image ;;
	mainline-base) image=$series_build/Image-base ;;
	*) echo "run-tests: unknown suite '$kernel' (qemu, asym32, reference, reference-7.3;" \
		"SERIES=mainline: mainline, mainline-base)" >&2
	   exit 2 ;;
	esac
	case $kernel in mainline*) [ -n "$console" ] ;; *) [ -z "$console" ] ;; esac || {
		echo "run-tests: suite $kernel is not one of SERIES=${SERIES:-5.10}" >&2; exit 2; }
	logs=build/logs/$kernel$kbuild_sfx
	mkdir -p "$logs"
	grep -v '^#' "$plan" | while read -r name layout tests params; do
		[ -n "$name" ] || continue
		if [ -n "$runs" ] && [[ " ${runs//$'\n'/ } " != *" $name "* ]]; then continue; fi
		log=$logs/$name.log
		start=$SECONDS
		timeout=$((300 * scale)) extra=()
		if [ -n "$churn" ] && grep -qw churn <<<"${tests//,/ }"; then
			timeout=$((timeout + churn)) extra=("asym32.churn=$churn")
		fi
		scripts/boot.sh -t $timeout -k "$image" -i "$kbuild_initrd" "$layout" \
			"asym32.run=$tests" $params "${extra[@]}" > "$log" 2>&1 || true
		echo "# $kernel $name: $((SECONDS - start)) s, log $log" >&2
		scripts/tap-results.awk -v prefix="$kernel $name" -v tests="$tests" \
			-v console="$console" "$log" |
			tee -a "$results"
	done
done

# The debug kernel's figures, per boot: reports by kind, kmemleak objects, allocation
# failures injected, churn (scripts/debug-report.sh).
if [ "${KERNEL:-}" = debug ] && grep -qw asym32 <<<"$suites"; then
	echo "# debug kernel, per boot (build/logs/asym32$kbuild_sfx):"
	scripts/debug-report.sh "$results" "build/logs/asym32$kbuild_sfx" asym32
fi

# Known deviations (tests/expected-deviations) do not count as failures.
awk 'NR == FNR { if ($0 !~ /^#/ && NF >= 3) dev[$1 " " $2 " " $3] = 1; next }
     /^not ok / && (($3 " " $4 " " $6) in dev) { d++; next }
     /^ok .*# SKIP/ { s++; next } /^ok / { p++; next } /^not ok / { f++ }
     END { if (d) printf "%d expected deviations (tests/expected-deviations)\n", d
	   printf "%d passed, %d failed", p, f; if (s) printf ", %d skipped", s; print ""
	   exit f > 0 }' tests/expected-deviations "$results"
