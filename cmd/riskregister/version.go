package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/spf13/cobra"
)

// buildVersion returns the version set with -ldflags, else the module
// version recorded by "go install …@version", else "dev".
func buildVersion() string {
	if version != "dev" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return version
}

func newVersionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "版を表示する / print the version",
		Long: `riskregister の版、ビルドに使った Go の版、組み込みの要件カタログの版を表示します。

Prints the version of riskregister, the Go version it was built with and the version of the
built-in requirement catalogue.`,
		Example: `  riskregister version`,
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			goVer := runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH
			if a.lang == "en" {
				fmt.Fprintf(a.stdout, "riskregister %s\nGo: %s\nRequirement catalogue: %s\n", buildVersion(), goVer, catalog.Version)
			} else {
				fmt.Fprintf(a.stdout, "riskregister %s\nGo: %s\n要件カタログ: %s\n", buildVersion(), goVer, catalog.Version)
			}
			return nil
		},
	}
}
