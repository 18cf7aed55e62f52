#!/bin/bash
# Write a series (scripts/series-lib.sh; SERIES=5.10 by default: patches/), as its
# directory has it, ready for the mailing list to $series_build/series/ (build/series/,
# or build/mainline/series/): git format-patch of the series applied to its base
# (scratch tree $series_build/series-tree, scripts/scratch-tree.sh), threaded under the
# cover letter (subject and text from the series' 0000-cover-letter.patch), with To:
# (maintainers) and Cc: (reviewers, lists) headers from the tree's
# scripts/get_maintainer.pl, offline (--no-git, --no-fixes: the base has no history to
# find who wrote a commit that Fixes: names), per patch; the cover letter goes to all
# of them. Nothing is sent.
# The patches carry a placeholder identity; the sender's, FROM="Name <address>" or else
# git config user.name and user.email, replaces it in From: and Signed-off-by:.
#   scripts/series.sh         SUBJECT_PREFIX="PATCH v2" for a new version
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/series-lib.sh
. scripts/series-lib.sh
tree=$series_build/series-tree out=$series_build/series prefix=${SUBJECT_PREFIX:-PATCH}
placeholder="asym32 <asym32@localhost>"
from=${FROM:-}
if [ -z "$from" ] && name=$(git config user.name) && mail=$(git config user.email); then
	from="$name <$mail>"
fi
if ! [[ $from =~ ^[^\<\>@]+\ \<[^\<\>\ @]+@[^\<\>\ ]+\>$ ]] || [ "$from" = "$placeholder" ]; then
	echo "series: who sends the series? Give FROM=\"Name <address>\" (or set git config" \
	     "user.name and user.email): it replaces the placeholder '$placeholder'" \
	     "in From: and Signed-off-by:${from:+ (got '$from')}" >&2
	exit 2
fi
rm -rf "$out"
scripts/scratch-tree.sh "$tree"
export FROM_NAME=${from% <*} FROM_MAIL=${from##*<} PLACEHOLDER=$placeholder SENDER=$from
FROM_MAIL=${FROM_MAIL%>}
git -C "$tree" filter-branch -f --env-filter '
	export GIT_AUTHOR_NAME=$FROM_NAME GIT_AUTHOR_EMAIL=$FROM_MAIL
	export GIT_COMMITTER_NAME=$FROM_NAME GIT_COMMITTER_EMAIL=$FROM_MAIL' \
	--msg-filter 'awk -v p="Signed-off-by: $PLACEHOLDER" -v n="Signed-off-by: $SENDER" \
		"{ print (\$0 == p ? n : \$0) }"' \
	base..series >/dev/null 2>&1
git -C "$tree" update-ref -d refs/original/refs/heads/series
mkdir -p "$out"
git -C "$tree" -c user.name="$FROM_NAME" -c user.email="$FROM_MAIL" format-patch -q \
	--cover-letter --thread=shallow --subject-prefix="$prefix" -o "$PWD/$out" base..series
cover=$(ls "$out"/0000-*.patch)
scripts/cover-letter.sh "$cover" "$series_dir/0000-cover-letter.patch"
who() { # PATCH get_maintainer-options... -> one address per line
	(cd "$tree" && perl scripts/get_maintainer.pl --no-git --no-git-fallback --no-fixes --no-rolestats \
		--no-multiline "${@:2}" "$1" | tr ',' '\n' | sed 's/^ *//' | grep .) || true
}
header() { # NAME ADDRESS... -> "NAME: a,\n b" or nothing
	[ $# -gt 1 ] || return 0
	printf '%s: %s' "$1" "$2"; shift 2
	[ $# -eq 0 ] || printf ',\n %s' "$@"; echo
}
add_headers() { # PATCH TO-FILE CC-FILE: the headers go last in the mail header
	local to cc
	mapfile -t to < "$2"
	mapfile -t cc < <(grep -vxFf "$2" "$3" || true)
	{ header To "${to[@]}"; header Cc "${cc[@]}"; } > "$1.hdr"
	awk -v hdr="$1.hdr" '!done && /^$/ { while ((getline l < hdr) > 0) print l; done = 1 } { print }' \
		"$1" > "$1.new"
	mv "$1.new" "$1" && rm "$1.hdr"
}
: > "$out/.to-all" && : > "$out/.cc-all"
for p in "$out"/*.patch; do
	[ "$p" = "$cover" ] && continue
	who "$PWD/$p" --no-r --no-l > "$out/.to"
	who "$PWD/$p" --no-m > "$out/.cc"
	add_headers "$p" "$out/.to" "$out/.cc"
	cat "$out/.to" >> "$out/.to-all" && cat "$out/.cc" >> "$out/.cc-all"
done
awk '!seen[$0]++' "$out/.to-all" > "$out/.to" && awk '!seen[$0]++' "$out/.cc-all" > "$out/.cc"
add_headers "$cover" "$out/.to" "$out/.cc"
if grep -lF "${placeholder#* }" "$out"/*.patch; then
	echo "series: the placeholder identity is left in the files above" >&2; exit 1
fi
echo "series: $(($(ls "$out"/*.patch | wc -l) - 1)) patches and a cover letter in $out/;" \
	"the cover letter goes to $(wc -l < "$out/.to") maintainers, Cc $(grep -cvxFf "$out/.to" "$out/.cc")"
rm -f "$out"/.to* "$out"/.cc*
echo "series: check, then send (nothing is sent by make series):"
echo "  git send-email --no-thread --dry-run $out/*.patch"
echo "  git send-email --no-thread $out/*.patch"
