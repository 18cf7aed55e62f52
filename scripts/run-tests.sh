#!/bin/bash
# Run the test suites and print one result line per test, then
#   N passed, N failed[, N skipped]
# Suites: qemu (the emulator's own test, tests/qemu-el0), asym32 and reference (the
# test plan, tests/plan, on build/Image and on Debian's 6.1 kernel): each plan line
# boots its layout with its kernel parameters and runs its kselftests.
# SUITES="qemu asym32 reference" and RUNS="name ..." (plan lines) select.
# Console logs are kept in build/logs/SUITE/RUN.log.
set -euo pipefail
cd "$(dirname "$0")/.."
suites=${SUITES:-qemu asym32 reference}
runs=${RUNS:-}
ref_image=$(ls build/dl/reference-kernel/boot/vmlinuz-* 2>/dev/null | head -n1)

results=build/logs/results
mkdir -p build/logs
: > "$results"
for kernel in $suites; do
	case $kernel in
	qemu) tests/qemu-el0/run.sh | tee -a "$results" || true; continue ;;
	asym32) image=build/Image ;;
	reference) image=$ref_image ;;
	*) echo "run-tests: unknown suite '$kernel' (qemu, asym32, reference)" >&2; exit 2 ;;
	esac
	mkdir -p "build/logs/$kernel"
	grep -v '^#' tests/plan | while read -r name layout tests params; do
		[ -n "$name" ] || continue
		if [ -n "$runs" ] && ! grep -qw -- "$name" <<<"$runs"; then continue; fi
		log=build/logs/$kernel/$name.log
		start=$SECONDS
		scripts/boot.sh -t 300 -k "$image" "$layout" "asym32.run=$tests" $params \
			> "$log" 2>&1 || true
		echo "# $kernel $name: $((SECONDS - start)) s, log $log" >&2
		scripts/tap-results.awk -v prefix="$kernel $name" -v tests="$tests" "$log" |
			tee -a "$results"
	done
done

# Known deviations (tests/expected-deviations) do not count as failures.
awk 'NR == FNR { if ($0 !~ /^#/ && NF >= 3) dev[$1 " " $2 " " $3] = 1; next }
     /^not ok / && (($3 " " $4 " " $6) in dev) { d++; next }
     /^ok .*# SKIP/ { s++; next } /^ok / { p++; next } /^not ok / { f++ }
     END { if (d) printf "%d expected deviations (tests/expected-deviations)\n", d
	   printf "%d passed, %d failed", p, f; if (s) printf ", %d skipped", s; print ""
	   exit f > 0 }' tests/expected-deviations "$results"
