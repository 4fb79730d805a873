package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the real command.
func newInitCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "init", Short: "(not implemented yet)", RunE: func(*cobra.Command, []string) error { return errors.New("init: not implemented yet") }}
}
