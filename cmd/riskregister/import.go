package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the real command.
func newImportCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "import", Short: "(not implemented yet)", RunE: func(*cobra.Command, []string) error { return errors.New("import: not implemented yet") }}
}
