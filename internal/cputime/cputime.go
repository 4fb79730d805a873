// Package cputime reads the CPU time the process has used, for benchmarks
// that report CPU time next to wall time: on a shared machine the CPU time
// of the process (every goroutine, the garbage collector included) stays
// meaningful when wall time does not.
package cputime

import "time"

// Process returns the user + system CPU time the process has used so far,
// or 0 where the platform does not report it (not unix) or the call
// fails; callers treat 0 as "not measured".
func Process() time.Duration { return process() }
