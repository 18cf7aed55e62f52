#!/bin/bash
# Set up a private apt configuration under build/apt (no change to the system's apt):
# deb-src for bullseye (Linux 5.10) and bookworm (QEMU 7.2), and arm64/armhf binaries
# from bookworm (the reference kernel and busybox). It uses the Debian mirror the
# machine is already configured with; no mirror host is written into the repo.
# Usage: scripts/apt-private.sh [-b] DIR [SUITE...]
#   With SUITEs (e.g. bullseye bullseye-security), only deb-src lines for those, the
#   *-security ones from the security mirror the machine is configured with; with -b,
#   binary lines (arm64 and armhf) for those instead, for apt-get download.
set -euo pipefail
type=deb-src
if [ "${1:-}" = -b ]; then type="deb [arch=arm64,armhf]"; shift; fi
dir=$(realpath -m "${1:?usage: $0 [-b] DIR [SUITE...]}")
mkdir -p "$dir"/{lists/partial,cache/archives/partial,etc/preferences.d}

mirror=$( (cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null || true) |
	 grep -oE '(https?|file)://[^ ]*/debian/?( |$)' | grep -v security | head -n1 | tr -d ' ' || true)
[ -n "$mirror" ] || { echo "$0: no Debian mirror found in /etc/apt" >&2; exit 1; }

if [ $# -gt 1 ]; then
	security=$( (cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null || true) |
		grep -oE '(https?|file)://[^ ]*/debian-security/?( |$)' | head -n1 | tr -d ' ' || true)
	for suite in "${@:2}"; do
		case "$suite" in
		*-security) if [ -n "$security" ]; then echo "$type $security $suite main"
			    else echo "$0: no security mirror in /etc/apt, skipping $suite" >&2; fi ;;
		*) echo "$type $mirror $suite main" ;;
		esac
	done > "$dir/etc/sources.list"
else
	cat > "$dir/etc/sources.list" <<SRC
deb-src $mirror bullseye main
deb-src $mirror bookworm main
deb [arch=arm64,armhf] $mirror bookworm main
SRC
fi

cat > "$dir/apt.conf" <<CONF
Dir::Etc::SourceList "$dir/etc/sources.list";
Dir::Etc::SourceParts "/nonexistent";
Dir::Etc::Preferences "/nonexistent";
Dir::Etc::PreferencesParts "$dir/etc/preferences.d";
Dir::State::Lists "$dir/lists";
Dir::State::Status "$dir/status";
Dir::Cache "$dir/cache";
APT::Architectures { "amd64"; "arm64"; "armhf"; };
APT::Sandbox::User "root";
CONF
touch "$dir/status"
APT_CONFIG="$dir/apt.conf" apt-get update -q >&2
