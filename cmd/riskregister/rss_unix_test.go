//go:build unix

package main

import (
	"os"
	"runtime"
	"syscall"
)

// peakRSS returns the peak resident set size of the finished process p
// in bytes (getrusage ru_maxrss: KiB on Linux, bytes on macOS), and false
// when the system does not say.
func peakRSS(p *os.ProcessState) (uint64, bool) {
	ru, ok := p.SysUsage().(*syscall.Rusage)
	if !ok || ru.Maxrss <= 0 {
		return 0, false
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return uint64(ru.Maxrss), true
	}
	return uint64(ru.Maxrss) << 10, true
}
