#!/usr/bin/awk -f
# Turn the console log of one test boot into result lines
#   ok|not ok KERNEL RUN TEST: DESCRIPTION [# SKIP reason]
# (prefix="KERNEL RUN", tests="a,b,c" the kselftests that were to run). A kselftest
# that did not finish, or exited non-zero without a failed TAP line, is a failure,
# and so is a boot that did not reach the end. A failed test is followed by the
# kselftest's diagnostic lines ("# ...") printed since its previous result, indented,
# so that a CI log says why.
# With console=1 (a series without the kernel_log kselftest), the console itself is
# checked too: one "console: no_KIND" line per kind of kernel report, failed with the
# first such line when the boot printed one.
# A kselftest whose outcome only the console shows (e.g. what the old kernel
# printed on its way to kexec) prints '# console expects "TEXT" for NAME': NAME
# then passes if a later console line contains TEXT.
BEGIN {
	ntests = split(tests, want, ",")
	nkinds = split("warning bug oops soft_lockup hard_lockup panic", kinds, " ")
}
{ sub(/\r$/, "") }
cur != "" && /^# console expects ".*" for [a-z0-9_]+$/ {
	n = ++nexpect; expect_test[n] = cur
	expect_name[n] = $NF
	expect_text[n] = $0; sub(/^# console expects "/, "", expect_text[n])
	sub(/" for [a-z0-9_]+$/, "", expect_text[n])
	next
}
{ for (i = 1; i <= nexpect; i++) if (index($0, expect_text[i])) expect_seen[i] = 1 }
console && /WARNING: .* at / && !seen["warning"] { seen["warning"] = $0 }
console && /kernel BUG at |BUG: / && !seen["bug"] { seen["bug"] = $0 }
console && /Internal error: |Unable to handle kernel / && !seen["oops"] { seen["oops"] = $0 }
console && /soft lockup - CPU/ && !seen["soft_lockup"] { seen["soft_lockup"] = $0 }
console && /Watchdog detected hard LOCKUP/ && !seen["hard_lockup"] { seen["hard_lockup"] = $0 }
console && /Kernel panic - not syncing/ && !seen["panic"] { seen["panic"] = $0 }
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
	for (i = 1; i <= nexpect; i++) {
		printf "%s %s %s: %s\n", expect_seen[i] ? "ok" : "not ok", prefix,
		       expect_test[i], expect_name[i]
		if (!expect_seen[i])
			printf "#   no console line with \"%s\"\n", expect_text[i]
	}
	if (!done)
		printf "not ok %s boot: init_did_not_finish (the test init did not reach its end)\n",
		       prefix
	for (i = 1; console && i <= nkinds; i++) {
		k = kinds[i]
		printf "%s %s console: no_%s\n", k in seen ? "not ok" : "ok", prefix, k
		if (k in seen)
			print "#   " seen[k]
	}
}
