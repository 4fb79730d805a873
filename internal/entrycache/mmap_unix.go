//go:build unix

package entrycache

import (
	"runtime/debug"
	"syscall"
)

// mapLimited maps path into memory, read-only, refusing what readLimited
// refuses; a file the system does not map (an empty one, some network
// file systems) is read instead. The mapping is never undone (see
// OpenMapped).
func mapLimited(path string) ([]byte, error) {
	f, size, err := openLimited(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return readLimited(path)
	}
	return b, nil
}

// parseMapped is parse for a mapped file b: a page of b beyond the end of
// a file cut short since it was mapped faults, and the cache is then
// corrupt instead of the process ended (runtime/debug.SetPanicOnFault).
func parseMapped(b []byte, tool [32]byte) (vals map[[32]byte]value, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if _, fault := r.(interface{ Addr() uintptr }); !fault {
				panic(r)
			}
			vals, err = nil, errCorrupt
		}
	}()
	return parse(b, tool)
}
