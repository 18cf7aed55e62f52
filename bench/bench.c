// SPDX-License-Identifier: GPL-2.0
/*
 * The cost of the operations the asym32 series touches, for scripts/bench.sh:
 * run under QEMU -icount, where guest time counts instructions, so that the
 * figures repeat and kernels can be compared to a fraction of a percent.
 *
 *   bench [-r REPS] [-s SCALE] [-c CPU] [-o OTHER] run    time every operation
 *   bench [-n TASKS] mem                                 slab bytes per task
 *   bench exit                                           exit at once (exec'd)
 *
 * The task is pinned to CPU 1 (-c); the sched_setaffinity round trip widens
 * its affinity to every CPU and narrows it back (no migration), the migrate
 * one moves it to CPU 0 and back.
 *
 * Run as /init (pid 1), it mounts /proc and /sys, reads bench.cpu=, bench.reps=
 * and bench.scale= from the kernel command line, runs "run" and "mem" for
 * /bench64 and for /bench32, each in a child of its own, then powers off. Output lines:
 *   bench BITS OP REP NS      ns (guest time) per operation, REP 0 is a warm-up
 *   mem BITS CACHE OBJSIZE OBJS_PER_TASK
 *   memtotal BITS BYTES_PER_TASK
 * Built static for aarch64 (bench64) and armhf (bench32).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BITS ((int)sizeof(long) * 8)

static int reps = 5, cpu = 1;
static double scale = 1;
static const char *self, *other;

static void die(const char *what)
{
	fprintf(stderr, "bench%d: %s: %s\n", BITS, what, strerror(errno));
	exit(1);
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void pin(int c)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(c, &set);
	if (sched_setaffinity(0, sizeof(set), &set))
		die("sched_setaffinity");
}

static cpu_set_t all_cpus;

static void op_getpid(long n)
{
	while (n--)
		syscall(SYS_getpid);
}

static void op_getaffinity(long n)
{
	cpu_set_t set;

	while (n--)
		if (syscall(SYS_sched_getaffinity, 0, sizeof(set), &set) < 0)
			die("sched_getaffinity");
}

/* Widen to every CPU and back to ours: no migration, the affinity code only */
static void op_setaffinity(long n)
{
	cpu_set_t one;

	CPU_ZERO(&one);
	CPU_SET(cpu, &one);
	while (n--)
		if (syscall(SYS_sched_setaffinity, 0, sizeof(all_cpus), &all_cpus) ||
		    syscall(SYS_sched_setaffinity, 0, sizeof(one), &one))
			die("sched_setaffinity");
}

/* Move to CPU 0 and back: two migrations through the stopper */
static void op_migrate(long n)
{
	cpu_set_t here, there;

	CPU_ZERO(&here);
	CPU_SET(cpu, &here);
	CPU_ZERO(&there);
	CPU_SET(cpu ? 0 : 1, &there);
	while (n--)
		if (syscall(SYS_sched_setaffinity, 0, sizeof(there), &there) ||
		    syscall(SYS_sched_setaffinity, 0, sizeof(here), &here))
			die("sched_setaffinity");
}

/* Two tasks on one CPU pass a byte back and forth: two switches a round */
static void op_pipe(long n)
{
	int ab[2], ba[2];
	char c = 0;
	pid_t pid;

	if (pipe(ab) || pipe(ba))
		die("pipe");
	pid = fork();
	if (pid < 0)
		die("fork");
	if (!pid) {
		close(ab[1]);
		close(ba[0]);
		while (read(ab[0], &c, 1) == 1 && write(ba[1], &c, 1) == 1)
			;
		_exit(0);
	}
	while (n--)
		if (write(ab[1], &c, 1) != 1 || read(ba[0], &c, 1) != 1)
			die("pipe ping-pong");
	close(ab[1]);
	waitpid(pid, NULL, 0);
	close(ab[0]);
	close(ba[0]);
	close(ba[1]);
}

static void op_fork(long n)
{
	pid_t pid;

	while (n--) {
		pid = fork();
		if (pid < 0)
			die("fork");
		if (!pid)
			_exit(0);
		waitpid(pid, NULL, 0);
	}
}

static void fork_exec(long n, const char *path)
{
	char *argv[] = { (char *)path, "exit", NULL };
	char *envp[] = { NULL };
	int status;
	pid_t pid;

	while (n--) {
		pid = fork();
		if (pid < 0)
			die("fork");
		if (!pid) {
			execve(path, argv, envp);
			_exit(127);
		}
		if (waitpid(pid, &status, 0) < 0 || status) {
			fprintf(stderr, "bench%d: exec %s: status %#x\n", BITS, path, status);
			exit(1);
		}
	}
}

static void op_exec_same(long n)
{
	fork_exec(n, self);
}

static void op_exec_other(long n)
{
	fork_exec(n, other);
}

static const struct op {
	const char *name;
	void (*fn)(long n);
	long n;
} ops[] = {
	{ "getpid", op_getpid, 20000 },
	{ "sched_getaffinity", op_getaffinity, 20000 },
	{ "sched_setaffinity", op_setaffinity, 5000 },
	{ "setaffinity_migrate", op_migrate, 1000 },
	{ "pipe_pingpong", op_pipe, 4000 },
	{ "fork_exit_wait", op_fork, 400 },
	{ "fork_exec_same", op_exec_same, 150 },
	{ "fork_exec_other", op_exec_other, 150 },
};

static void settle(void);

static void run(void)
{
	unsigned int i;
	double t;
	long n;
	int r;

	if (sched_getaffinity(0, sizeof(all_cpus), &all_cpus))
		die("sched_getaffinity");
	pin(cpu);
	/* The work left by what ran before (frees of exited tasks) first */
	settle();
	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		if (ops[i].fn == op_exec_other && !other)
			continue;
		n = ops[i].n * scale;
		if (n < 1)
			n = 1;
		for (r = 0; r <= reps; r++) {
			t = now();
			ops[i].fn(n);
			t = now() - t;
			printf("bench %d %s %d %.1f\n", BITS, ops[i].name, r, t / n);
			fflush(stdout);
		}
	}
}

/* /proc/slabinfo: name active_objs num_objs objsize ... */
#define MAX_CACHES 256
struct cache {
	char name[64];
	long active, objsize;
};

static int slabinfo(struct cache *c)
{
	char line[512];
	FILE *f = fopen("/proc/slabinfo", "r");
	int n = 0;

	if (!f)
		die("/proc/slabinfo");
	while (n < MAX_CACHES && fgets(line, sizeof(line), f))
		if (sscanf(line, "%63s %ld %*d %ld", c[n].name, &c[n].active,
			   &c[n].objsize) == 3)
			n++;
	fclose(f);
	return n;
}

/*
 * Flush the per-CPU slabs of every cache back to their lists, so that
 * /proc/slabinfo counts exactly the objects in use (SLUB counts the free
 * objects of a per-CPU slab as active).
 */
static void shrink_slabs(void)
{
	char path[512];
	struct dirent *d;
	DIR *dir = opendir("/sys/kernel/slab");
	int fd;

	if (!dir)
		return;
	while ((d = readdir(dir)))
		if (d->d_name[0] != '.' && d->d_type == DT_DIR) {
			snprintf(path, sizeof(path), "/sys/kernel/slab/%s/shrink", d->d_name);
			fd = open(path, O_WRONLY);
			if (fd >= 0) {
				if (write(fd, "1", 1) != 1)
					die(path);
				close(fd);
			}
		}
	closedir(dir);
}

/*
 * Let the frees of earlier tasks, delayed by RCU, happen first (guest time
 * only: -icount sleep=off skips idle time), then flush the per-CPU slabs.
 */
static void settle(void)
{
	usleep(300000);
	shrink_slabs();
}

/* Slab memory that N more tasks, blocked in read(), take */
static void mem(int tasks)
{
	static struct cache before[MAX_CACHES], after[MAX_CACHES];
	int nb, na, i, j, p[2];
	double bytes = 0, per;
	pid_t *pids;
	char c;

	pids = calloc(tasks, sizeof(*pids));
	if (!pids || pipe(p))
		die("mem");
	settle();
	nb = slabinfo(before);
	for (i = 0; i < tasks; i++) {
		pids[i] = fork();
		if (pids[i] < 0)
			die("fork");
		if (!pids[i]) {
			close(p[1]);
			_exit(read(p[0], &c, 1) < 0);
		}
	}
	settle();
	na = slabinfo(after);
	close(p[1]);
	for (i = 0; i < tasks; i++)
		waitpid(pids[i], NULL, 0);
	close(p[0]);
	for (i = 0; i < na; i++)
		for (j = 0; j < nb; j++) {
			if (strcmp(after[i].name, before[j].name))
				continue;
			per = (double)(after[i].active - before[j].active) / tasks;
			if (per >= 0.5 || per <= -0.5 || !strcmp(after[i].name, "task_struct"))
				printf("mem %d %s %ld %.2f\n", BITS, after[i].name,
				       after[i].objsize, per);
			bytes += per * after[i].objsize;
		}
	printf("memtotal %d %.0f\n", BITS, bytes);
	fflush(stdout);
	free(pids);
}

/* Run @path @arg as a child of init, @peer being the program of the other bitness */
static void sub(const char *path, const char *peer, const char *arg)
{
	char r[16], s[32], c[16];
	char *argv[] = { (char *)path, "-r", r, "-s", s, "-c", c, "-o", (char *)peer,
			 (char *)arg, NULL };
	int status;
	pid_t pid;

	snprintf(r, sizeof(r), "%d", reps);
	snprintf(s, sizeof(s), "%g", scale);
	snprintf(c, sizeof(c), "%d", cpu);
	pid = fork();
	if (pid < 0)
		die("fork");
	if (!pid) {
		execv(path, argv);
		printf("bench %d: cannot exec %s: %s\n", BITS, path, strerror(errno));
		_exit(127);
	}
	waitpid(pid, &status, 0);
}

static void init(void)
{
	char cmdline[4096] = "", *w;
	int fd, len;

	mount("proc", "/proc", "proc", 0, NULL);
	mount("sysfs", "/sys", "sysfs", 0, NULL);
	fd = open("/proc/cmdline", O_RDONLY);
	len = fd < 0 ? 0 : read(fd, cmdline, sizeof(cmdline) - 1);
	cmdline[len > 0 ? len : 0] = 0;
	for (w = strtok(cmdline, " \n"); w; w = strtok(NULL, " \n")) {
		if (!strncmp(w, "bench.cpu=", 10))
			cpu = atoi(w + 10);
		else if (!strncmp(w, "bench.reps=", 11))
			reps = atoi(w + 11);
		else if (!strncmp(w, "bench.scale=", 12))
			scale = atof(w + 12);
	}
	printf("<<<bench begin>>>\n");
	fflush(stdout);
	sub("/bench64", "/bench32", "run");
	sub("/bench64", "/bench32", "mem");
	sub("/bench32", "/bench64", "run");
	sub("/bench32", "/bench64", "mem");
	printf("<<<bench done>>>\n");
	fflush(stdout);
	sync();
	reboot(RB_POWER_OFF);
}

int main(int argc, char **argv)
{
	int opt, tasks = 200;

	if (getpid() == 1) {
		init();
		return 0;
	}
	self = argv[0];
	while ((opt = getopt(argc, argv, "r:s:c:o:n:")) != -1) {
		switch (opt) {
		case 'r': reps = atoi(optarg); break;
		case 's': scale = atof(optarg); break;
		case 'c': cpu = atoi(optarg); break;
		case 'o': other = optarg; break;
		case 'n': tasks = atoi(optarg); break;
		default: return 2;
		}
	}
	if (optind < argc && !strcmp(argv[optind], "exit"))
		return 0;
	if (optind < argc && !strcmp(argv[optind], "run")) {
		run();
		return 0;
	}
	if (optind < argc && !strcmp(argv[optind], "mem")) {
		pin(cpu);
		mem(tasks);
		return 0;
	}
	fprintf(stderr, "usage: bench [-r REPS] [-s SCALE] [-c CPU] [-o OTHER] run|mem|exit\n");
	return 2;
}
