package cputime_test

import (
	"fmt"

	"github.com/gikai-sec/riskregister/internal/cputime"
)

// ExampleProcess measures the CPU time of a piece of work, as the
// benchmarks do next to wall time.
func ExampleProcess() {
	cpu0 := cputime.Process()
	sum := 0
	for i := range 1_000_000 {
		sum += i
	}
	cpu := cputime.Process() - cpu0
	fmt.Println(sum, cpu >= 0)
	// Output: 499999500000 true
}
