#!/bin/bash
# Check that patches/ applies to the pinned base and, for robustness, to every other
# Linux 5.10.y orig tarball Debian offers (bullseye and bullseye-security source
# packages, through a private apt configuration in build/apply-check/apt; the
# tarballs, ~120 MB each, are downloaded once to build/apply-check/dl). For each
# version, the files the series touches are unpacked and the patches applied in
# order with patch(1): "clean" (exact context, as git am needs; line offsets are
# fine), "with fuzz" (patch/quilt apply it, git am would not) or "fails at patch N".
# The exit status is non-zero when the series does not apply cleanly to the pinned
# version or to a newer one; results on older versions are for information.
#   scripts/apply-check.sh [VERSION...]   upstream versions, e.g. 5.10.262 (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$PWD/build/apply-check
pinned=$(awk '$1 == "linux" && index($2, "5.10.") == 1 { print $3; exit }' sources.lock)
pinned_up=${pinned#linux_} && pinned_up=${pinned_up%.orig.tar.xz}
mkdir -p "$work/dl"
[ -f "$work/apt/apt.conf" ] || scripts/apt-private.sh "$work/apt" bullseye bullseye-security
export APT_CONFIG=$work/apt/apt.conf
# Debian version of each upstream 5.10.y (the latest Debian revision carries its orig).
mapfile -t debvers < <(apt-cache showsrc linux | sed -n 's/^Version: \(5\.10\.[0-9]*-.*\)/\1/p' |
	sort -V | awk -F- '{ v[$1] = $0 } END { for (u in v) print v[u] }' | sort -V)
[ ${#debvers[@]} -gt 0 ] || { echo "apply-check: no linux 5.10 source in the apt lists" >&2; exit 1; }
if [ $# -gt 0 ]; then
	mapfile -t debvers < <(printf '%s\n' "${debvers[@]}" | grep -E "^($(IFS='|'; echo "$*"))-")
	[ ${#debvers[@]} -eq $# ] || { echo "apply-check: unknown version in: $* (Debian has:" \
		"$(apt-cache showsrc linux | sed -n 's/^Version: \(5\.10\.[0-9]*\)-.*/\1/p' | sort -uV | paste -sd' '))" >&2; exit 2; }
fi
mapfile -t patches < <(grep -vE '^(#|$)' patches/series)
# The files the patches modify (those they create need not exist).
files=$(cat "${patches[@]/#/patches/}" | sed -n 's#^--- a/##p' | sort -u)
status=0 results=()
older() { [ "$1" != "$pinned_up" ] && [ "$(printf '%s\n' "$1" "$pinned_up" | sort -V | head -n1)" = "$1" ]; }
for dv in "${debvers[@]}"; do
	up=${dv%%-*} orig=linux_${dv%%-*}.orig.tar.xz
	if [ "$orig" = "$pinned" ]; then tarball=build/src/$orig; else tarball=$work/dl/$orig; fi
	# Some old revisions lack their .dsc on the mirror: only the orig is needed, and
	# it is checked against the sha256 in the (signed) Sources index.
	sum=$(apt-cache showsrc linux | awk -v f="$orig" '/^Checksums-Sha256:/ { c = 1; next }
		/^[^ ]/ { c = 0 } c && $3 == f && !n++ { print $1 }')
	if [ ! -f "$tarball" ]; then
		echo "apply-check: downloading linux $dv" >&2
		(cd "$work/dl" && apt-get source -q --download-only "linux=$dv" >/dev/null 2>&1) || true
	fi
	if ! echo "$sum  $tarball" | sha256sum --quiet -c - 2>/dev/null; then
		results+=("$(printf '%-10s %s' "$up" "not checked: $orig not downloadable or not matching")")
		older "$up" || status=1
		continue
	fi
	dir=$work/linux-$up
	rm -rf "$dir" && mkdir -p "$dir"
	# shellcheck disable=SC2046
	tar -xJf "$tarball" -C "$dir" --strip-components=1 $(sed "s#^#linux-$up/#" <<<"$files") \
		2>/dev/null || true
	fuzz=0 offset=0 result=clean
	for i in "${!patches[@]}"; do
		if ! out=$(patch -d "$dir" -p1 --batch --forward --no-backup-if-mismatch -r - \
			< "patches/${patches[i]}" 2>&1); then
			result="fails at patch $((i + 1)) (${patches[i]}): $(awk '/^patching file/ { f = $3 }
				/FAILED|can.t find|No file/ { print f ": " $0; exit }' <<<"$out")"
			break
		fi
		fuzz=$((fuzz + $(grep -c 'with fuzz' <<<"$out" || true)))
		offset=$((offset + $(grep -c 'offset' <<<"$out" || true)))
	done
	[ "$result" = clean ] && [ $fuzz -gt 0 ] && result="with fuzz ($fuzz hunk(s))"
	[ "$result" = clean ] && [ $offset -gt 0 ] && result="clean ($offset hunk(s) at an offset)"
	# Failing on an older 5.10.y is for information; on the pinned or a newer one, an error.
	[[ "$result" = clean* ]] || older "$up" || status=1
	[ "$orig" = "$pinned" ] && result="$result   <- the pinned base"
	results+=("$(printf '%-10s %s' "$up" "$result")")
	echo "apply-check: ${results[-1]}"
	rm -rf "$dir"
done
echo "== apply-check: ${#patches[@]} patches on ${#debvers[@]} Linux 5.10.y versions from Debian"
printf '%s\n' "${results[@]}"
exit $status
