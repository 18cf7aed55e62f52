// Bare-metal aarch64 test for the aarch64-only-cpus QEMU patch, loaded by
// tests/qemu-el0/run.sh with -kernel on a virt machine with two vCPUs: it starts
// at EL1 on CPU 0, MMU off. Each CPU prints over the PL011 a line such as
//   cpu1: el0=1 id_pfr0=00000000 ... mvfr0=00000000 ec=0e
// with ID_AA64PFR0_EL1.EL0, some AArch32 ID registers, and ESR_EL1.EC of the
// exception taken after an ERET to AArch32 EL0: 0x11 if the A32 code ran and
// made its SVC, 0x0e (illegal execution state) if the return was illegal.
// CPU 0 then starts CPU 1 with PSCI CPU_ON, and CPU 1 powers the machine off.

	.equ	UART, 0x09000000
	.equ	NCPUS, 2
	.equ	PSCI_CPU_ON, 0xc4000003
	.equ	PSCI_SYSTEM_OFF, 0x84000008

	// Print " name=" and the 32-bit system register reg in hex.
	.macro	idreg name, reg
	adr	x0, 9f
	bl	puts
	mrs	x0, \reg
	mov	x1, #8
	bl	puthex
	.pushsection .rodata
9:	.asciz	" \name="
	.popsection
	.endm

	.text
	.globl	_start
_start:
	adr	x0, vectors
	msr	vbar_el1, x0
	isb
	mrs	x19, mpidr_el1
	and	x19, x19, #0xff			// x19: CPU number

	adr	x0, s_cpu
	bl	puts
	mov	x0, x19
	mov	x1, #1
	bl	puthex
	adr	x0, s_el0
	bl	puts
	mrs	x0, id_aa64pfr0_el1
	mov	x1, #1				// EL0 is the lowest field
	bl	puthex
	idreg	id_pfr0, id_pfr0_el1
	idreg	id_pfr1, id_pfr1_el1
	idreg	id_dfr0, id_dfr0_el1
	idreg	id_isar0, id_isar0_el1
	idreg	id_mmfr0, id_mmfr0_el1
	idreg	mvfr0, mvfr0_el1

	mov	x0, #0x1d0			// AArch32 User mode, A32, AIF masked
	msr	spsr_el1, x0
	adr	x0, a32
	msr	elr_el1, x0
	eret
a32:	.inst	0xef000000			// A32: svc #0
	.inst	0xeafffffe			// A32: b .

// Every exception lands here: print the exception class, then hand over.
trap:
	adr	x0, s_ec
	bl	puts
	mrs	x0, esr_el1
	lsr	x0, x0, #26
	mov	x1, #2
	bl	puthex
	adr	x0, s_nl
	bl	puts
	add	x1, x19, #1
	cmp	x1, #NCPUS
	b.hs	1f
	ldr	x0, =PSCI_CPU_ON		// x1: next CPU's MPIDR
	adr	x2, _start
	mov	x3, #0
	hvc	#0
	b	2f
1:	ldr	x0, =PSCI_SYSTEM_OFF
	hvc	#0
2:	wfi
	b	2b

// puts: print the string at x0.
puts:	mov	x2, #UART
1:	ldrb	w1, [x0], #1
	cbz	w1, 2f
	str	w1, [x2]
	b	1b
2:	ret

// puthex: print the low x1 hex digits of x0.
puthex:	mov	x2, #UART
	lsl	x1, x1, #2
1:	sub	x1, x1, #4
	lsr	x3, x0, x1
	and	x3, x3, #0xf
	add	x4, x3, #'0'
	add	x5, x3, #'a' - 10
	cmp	x3, #10
	csel	x3, x4, x5, lo
	str	w3, [x2]
	cbnz	x1, 1b
	ret

	.balign	2048
vectors:
	.rept	16
	b	trap
	.balign	128
	.endr

	.section .rodata
s_cpu:	.asciz	"cpu"
s_el0:	.asciz	": el0="
s_ec:	.asciz	" ec="
s_nl:	.asciz	"\n"
