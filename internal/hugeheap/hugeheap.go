// Package hugeheap asks the operating system to back the memory the Go
// heap is about to take with huge pages (Linux transparent huge pages,
// 2 MiB) instead of 4 KiB pages, for a command that fills a large heap
// quickly and ends: each 4 KiB page of fresh memory costs a page fault
// (a trap into the kernel, which clears the page), and at 10,000 entries
// a warm assess faulted about 57,000 of them, a quarter of its run.
//
// The Go runtime asks for huge pages only for its own metadata. Linux
// then gives them to the heap only when the system's setting is
// "always"; under the usual "madvise" a region has to ask for them.
// Advise asks for the region the heap will grow into next.
//
// It only changes how memory is backed, never what a program computes.
// Its cost is in time only, and only where huge pages are scarce: with
// the kernel's default defrag setting ("madvise"), a fault in an advised
// range that finds no free huge page first compacts memory to make one,
// before it falls back to a small page.
//
// On a virtual machine whose kernel hands free memory back to the host
// (free page reporting: a virtio balloon with reporting, Hyper-V's
// balloon), huge pages are the blocks it hands back: free 2 MiB blocks
// are reported a few seconds after a process frees them, and the next
// process to take one waits while the host backs it again. Small pages
// come more often from memory never handed back. There a run right after
// another is faster with the advice, but a run after a pause of a few
// seconds is slower, and that is how the commands are run (a file
// edited, then check): Advise does not ask there. GODEBUG=disablethp=1
// turns the advice off everywhere. bench/site/speed.sh says whether the
// machine reports free memory and measures check both ways.
package hugeheap

// Advise asks for huge pages for the next n bytes the heap takes, when
// the system gives them only on request (Linux, transparent huge pages
// set to "madvise", in the 2 MiB size's own setting when it has one and
// it is not "inherit") and the machine does not hand free memory back to
// a host (see the package's documentation), and reports whether it
// asked. It allocates n bytes
// without touching them, advises their range, and frees them at once with
// a collection that returns them to the system
// (runtime/debug.FreeOSMemory); the heap's next spans are taken from that
// range, first fit by address, and fault in as huge pages. Call it at the
// start of a run, before the heap fills: the collection it forces is
// cheap while the heap is small. n under 16 MiB is not worth the
// collection and is ignored, and so is n over half the machine's memory
// (see advise).
//
// Resident memory does not grow with n: pages never touched are never
// backed, and the range is returned to the system before Advise returns.
// What grows is the resident size of a heap that uses only part of a huge
// page, by less than 2 MiB per run of pages. The heap's mapping does grow
// to n: were the system to refuse to map it, the runtime would end the
// program ("fatal error: out of memory"), so Advise does not ask where
// the mapping counts against a limit (strict overcommit, ulimit -v or
// -d; see advise).
func Advise(n int64) bool {
	if n < minBytes {
		return false
	}
	return advise(n)
}

// minBytes is the smallest size Advise acts on.
const minBytes = 16 << 20
