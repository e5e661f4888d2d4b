# bcryptprimitives.dll for Wine 8 (Debian 12), which does not have it. Go
# programs need its ProcessPrng at start-up since Go 1.24 (Wine 9 ships the
# DLL). This one passes the call to advapi32's SystemFunction036
# (RtlGenRandom), Windows' own random source, and widens its BOOLEAN to the
# BOOL ProcessPrng returns. Built and installed by .ci/wine/run.
	.text
	.globl	ProcessPrng
ProcessPrng:                            # BOOL ProcessPrng(PBYTE buf, SIZE_T len)
	subq	$40, %rsp                   # 32 bytes of shadow space, 16-byte alignment
	call	*__imp_SystemFunction036(%rip)  # BOOLEAN RtlGenRandom(PVOID buf, ULONG len)
	movzbl	%al, %eax
	addq	$40, %rsp
	ret

	.globl	DllMain
DllMain:                                # nothing to set up
	movl	$1, %eax
	ret
