#!/bin/bash
# The .rst files the series adds or changes: each parses with docutils without a
# warning (Debian's python3-docutils, halting nowhere, reporting level >= WARNING), and
# each new one is named in a toctree of its directory's index.rst. Why not `make
# htmldocs`: 5.10's Documentation/conf.py and extensions predate bookworm's Sphinx 5,
# and for either series a full build takes long; docutils checks the markup of the files themselves, with
# Sphinx's own directives and roles (toctree, kernel-doc, :doc:, :c:func:, ...)
# accepted as opaque. Cross-references between documents are therefore not checked.
#   scripts/lint/docs.sh TREE      (the scratch tree of scripts/lint/lint.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lint/lib.sh
tree=$(realpath "${1:?usage: $0 TREE}")
mapfile -t docs < <(touched "$tree" '^Documentation/.*\.rst$')
[ ${#docs[@]} -gt 0 ] || { echo "lint-docs: no .rst files touched"; exit 0; }
found=0
for f in $(git -C "$tree" diff --name-only --diff-filter=A base series -- "${docs[@]}"); do
	index=$(dirname "$f")/index.rst name=$(basename "$f" .rst)
	[ "$name" = index ] && continue
	grep -qE "^ +$name(\.rst)? *$" "$tree/$index" 2>/dev/null ||
		{ echo "docs: $f: new, but not in a toctree of $index"; found=$((found + 1)); }
done
check_rst() { # FILE... (in TREE)
/usr/bin/python3 - "$@" <<'PY'
import sys
import docutils.core
from docutils import nodes
from docutils.parsers.rst import Directive, directives, roles

class AnyOption(dict):
    def __contains__(self, key): return True
    def __getitem__(self, key): return directives.unchanged

class Opaque(Directive):
    has_content = True
    optional_arguments = 99
    final_argument_whitespace = True
    option_spec = AnyOption()
    def run(self): return []

for d in ("toctree kernel-doc kernel-feat kernel-abi code-block highlight only index "
          "glossary tabularcolumns c:function c:type c:macro c:struct c:union c:enum "
          "c:var c:member").split():
    directives.register_directive(d, Opaque)
def opaque_role(name, rawtext, text, lineno, inliner, options={}, content=[]):
    return [nodes.literal(rawtext, text)], []
for r in ("doc ref c:func c:type c:macro c:data c:member c:struct c:union c:enum "
          "manpage abbr download envvar file kbd menuselection numref option").split():
    roles.register_local_role(r, opaque_role)

bad = 0
for path in sys.argv[1:]:
    class Stream:
        def write(self, s):
            global bad
            bad += 1
            sys.stdout.write(s)
    docutils.core.publish_doctree(open(path, encoding="utf-8").read(), source_path=path,
        settings_overrides={"report_level": 2, "halt_level": 5, "warning_stream": Stream(),
                            "file_insertion_enabled": True})
raise SystemExit(1 if bad else 0)
PY
}
if ! out=$(cd "$tree" && check_rst "${docs[@]}" 2>&1); then
	n=$(grep -cE '\((WARNING|ERROR|SEVERE)/[0-9]\)' <<<"$out" || true)
	found=$((found + (n > 0 ? n : 1)))
fi
[ -n "$out" ] && sed 's/^/docs: /' <<<"$out"
echo "lint-docs: $found findings in ${#docs[@]} .rst files"
[ "$found" -eq 0 ]
