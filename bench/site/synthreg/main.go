// Command synthreg writes a synthetic register of N entries (fixed seed) for
// benchmarks: go run ./bench/site/synthreg -n 10000 -o DIR
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/gikai-sec/riskregister/internal/synth"
)

func main() {
	n := flag.Int("n", 1000, "number of entries")
	seed := flag.Uint64("seed", 1, "random seed")
	out := flag.String("o", "", "register folder to write (must not exist)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "synthreg: -o is required")
		os.Exit(2)
	}
	if err := synth.WriteDir(*out, synth.Generate(*n, *seed)); err != nil {
		fmt.Fprintln(os.Stderr, "synthreg:", err)
		os.Exit(1)
	}
}
