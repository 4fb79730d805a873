//go:build !unix

package main

import "os"

// peakRSS returns false: the peak resident set size of a process is not
// known on this system.
func peakRSS(*os.ProcessState) (uint64, bool) { return 0, false }
