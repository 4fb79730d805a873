package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the real command.
func newExportCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "export", Short: "(not implemented yet)", RunE: func(*cobra.Command, []string) error { return errors.New("export: not implemented yet") }}
}
