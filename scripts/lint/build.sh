#!/bin/bash
# W=1 and sparse (C=2) on the kernel .c files the series touches that our config
# compiles (the trimmed kernel of scripts/kbuild-lib.sh: configs/asym32.config, plus
# configs/mainline.config for SERIES=mainline), at the base and with the series; fails
# on a warning the series adds in a file it touches. Single-object builds in
# TREE/../kbuild (build/lint/kbuild, build/mainline/lint/kbuild; the kernels' own
# build directories are left alone). Warnings are compared without line numbers
# (lib.sh); a warning the series causes in a file it does not touch (say, an untouched
# header) is not reported. A tree whose scripts/checker-valid.sh rejects the installed
# sparse (7.2 wants __typeof_unqual__, which Debian 12's sparse 0.6.4 lacks) gets the
# sparse of scripts/build-sparse.sh. Should the kernel still build without a checker,
# the summary says "sparse not run"; W=1 is checked all the same.
#   scripts/lint/build.sh TREE      (the scratch tree of scripts/lint/lint.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/kbuild-lib.sh
. scripts/lint/lib.sh
tree=$(realpath "${1:?usage: $0 TREE}") && out=$(dirname "$tree")/kbuild
work=$(mktemp -d) && trap 'git -C "$tree" checkout -q series; rm -rf "$work"' EXIT
mapfile -t srcs < <(touched "$tree" '\.c$' | grep -Ev '^(tools|scripts|samples|usr|Documentation)/')
# A file the kernel compiles only inside another one (kernel/sched/build_policy.c
# includes deadline.c and syscalls.c) is built through that file's object: alone it
# lacks the headers the other includes first. Its warnings still name it.
for i in "${!srcs[@]}"; do
	unit=$(grep -lxF "#include \"${srcs[i]##*/}\"" "$tree/${srcs[i]%/*}"/*.c 2>/dev/null | head -n1 || true)
	[ -z "$unit" ] || srcs[i]=${unit#"$tree"/}
done
mapfile -t srcs < <(printf '%s\n' "${srcs[@]}" | sort -u)
if kstale "$out/.config"; then kconfigure "$tree" "$out"; fi
checker=sparse
if [ -x "$tree/scripts/checker-valid.sh" ] &&
	[ "$("$tree/scripts/checker-valid.sh" sparse --arch=arm64 -mlittle-endian -m64)" != 1 ]; then
	checker=$(scripts/build-sparse.sh)
fi
built=() fail=0
build() { # REV -> $work/REV.w1, $work/REV.sparse; the objects that fail at "series" count
	local rev=$1 src log=$work/$1.log
	git -C "$tree" checkout -q "$rev"
	: > "$work/$rev.w1"
	kmake "$tree" "$out" -j"$(nproc)" W=1 prepare >/dev/null 2>&1
	for src in "${srcs[@]}"; do
		[ -f "$tree/$src" ] || continue
		[ "$rev" = base ] && ! printf '%s\n' "${built[@]}" | grep -qxF "${src%.c}.o" && continue
		rm -f "$out/${src%.c}.o"
		if kmake "$tree" "$out" W=1 "${src%.c}.o" >"$log" 2>&1; then
			[ "$rev" = series ] && built+=("${src%.c}.o")
		elif grep -q "No rule to make target '${src%.c}.o'" "$log"; then
			echo "lint-build: $src: not in our config, skipped"
		else
			echo "lint-build: $src does not build at $rev:"; cat "$log"; fail=1
		fi
		cat "$log" >> "$work/$rev.w1"
	done
	[ ${#built[@]} -eq 0 ] && : > "$work/$rev.sparse" && return
	kmake "$tree" "$out" W=1 C=2 CHECK="$checker" "${built[@]}" >"$work/$rev.sparse" 2>&1 || true
}
build series
build base
added_lines "$tree" > "$work/added"
touched "$tree" > "$work/touched"
summary=() kinds="w1 sparse"
if grep -h 'specified, but .* is not available or not up to date' "$work"/*.sparse | head -n1 |
	sed 's/^.*: /sparse: not run: the kernel says: /' | grep .; then
	kinds=w1
fi
for kind in $kinds; do
	for rev in base series; do
		diagnostics "$tree" < "$work/$rev.$kind" |
			awk -F: 'NR == FNR { t[$0]; next } $1 in t' "$work/touched" - > "$work/$rev.$kind.d"
	done
	new_findings "$work/base.$kind.d" "$work/series.$kind.d" "$work/added" > "$work/new.$kind"
	name=$([ $kind = w1 ] && echo "W=1" || echo sparse)
	sed "s/^/$name: /" "$work/new.$kind"
	summary+=("$name $(wc -l < "$work/new.$kind") new ($(wc -l < "$work/base.$kind.d") at base)")
	[ ! -s "$work/new.$kind" ] || fail=1
done
if [ "$kinds" = w1 ]; then
	echo "lint-build: ${summary[0]} warnings in ${#built[@]} objects;" \
		"sparse not run: the kernel rejects ${checker#"$PWD"/}"
else
	[ "$checker" = sparse ] || summary[1]+=" (${checker#"$PWD"/})"
	echo "lint-build: ${summary[0]}, ${summary[1]} warnings in ${#built[@]} objects"
fi
exit $fail
