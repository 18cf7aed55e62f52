#!/bin/bash
# Boot the emulated asymmetric SoC.
#   scripts/boot.sh [-k KERNEL] [-i INITRD] [-t SECONDS] [-q QEMU-ARGS] LAYOUT
#                   [KERNEL PARAMETER...]
# KERNEL and INITRD default to those of $KERNEL (scripts/kbuild-lib.sh: build/Image).
# LAYOUT is a name from ./layouts (CPU count, AArch64-only CPUs, QEMU CPU model, the
# CPU of a resident Trusted OS). The guest learns which CPUs run AArch32 EL0 from
# asym32.el0= (the tests compare the kernel's view with it). With -t the boot is
# non-interactive and killed after SECONDS (exit status 124), or earlier, 10 s after
# the console shows a hard lockup or a panic (exit status 3): see stop_after_fatal.
# -q adds QEMU arguments, split at blanks (e.g. -q '-icount shift=0' for
# scripts/bench.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/kbuild-lib.sh
. scripts/kbuild-lib.sh
kernel=$kbuild_image initrd=$kbuild_initrd timeout=
extra=()
while getopts k:i:t:q: opt; do
	case $opt in
	k) kernel=$OPTARG ;;
	i) initrd=$OPTARG ;;
	t) timeout=$OPTARG ;;
	q) read -ra words <<<"$OPTARG"; extra+=("${words[@]}") ;;
	*) exit 2 ;;
	esac
done
shift $((OPTIND - 1))
layout=${1:-}
read -r _ cpus only model tos _ < <(awk -v l="$layout" '$1 == l' layouts) || {
	echo "boot: unknown layout '$layout'; known layouts:" >&2
	grep -v '^#' layouts | sed 's/^/  /' >&2
	exit 2
}
if ! [[ $cpus =~ ^[1-9][0-9]*$ && $only =~ ^(-|[0-9,-]+)$ &&
	$model =~ ^(cortex-|neoverse-)[a-z0-9]+$|^max$ && $tos =~ ^(-|[0-9]+)$ ]]; then
	echo "boot: layout '$layout' in ./layouts is malformed: expected" \
	     "'NAME CPUS AARCH64-ONLY CPU-MODEL TOS DESCRIPTION', e.g." \
	     "'quad 4 2-3 cortex-a76 - ...' (AARCH64-ONLY '-' for none;" \
	     "CPU-MODEL a QEMU AArch64 CPU: cortex-*, neoverse-* or max;" \
	     "TOS the CPU of a resident Trusted OS, '-' for none)" >&2
	exit 2
fi
shift
for f in "$kernel" "$initrd" build/qemu-system-aarch64; do
	[ -f "$f" ] || { echo "boot: $f missing (make kernel qemu initramfs)" >&2; exit 2; }
done

# No ITS: nothing here uses MSIs, and a kernel started by kexec, without EFI to tell
# it where its predecessor put the LPI tables that the GIC goes on using, allocates
# that memory again ("Booted with LPIs enabled, memory probably corrupted") and boots
# about two times slower (docs/emulated-soc.md).
machine=virt,virtualization=on,gic-version=3,its=off
[ "$tos" = - ] || machine+=,psci-tos-cpu=$tos
if [ "$only" = - ]; then
	only=
else
	machine+=,aarch64-only-cpus=${only//,/,,}
fi
# The CPUs that run AArch32 EL0: all but the AArch64-only ones.
el0=$(awk -v n="$cpus" -v only="$only" 'BEGIN {
	split(only, ranges, ",")
	for (i in ranges) {
		split(ranges[i], r, "-")
		for (c = r[1]; c <= (r[2] == "" ? r[1] : r[2]); c++)
			skip[c] = 1
	}
	for (c = 0; c < n; c++)
		if (!(c in skip))
			printf "%s%d", (sep++ ? "," : ""), c
}')
qemu=(build/qemu-system-aarch64 -M "$machine" -cpu "$model" -smp "$cpus" -m 1G
      -nographic -nic none -no-reboot -kernel "$kernel" -initrd "$initrd"
      -append "console=ttyAMA0 panic=-1 asym32.el0=$el0 $*" "${extra[@]}")
# A non-interactive boot does not wait out its timeout once the kernel can no longer
# recover: a hard lockup (a CPU that takes no interrupt; the detectors of newer
# kernels report it again and again) or a panic that did not end the boot (panic=-1
# resets at once, so this only catches a panic whose reset hangs). Soft lockups and
# RCU stalls are left alone: they can pass (a debug kernel under KASAN has a known
# one). The console is copied line by line as it comes (bash's read: awk may wait
# for a full buffer); GRACE seconds after the first such line QEMU is stopped, so that
# the log still gets the reports that follow, and the log says so.
fatal='Watchdog detected hard LOCKUP|Kernel panic - not syncing'
grace=10
stop_after_fatal() {
	local dir pid rc line first='' deadline='' wait=() stopped=''
	dir=$(mktemp -d)
	# shellcheck disable=SC2064 # $dir is fixed now
	trap "rm -rf '$dir'" EXIT
	mkfifo "$dir/console"
	timeout --foreground -k 5 "$timeout" "${qemu[@]}" </dev/null >"$dir/console" 2>&1 &
	pid=$!
	exec 3<"$dir/console"
	while :; do
		if [ -n "$deadline" ]; then
			[ "$SECONDS" -lt "$deadline" ] || { stopped=1; break; }
			wait=(-t $((deadline - SECONDS)))
		fi
		rc=0
		IFS= read -r -u 3 "${wait[@]}" line || rc=$?
		if [ "$rc" = 0 ]; then
			printf '%s\n' "$line"
		else	# end of the console, or the grace period is over: a partial line
			printf '%s' "$line"
			[ "$rc" -gt 128 ] || break
		fi
		if [ -z "$first" ] && [[ $line =~ $fatal ]]; then
			first=$line deadline=$((SECONDS + grace))
		fi
	done
	if [ -n "$stopped" ]; then
		kill "$pid" 2>/dev/null || true
		cat <&3	# QEMU's last words
		wait "$pid" || true
		printf '\nboot: stopped %s s after the console showed: %s\n' "$grace" "${first%$'\r'}"
		return 3
	fi
	rc=0
	wait "$pid" || rc=$?
	return "$rc"
}
if [ -n "$timeout" ]; then
	stop_after_fatal
	exit
fi
exec "${qemu[@]}"
