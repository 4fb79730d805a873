package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the real command.
func newCheckCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "check", Short: "(not implemented yet)", RunE: func(*cobra.Command, []string) error { return errors.New("check: not implemented yet") }}
}
