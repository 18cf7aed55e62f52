// SPDX-License-Identifier: GPL-2.0
/*
 * A 32-bit program for guest/kexec: starts the kexec image loaded before, as
 * "kexec -e" does, and prints errno=N if the kernel refused. Only returns then.
 */
#include <errno.h>
#include <stdio.h>
#include <linux/reboot.h>
#include <sys/reboot.h>
#include <unistd.h>

int main(void)
{
	sync();
	reboot(LINUX_REBOOT_CMD_KEXEC);
	printf("errno=%d\n", errno);
	return 1;
}
