package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the real command.
func newSchemaCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "schema", Short: "(not implemented yet)", RunE: func(*cobra.Command, []string) error { return errors.New("schema: not implemented yet") }}
}
