#!/bin/bash
# The figures of a test run, one line per boot, from its results and console logs
# (scripts/run-tests.sh prints them for KERNEL=debug, before the summary):
#   BOOT: N passed, N failed; reports: KIND N ... (kernel_log); kmemleak: N objects, N of
#   the series; fault injection: N failures injected (alloc_failures); churn: ...
#   scripts/debug-report.sh RESULTS LOGDIR [SUITE]
set -euo pipefail
results=$1 logs=$2 suite=${3:-asym32}
awk -v s="$suite" '$1 == "ok" && $2 == s { print $3 } $1 == "not" && $3 == s { print $4 }' \
	"$results" | uniq | while read -r name; do
	log=$logs/$name.log
	[ -f "$log" ] || continue
	pass=$(grep -c "^ok $suite $name " "$results" || true)
	fail=$(grep -c "^not ok $suite $name " "$results" || true)
	awk -v name="$name" -v pass="$pass" -v fail="$fail" '
		{ sub(/\r$/, "") }
		/^# kernel log reports:/ { sub(/^# kernel log reports: */, ""); reports = $0 }
		/^# kmemleak: [0-9]+ unreferenced objects/ { leaks = $3 " objects, " $6 " of the series" }
		/^# alloc_failure_.*allocation failures injected/ { inj += $3; walks++ }
		/^# churn: [0-9]+ s, operations:/ { sub(/^# churn: /, ""); churn = $0 }
		END {
			line = name ": " pass " passed, " fail " failed"
			line = line "; reports: " (reports == "" ? "(no kernel_log)" : reports)
			if (leaks != "") line = line "; kmemleak: " leaks
			if (walks) line = line "; fault injection: " inj " failures injected in " walks " walks"
			if (churn != "") line = line "; churn: " churn
			print "# " line
		}' "$log"
done
