package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the real command.
func newBuildCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "build", Short: "(not implemented yet)", RunE: func(*cobra.Command, []string) error { return errors.New("build: not implemented yet") }}
}
