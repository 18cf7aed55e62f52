#!/bin/bash
# Fill in a cover letter from `git format-patch --cover-letter` (its SUBJECT HERE and
# BLURB HERE placeholders) with the subject and text of patches/0000-cover-letter.patch
# (or OLD), keeping git's fresh shortlog and diffstat. Used by export.sh and series.sh.
#   scripts/cover-letter.sh COVER [OLD]      (COVER is rewritten in place)
set -euo pipefail
cover=${1:?usage: $0 COVER [OLD]} old=${2:-$(dirname "$0")/../patches/0000-cover-letter.patch}
[ -f "$old" ] || { echo "cover-letter: no $old" >&2; exit 1; }
grep -q '\*\*\* BLURB HERE \*\*\*' "$cover" || { echo "cover-letter: $cover has no placeholder" >&2; exit 1; }
subject=$(sed -n 's/^Subject: \[PATCH[^]]*\] //p' "$old")
blurb=$(mktemp) && trap 'rm -f "$blurb" "$cover.new"' EXIT
awk 'body && /^[^ ].* \([0-9]+\):$/ { exit } body { print } /^$/ { body = 1 }' "$old" > "$blurb"
awk -v subject="$subject" -v blurb="$blurb" '
	/\*\*\* SUBJECT HERE \*\*\*/ { sub(/\*\*\* SUBJECT HERE \*\*\*/, subject) }
	/^\*\*\* BLURB HERE \*\*\*$/ { while ((getline l < blurb) > 0) print l; skip = 1; next }
	skip && /^$/ { skip = 0; next }
	{ print }' "$cover" > "$cover.new"
mv "$cover.new" "$cover"
