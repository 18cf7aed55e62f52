#!/bin/bash
# W=1 and sparse (C=2) on the kernel .c files the series touches that our config
# (configs/asym32.config) compiles, at the base and with the series; fails on a
# warning the series adds in a file it touches. Single-object builds in TREE/../kbuild
# (e.g. build/lint/kbuild; build/kbuild is left alone). Warnings are compared without
# line numbers (lib.sh); a warning the series causes in a file it does not touch
# (say, an untouched header) is not reported.
#   scripts/lint/build.sh TREE      (the scratch tree of scripts/lint/lint.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/kbuild-lib.sh
. scripts/lint/lib.sh
tree=$(realpath "${1:?usage: $0 TREE}") && out=$(dirname "$tree")/kbuild
work=$(mktemp -d) && trap 'git -C "$tree" checkout -q series; rm -rf "$work"' EXIT
mapfile -t srcs < <(touched "$tree" '\.c$' | grep -Ev '^(tools|scripts|samples|usr|Documentation)/')
if kstale "$out/.config"; then kconfigure "$tree" "$out"; fi
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
	kmake "$tree" "$out" W=1 C=2 "${built[@]}" >"$work/$rev.sparse" 2>&1 || true
}
build series
build base
added_lines "$tree" > "$work/added"
touched "$tree" > "$work/touched"
summary=()
for kind in w1 sparse; do
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
echo "lint-build: ${summary[0]}, ${summary[1]} warnings in ${#built[@]} objects"
exit $fail
