#!/usr/bin/awk -f
# Turn the console log of one test boot into result lines
#   ok|not ok KERNEL RUN TEST: DESCRIPTION [# SKIP reason]
# (prefix="KERNEL RUN", tests="a,b,c" the kselftests that were to run). A kselftest
# that did not finish, or exited non-zero without a failed TAP line, is a failure,
# and so is a boot that did not reach the end. A failed test is followed by the
# kselftest's diagnostic lines ("# ...") printed since its previous result, indented,
# so that a CI log says why.
BEGIN { ntests = split(tests, want, ",") }
{ sub(/\r$/, "") }
/^<<<asym32 begin / { cur = $3; sub(/>>>$/, "", cur); started[cur] = 1; failed = 0; ndiag = 0; next }
/^<<<asym32 end / {
	rc = $4; sub(/^rc=/, "", rc); sub(/>>>$/, "", rc)
	if (rc != 0 && rc != 4 && !failed) {
		printf "not ok %s %s: exited with status %s\n", prefix, cur, rc
		print_diag()
	}
	finished[cur] = 1; cur = ""; next
}
/^<<<asym32 done>>>/ { done = 1; next }
cur != "" && /^(not )?ok [0-9]+ / {
	ok = $1 == "ok"
	line = $0; sub(/^(not )?ok [0-9]+ /, "", line)
	if (!ok) failed = 1
	printf "%s %s %s: %s\n", ok ? "ok" : "not ok", prefix, cur, line
	if (!ok)
		print_diag()
	ndiag = 0
	next
}
cur != "" && (/^# / && !/^# Totals: / || /^Bail out!/) { if (ndiag < 20) diag[++ndiag] = $0 }
function print_diag(	i) { for (i = 1; i <= ndiag; i++) print "#   " diag[i] }
cur != "" && /^1\.\.0 # SKIP/ { line = $0; sub(/^1\.\.0 /, "", line)
	printf "ok %s %s: %s\n", prefix, cur, line }
END {
	for (i = 1; i <= ntests; i++)
		if (!finished[want[i]])
			printf "not ok %s %s: did_not_finish (kernel crash or timeout?)\n",
			       prefix, want[i]
	if (!done)
		printf "not ok %s boot: init_did_not_finish (the test init did not reach its end)\n",
		       prefix
}
