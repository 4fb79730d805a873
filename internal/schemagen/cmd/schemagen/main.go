// Command schemagen writes the JSON Schemas of the register files into a
// folder (default: schemas/ of the repository). Run it through
// "go generate ./schemas" from a checkout.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/gikai-sec/riskregister/internal/schemagen"
)

func main() {
	out := flag.String("o", "schemas", "output folder")
	flag.Parse()
	if err := schemagen.Write(*out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
