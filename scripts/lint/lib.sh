# shellcheck shell=bash
# Sourced by the checks in scripts/lint/ and by scripts/config-matrix.sh. TREE is the
# scratch tree of scripts/lint/lint.sh: tag "base" (the series' pinned base, 5.10.223
# or 7.2.8) and branch "series" (patches/ or mainline/ applied).
#   touched TREE [ERE]        files the series adds or modifies (that match ERE)
#   added_lines TREE          "path:line" for every line the series adds
#   diagnostics TREE          stdin -> the "path:line[:col]: warning|error: msg" lines,
#                             with paths made relative to TREE
#   new_findings BASE HEAD ADDED
#                             HEAD's diagnostics that BASE lacks, compared without line
#                             numbers (they move); when a message repeats, the copies on
#                             lines the series adds are reported first
touched() {
	git -C "$1" diff --name-only --diff-filter=AM base series | grep -E "${2:-.}" || true
}

added_lines() {
	git -C "$1" diff -U0 base series | awk '
		/^\+\+\+ b\// { f = substr($0, 7) }
		/^@@ / { split($3, a, ","); s = substr(a[1], 2); n = (a[2] == "") ? 1 : a[2]
			 for (i = 0; i < n; i++) print f ":" s + i }'
}

diagnostics() {
	local t
	t=$(realpath "$1")
	sed -e "s#^$t/##" -e "s#^\.\./$(basename "$t")/##" |
		grep -E '^[^ :]+:[0-9]+:([0-9]+:)? (warning|error): ' || true
}

new_findings() {
	awk -v basef="$1" -v addedf="$3" '
		function key(l,  k, p) { k = l; sub(/^[^:]+:[0-9]+:([0-9]+:)? /, "", k)
					 split(l, p, ":"); return p[1] ": " k }
		function loc(l,  p) { split(l, p, ":"); return p[1] ":" p[2] }
		FILENAME == addedf { added[$0] = 1; next }
		FILENAME == basef { base[key($0)]++; next }
		{ line[++n] = $0; surplus[key($0)]++ }
		END {
			for (k in surplus) surplus[k] -= base[k]
			for (i = 1; i <= n; i++)
				if (surplus[key(line[i])] > 0 && (loc(line[i]) in added)) {
					pick[i] = 1; surplus[key(line[i])]-- }
			for (i = 1; i <= n; i++)
				if (!(i in pick) && surplus[key(line[i])] > 0) {
					pick[i] = 1; surplus[key(line[i])]-- }
			for (i = 1; i <= n; i++) if (i in pick) print line[i]
		}' "$3" "$1" "$2"
}
