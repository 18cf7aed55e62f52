# shellcheck shell=bash
# Sourced by the scripts that work on one series (tree.sh, export.sh,
# check-exported.sh, scratch-tree.sh, kbuild-lib.sh, series.sh, lint/, and through
# kbuild-lib.sh bisect-check.sh and bench.sh): which series
# SERIES names, where its patches, its tree and its pinned base are. Sets, relative
# to the repo root:
#   series_name     5.10 or mainline
#   series_dir      the patches: format-patch files, quilt series, cover letter
#   series_tree     the materialised tree: the base (tag "base") + one commit per patch
#   series_build    where its kernels are built (scripts/kbuild-lib.sh), its lint
#                   (lint/), its mails (series.sh), its bisect-check (bisect/) and its
#                   bench (bench/) are written
#   series_tarball  the base's orig tarball in build/src (its sources.lock line)
#   series_version  the base's upstream version
#   series_date     the date of the base commit (a fixed one: the same base, the same id)
# SERIES=5.10 (the default): patches/ against Linux 5.10.223, tree build/linux.
# SERIES=mainline: mainline/ against Linux 7.2.8, tree build/mainline/linux.
# shellcheck disable=SC2034 # used by the scripts that source this file
series_select() {
	local line root
	root=$(realpath "$(dirname "${BASH_SOURCE[0]}")/..")
	series_name=${SERIES:-5.10}
	case $series_name in
	5.10) series_dir=patches series_tree=build/linux series_build=build
	      line=5.10 series_date=2024-07-27T00:00:00Z ;;
	mainline) series_dir=mainline series_tree=build/mainline/linux series_build=build/mainline
		  line=7.2 series_date=2026-09-25T00:00:00Z ;;
	*) echo "SERIES=$SERIES: unknown series (5.10, mainline)" >&2; return 2 ;;
	esac
	# The Debian source package "linux" of that kernel line in sources.lock.
	series_tarball=$(awk -v l="$line." '$1 == "linux" && index($2, l) == 1 { print $3; exit }' \
		"$root/sources.lock")
	[ -n "$series_tarball" ] || { echo "SERIES=${SERIES:-5.10}: no linux $line.y in sources.lock" >&2; return 1; }
	series_version=${series_tarball#linux_} series_version=${series_version%.orig.tar.xz}
	series_tarball=build/src/$series_tarball
}
series_select || exit
