package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the real command.
func newDueCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "due", Short: "(not implemented yet)", RunE: func(*cobra.Command, []string) error { return errors.New("due: not implemented yet") }}
}
