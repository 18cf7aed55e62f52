#!/bin/bash
# Deterministic benchmark of a series (scripts/series-lib.sh; SERIES=5.10 by default)
# against its unpatched base, and for 5.10 against the reference.
#   scripts/bench.sh [-r REPS] [-s SCALE] [-j JOBS] [-k IMAGE] [-d DIR] [-t] [RUN...]
# Boots each RUN under QEMU -icount (guest time counts instructions, one per ns,
# so a figure repeats to a fraction of a percent whatever the host load) with a tiny
# initramfs whose /init is bench/bench.c: it times getpid, sched_getaffinity, a
# sched_setaffinity round trip, a pipe ping-pong of two tasks on one CPU, fork+exit+
# wait and fork+execve of a static program of the same and of the other bitness,
# as a 64-bit (bench64) and a 32-bit (bench32) task pinned to CPU 1, REPS times each
# after a warm-up, and the slab memory each task takes (200 tasks forked).
# Runs (all of the series' by default):
#   base        the unpatched tree (tag base) with our .config, symmetric layout
#   ours        our kernel (build/Image), symmetric, without the parameter
#   ours-param  symmetric with allow_mismatched_32bit_el0
#   ours-quad   quad with allow_mismatched_32bit_el0: mismatched mode
#   ref         5.10 only: Debian's 6.1 (build/dl/reference-kernel), symmetric
#   ref-quad    5.10 only: the reference on quad with allow_mismatched_32bit_el0
#   base-param, base-quad   mainline only: base as ours-param and ours-quad (unpatched
#               7.2.8 is upstream's mismatched mode, so it is the reference there)
# 5.10: base is built out of tree in build/bench/kbuild from a clone build/bench/linux,
# through ccache. SERIES=mainline: base is build/mainline/Image-base (make kernel-base)
# and everything else goes to build/mainline/bench/. Ours is built by
# scripts/build-kernel.sh (base too for mainline), unless -k names the image of
# ours to use (e.g. a copy kept from before a change). Logs are DIR/RUN.log (DIR:
# build/bench/logs, build/mainline/bench/logs); the table is printed from every log
# there (-t: from the logs only, booting nothing). SCALE multiplies the iterations;
# JOBS boots run side by side (the figures do not depend on it: guest time counts
# instructions).
set -euo pipefail
cd "$(dirname "$0")/.."
KERNEL=trimmed
# shellcheck source=scripts/kbuild-lib.sh
. scripts/kbuild-lib.sh
dir=$series_build/bench
# The series' runs, the other series' (refused, with why), and the ratio columns of
# the table: NUMERATOR/DENOMINATOR=HEADING.
if [ "$series_name" = mainline ]; then
	all_runs="base base-param base-quad ours ours-param ours-quad" foreign="ref ref-quad"
	why="the reference 6.1 is for SERIES=5.10; mainline's base, unpatched 7.2.8, is"
	why+=" upstream itself: base-param and base-quad are its mismatched-mode runs"
	ratios="ours/base=ours/base ours-param/base-param=p:ours/base
		ours-quad/base-quad=q:ours/base ours-param/ours=param/ours
		ours-quad/ours-param=quad/param base-quad/base-param=base_q/p"
else
	all_runs="base ours ours-param ours-quad ref ref-quad" foreign="base-param base-quad"
	why="they are for SERIES=mainline: unpatched 5.10.223 has no mismatched mode"
	ratios="ours/base=ours/base ours-param/ours=param/ours ours-quad/ours-param=quad/param
		ref-quad/ref=refquad/ref"
fi
reps=5 scale=1 jobs=1 table_only='' ours_image='' logs=$dir/logs
usage() {
	echo "usage: scripts/bench.sh [-r REPS] [-s SCALE] [-j JOBS] [-k IMAGE] [-d DIR] [-t] [RUN...]" \
	     "(runs: $all_runs)" >&2
	exit 2
}
while getopts r:s:j:k:d:t opt; do
	case $opt in
	r) reps=$OPTARG ;;
	s) scale=$OPTARG ;;
	j) jobs=$OPTARG ;;
	k) ours_image=$OPTARG ;;
	d) logs=$OPTARG ;;
	t) table_only=1 ;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))
[[ $reps =~ ^[1-9][0-9]*$ ]] || { echo "bench: -r $reps: not a positive integer" >&2; usage; }
[[ $jobs =~ ^[1-9][0-9]*$ ]] || { echo "bench: -j $jobs: not a positive integer" >&2; usage; }
[[ $scale =~ ^[0-9]*\.?[0-9]+$ ]] || { echo "bench: -s $scale: not a number" >&2; usage; }
runs=${*:-$all_runs}
for r in $runs; do
	[[ " $foreign " != *" $r "* ]] ||
		{ echo "bench: $r: not a run of SERIES=$series_name: $why" >&2; exit 2; }
	[[ " $all_runs " == *" $r "* ]] || { echo "bench: unknown run '$r'" >&2; usage; }
done
if [ -n "$ours_image" ] && [ ! -f "$ours_image" ]; then
	echo "bench: -k $ours_image: no such image" >&2
	exit 2
fi
ref_images=(build/dl/reference-kernel/boot/vmlinuz-*)
ref_image=${ref_images[0]}
[ -f "$ref_image" ] || ref_image=''
mkdir -p "$logs"

build() {
	local src=$dir/linux
	# Ours, as the tests use it; base with the same .config.
	[ -n "$ours_image" ] || scripts/build-kernel.sh
	ours_image=${ours_image:-$kbuild_image}
	mkdir -p "$dir"
	[ -f "$kbuild_out/.config" ] || { echo "bench: no $kbuild_out/.config (make kernel)" >&2; exit 1; }
	if [ "$series_name" = mainline ]; then
		[[ " $runs " != *" base"* ]] || scripts/build-kernel.sh base
		base_image=$kbuild_image-base src=$series_tree
	else
		build_base
	fi
	aarch64-linux-gnu-gcc -O2 -Wall -static -o "$dir/bench64" bench/bench.c
	arm-linux-gnueabihf-gcc -O2 -Wall -static -o "$dir/bench32" bench/bench.c
	gcc -O2 -o "$dir/gen_init_cpio" "$src/usr/gen_init_cpio.c"
	"$dir/gen_init_cpio" - > "$dir/initramfs.cpio" <<-LIST
	dir /dev 755 0 0
	nod /dev/console 600 0 0 c 5 1
	dir /proc 755 0 0
	dir /sys 755 0 0
	file /init $PWD/$dir/bench64 755 0 0
	file /bench64 $PWD/$dir/bench64 755 0 0
	file /bench32 $PWD/$dir/bench32 755 0 0
	LIST
}

# 5.10: base from a clone of build/linux at tag base, with ours' .config
build_base() {
	local src=$dir/linux out=$PWD/$dir/kbuild
	base_image=$dir/Image-base
	if [ ! -d "$src/.git" ]; then
		echo "bench: cloning the base tree into $src" >&2
		git clone -q --no-checkout build/linux "$src"
	fi
	if [ "$(git -C "$src" rev-parse HEAD 2>/dev/null)" != "$(git -C "$src" rev-parse 'base^{commit}')" ]; then
		git -C "$src" checkout -q --detach base
	fi
	mkdir -p "$out"
	cmp -s "$kbuild_out/.config" "$out/.config.ours" || {
		cp "$kbuild_out/.config" "$out/.config"
		cp "$kbuild_out/.config" "$out/.config.ours"
	}
	if [[ " $runs " == *" base "* ]]; then
		echo "bench: building the base kernel in $out" >&2
		kmake "$PWD/$src" "$out" olddefconfig
		kmake "$PWD/$src" "$out" -j"$(nproc)" Image
		cp "$out/arch/arm64/boot/Image" "$base_image"
	fi
}

# boot RUN: its console log in $logs/RUN.log, kept only when complete
boot() {
	local run=$1 image layout params='' log=$logs/$1.log start=$SECONDS
	case $run in
	base) image=$base_image layout=symmetric ;;
	base-param) image=$base_image layout=symmetric params=allow_mismatched_32bit_el0 ;;
	base-quad) image=$base_image layout=quad params=allow_mismatched_32bit_el0 ;;
	ours) image=$ours_image layout=symmetric ;;
	ours-param) image=$ours_image layout=symmetric params=allow_mismatched_32bit_el0 ;;
	ours-quad) image=$ours_image layout=quad params=allow_mismatched_32bit_el0 ;;
	ref) image=$ref_image layout=symmetric ;;
	ref-quad) image=$ref_image layout=quad params=allow_mismatched_32bit_el0 ;;
	esac
	if [ -z "$image" ]; then
		echo "bench: $run: no reference kernel in build/dl (make fetch)" >&2
		return 1
	fi
	scripts/boot.sh -t 3600 -k "$image" -i "$dir/initramfs.cpio" \
		-q "-icount shift=0,align=off,sleep=off" "$layout" quiet \
		"bench.cpu=1 bench.reps=$reps bench.scale=$scale" $params > "$log.new" 2>&1 || true
	if grep -q '<<<bench done>>>' "$log.new"; then
		mv "$log.new" "$log"
		echo "bench: $run: $((SECONDS - start)) s, $log" >&2
	else
		echo "bench: $run: no result after $((SECONDS - start)) s, see $log.new" >&2
		return 1
	fi
}

if [ -z "$table_only" ]; then
	build
	failed=0
	for run in $runs; do
		boot "$run" &
		while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || failed=1; done
	done
	while [ "$(jobs -rp | wc -l)" -gt 0 ]; do wait -n || failed=1; done
	[ "$failed" = 0 ] || echo "bench: some runs failed; the table has the others" >&2
fi

# The table: the median of the repetitions (the warm-up, rep 0, left out) in ns of
# guest time per operation, its spread (max - min, % of the median), and ratios.
present=
for r in $all_runs; do [ -f "$logs/$r.log" ] && present+="$r "; done
[ -n "$present" ] || { echo "bench: no logs in $logs" >&2; exit 1; }
for r in $present; do
	tr -d '\r' < "$logs/$r.log" | awk -v run="$r" '$1 == "bench" && $4 > 0 { print run, $2, $3, $5 }
		$1 == "memtotal" { print run, $2, "slab_bytes_per_task", $3, "mem" }'
done | awk -v runs="$present" -v ratios="$ratios" '
	{ k = $1 SUBSEP $2 SUBSEP $3; v[k, ++n[k]] = $4; if ($5 == "mem") mem[k] = 1
	  if (!(($2 SUBSEP $3) in seen)) { seen[$2, $3] = 1; order[++nops] = $2 SUBSEP $3 } }
	function med(k,   i, j, t, a, m) {
		m = n[k]; for (i = 1; i <= m; i++) a[i] = v[k, i]
		for (i = 2; i <= m; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
		lo[k] = a[1]; hi[k] = a[m]
		return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2 }
	function cell(r, o,   k) {
		k = r SUBSEP o; if (!(k in n)) return sprintf("%18s", "-")
		if (k in mem) return sprintf("%18.0f", v[k, 1])
		return sprintf("%10.1f ±%5.2f%%", M[k], M[k] ? 100 * (hi[k] - lo[k]) / M[k] : 0) }
	function ratio(a, b, o,   ka, kb) {
		ka = a SUBSEP o; kb = b SUBSEP o
		if (!(ka in M) || !(kb in M) || M[kb] == 0) return sprintf("%11s", "-")
		return sprintf("%11.4f", M[ka] / M[kb]) }
	END {
		nr = split(runs, R, " ")
		for (k in n) M[k] = (k in mem) ? v[k, 1] : med(k)
		printf "%-3s %-20s", "bit", "operation"
		for (i = 1; i <= nr; i++) printf " %18s", R[i]
		nq = split(ratios, Q, " ")
		printf " "
		for (q = 1; q <= nq; q++) { split(Q[q], h, "="); printf " %11s", h[2] }
		printf "\n"
		for (i = 1; i <= nops; i++) {
			split(order[i], p, SUBSEP)
			printf "%-3s %-20s", p[1], p[2]
			for (j = 1; j <= nr; j++) printf " %s", cell(R[j], order[i])
			printf " "
			for (q = 1; q <= nq; q++) { split(Q[q], h, "[/=]"); printf " %s", ratio(h[1], h[2], order[i]) }
			printf "\n"
		}
		print "ns of guest time per operation (-icount shift=0: one instruction per ns): median of the repetitions ± (max - min) / median;"
		print "slab_bytes_per_task: slab bytes taken per task by 200 tasks blocked in read(); quad/param: mismatched mode vs the same kernel on symmetric"
		if (ratios ~ /base_q/) print "p:, q:ours/base: ours against base, both with the parameter, on symmetric (p:) and quad (q:); base_q/p: quad/param of the base"
	}'
