#!/bin/bash
# Bare-metal test of the aarch64-only-cpus QEMU patch (qemu/series). eret32.S runs
# on two cortex-a76 vCPUs of the virt machine and prints, per CPU, the EL0 field of
# ID_AA64PFR0_EL1, some AArch32 ID registers and the exception class taken after
# an ERET to AArch32 EL0. Expected: restricted vCPU el0=1, ID registers zero,
# EC 0x0e (illegal execution state); other vCPUs el0=2, ID registers non-zero,
# EC 0x11 (the A32 code's SVC). Bad CPU lists, and a bad psci-tos-cpu (the second
# patch; the kexec test on the phone-tos layout uses it), must be refused with
# exit status 1.
# Usage: tests/qemu-el0/run.sh [qemu-system-aarch64 (default build/qemu-system-aarch64)]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
qemu=${1:-$here/../../build/qemu-system-aarch64}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
aarch64-linux-gnu-gcc -nostdlib -static -Wl,-Ttext=0x40100000,--build-id=none \
	-o "$tmp/eret32.elf" "$here/eret32.S"

fail=0
ok() { echo "ok qemu-el0 $*"; }
bad() { echo "not ok qemu-el0 $*"; fail=1; }
# qemu_run MACHINE-OPTIONS [CPU]: boot eret32.elf, output on stdout
qemu_run() {
	timeout 30 "$qemu" -M "virt,$1" -cpu "${2:-cortex-a76}" -smp 2 -nodefaults \
		-display none -serial stdio -no-reboot -kernel "$tmp/eret32.elf" 2>&1
}

# expect MACHINE-OPTIONS KIND-OF-CPU0 KIND-OF-CPU1 (restricted|normal)
expect() {
	local opts=$1 out rc=0 cpu=0 kind re line
	out=$(qemu_run "$opts") || rc=$?
	[ $rc -eq 0 ] || { bad "$opts: qemu exit status $rc: $out"; return; }
	for kind in "$2" "$3"; do
		if [ "$kind" = restricted ]; then
			re="el0=1( [a-z0-9_]+=0{8})+ ec=0e"
		else
			re="el0=2( [a-z0-9_]+=[0-9a-f]*[1-9a-f][0-9a-f]*)+ ec=11"
		fi
		line=$(grep -m1 "^cpu$cpu:" <<<"$out" || true)
		if grep -Eqx "cpu$cpu: $re" <<<"$line"; then
			ok "$opts: $kind $line"
		else
			bad "$opts: $kind cpu$cpu expected, got: ${line:-nothing}"
		fi
		cpu=$((cpu + 1))
	done
}

# refuse MACHINE-OPTIONS MESSAGE [CPU]
refuse() {
	local out rc=0
	out=$(qemu_run "$1" "${3:-}") || rc=$?
	if [ $rc -eq 1 ] && grep -q "$2" <<<"$out"; then
		ok "$1${3:+ -cpu $3}: refused: $(grep -m1 "$2" <<<"$out")"
	else
		bad "$1${3:+ -cpu $3}: exit status $rc, expected 1 and '$2': $out"
	fi
}

expect "gic-version=3" normal normal
expect "gic-version=3,aarch64-only-cpus=1" normal restricted
expect "aarch64-only-cpus=0" restricted normal
expect "aarch64-only-cpus=0-1" restricted restricted
expect "aarch64-only-cpus=1,,0" restricted restricted
refuse "aarch64-only-cpus=5" "CPU 5 does not exist"
refuse "aarch64-only-cpus=x" "invalid CPU list"
refuse "aarch64-only-cpus=1-0" "invalid CPU list"
refuse "aarch64-only-cpus=0,," "invalid CPU list"
refuse "aarch64-only-cpus=0" "supports AArch32 at EL0" cortex-a15
refuse "psci-tos-cpu=5" "CPU 5 does not exist"
refuse "psci-tos-cpu=-1" "invalid CPU"
[ $fail -eq 0 ] && echo "qemu-el0: all passed" || echo "qemu-el0: FAILED"
exit $fail
