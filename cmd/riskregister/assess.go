package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the real command.
func newAssessCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "assess", Short: "(not implemented yet)", RunE: func(*cobra.Command, []string) error { return errors.New("assess: not implemented yet") }}
}
