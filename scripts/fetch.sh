#!/bin/bash
# Fetch the pinned source packages listed in sources.lock into build/src and check
# every file against its sha256 (of the Linux bases, that of $SERIES only). Already fetched and verified files are kept.
# apt-get source downloads them from Debian's archive, and checks them against the
# Sources index of the archive's signed InRelease (the hashes of the signed .dsc):
# from bullseye and bookworm (build/apt), or from the suite a line names in its fifth
# field (a private apt configuration with only that suite's sources, build/apt-SUITE).
# A line whose file is a .deb pins a binary package (PACKAGE:ARCH) instead: apt-get
# download checks it against the suite's signed Packages index (build/apt-SUITE-binary),
# and it is unpacked into build/dl/<file without .deb>/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build/src
[ -f build/apt/apt.conf ] || scripts/apt-private.sh build/apt
export APT_CONFIG=$PWD/build/apt/apt.conf

check() { echo "$2  build/src/$1" | sha256sum --quiet -c - >/dev/null 2>&1; }

# Of the kernel bases, only that of the series SERIES selects (scripts/series-lib.sh):
# a 5.10 run does not need, nor depend on the availability of, the mainline base. The
# same for sparse, which only the mainline lint builds (scripts/build-sparse.sh).
. scripts/series-lib.sh
grep -v '^#' sources.lock | while read -r pkg ver file sum suite; do
	[ "$pkg" != linux ] || [ "build/src/$file" = "$series_tarball" ] || continue
	[ "$pkg" != sparse ] || [ "$series_name" = mainline ] || continue
	check "$file" "$sum" && continue
	echo "fetch: $pkg $ver${suite:+ ($suite)}" >&2
	conf=$APT_CONFIG get=(source --download-only) opt=() dir=build/apt-$suite
	if [[ $file == *.deb ]]; then get=(download) opt=(-b) dir+=-binary; fi
	if [ -n "$suite" ]; then
		conf=$PWD/$dir/apt.conf
		[ -f "$conf" ] || scripts/apt-private.sh "${opt[@]}" "$dir" "$suite"
	fi
	(cd build/src && APT_CONFIG=$conf apt-get "${get[@]}" -q "$pkg=$ver" >/dev/null) ||
		{ echo "fetch: $pkg $ver is not in the apt lists${suite:+ of $suite}" >&2; exit 1; }
	check "$file" "$sum" || { echo "fetch: $file does not match sources.lock" >&2; exit 1; }
done
echo "fetch: sources verified" >&2
# The pinned binary packages, unpacked (once: the directory is named after the file).
grep -v '^#' sources.lock | awk '$3 ~ /\.deb$/ { print $3 }' | while read -r file; do
	dest=build/dl/${file%.deb}
	[ -d "$dest" ] && continue
	mkdir -p build/dl && rm -rf "$dest.tmp"
	dpkg-deb -x "build/src/$file" "$dest.tmp"
	mv "$dest.tmp" "$dest"
	echo "fetch: unpacked $file" >&2
done
# The second reference kernel (scripts/run-tests.sh, suite reference-7.3): Debian's 7.3.
ref73=$(awk '!/^#/ && $1 ~ /^linux-binary-unsigned-7\.3\./ { print $3; exit }' sources.lock)
ln -sfn "${ref73%.deb}" build/dl/reference-7.3-kernel

# Debian binary packages for the guest (by name, current bookworm version): busybox for
# the arm64 userland and a 32-bit one for the demo, and the reference kernel (SPEC P2).
fetch_deb() { # package[:arch] -> build/dl/<package>_<arch>/ unpacked
	local dest=build/dl/${1/:/_}
	[ -d "$dest" ] && return
	rm -rf "$dest.tmp" && mkdir -p "$dest.tmp"
	(cd "$dest.tmp" && apt-get download -q "$1" >/dev/null && dpkg-deb -x ./*.deb .)
	echo "fetch: $(basename "$dest.tmp"/*.deb)" >&2
	mv "$dest.tmp" "$dest"
}
fetch_deb busybox-static:arm64
fetch_deb busybox-static:armhf
# A 32-bit glibc userland (guest/armhf-packages).
for pkg in $(grep -v '^#' guest/armhf-packages); do
	fetch_deb "$pkg:armhf"
done
# linux-image-arm64 is a metapackage: take the image it depends on.
ref=$(apt-cache depends linux-image-arm64:arm64 | awk '/Depends: linux-image-/ { print $2; exit }')
fetch_deb "$ref"
ln -sfn "${ref/:/_}" build/dl/reference-kernel
# The soak's tools, trinity and stress-ng, 32-bit and 64-bit (guest/soak-packages),
# only for make soak (FETCH_SOAK=1): make check does not need them.
if [ -n "${FETCH_SOAK:-}" ]; then
	grep -v '^#' guest/soak-packages | while read -r pkg; do
		fetch_deb "$pkg:armhf"
		fetch_deb "$pkg:arm64"
	done
fi
