#!/bin/bash
# Install the Debian packages listed in scripts/host-packages.txt that are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=$(grep -v '^#' scripts/host-packages.txt | while read -r pkg; do
	dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q '^install ok installed' ||
		echo "$pkg"
done)
[ -n "$missing" ] || exit 0
sudo=
[ "$(id -u)" = 0 ] || sudo=sudo
echo "install-deps: installing" $missing >&2
$sudo apt-get update -q >&2
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing >&2
