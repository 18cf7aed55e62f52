#!/bin/bash
# Build build/kexec: the kexec tool of the pinned kexec-tools source (sources.lock),
# static for arm64, which the kexec kselftest runs inside the guest. Built once.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/kexec src=build/kexec-src
[ -x "$out" ] && exit 0
tarball=build/src/$(awk '$1 == "kexec-tools" { print $3 }' sources.lock)
echo "build-kexec: building $out from $tarball" >&2
rm -rf "$src" && mkdir -p "$src"
tar -xJf "$tarball" -C "$src" --strip-components=1
(cd "$src" && ./configure -q --host=aarch64-linux-gnu --without-zlib --without-lzma \
	--without-xen LDFLAGS=-static && make -s -j"$(nproc)") >build/kexec-build.log 2>&1 ||
	{ tail -20 build/kexec-build.log >&2; exit 1; }
aarch64-linux-gnu-strip -o "$out" "$src/build/sbin/kexec"
