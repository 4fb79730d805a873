package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the real command.
func newQuestionnaireCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "questionnaire", Short: "(not implemented yet)", RunE: func(*cobra.Command, []string) error { return errors.New("questionnaire: not implemented yet") }}
}
