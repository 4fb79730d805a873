package main

import (
	"fmt"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/spf13/cobra"
)

// addRegisterFlag adds --register DIR (default ".") to cmd.
func addRegisterFlag(cmd *cobra.Command, dir *string) {
	cmd.Flags().StringVar(dir, "register", ".", "台帳のフォルダ / register folder")
}

// addAsOfFlag adds --as-of DATE (default: today) to cmd.
func addAsOfFlag(cmd *cobra.Command, s *string) {
	cmd.Flags().StringVar(s, "as-of", "", "基準日 YYYY-MM-DD（省略時は今日） / as-of date (default today)")
}

// parseAsOf parses an --as-of value; "" means today (the only place the CLI
// reads the clock).
func parseAsOf(s string) (riskassess.Date, error) {
	if s == "" {
		return riskassess.DateOf(time.Now()), nil
	}
	d, err := riskassess.ParseDate(s)
	if err != nil {
		return d, &exitError{code: 2, msg: fmt.Sprintf("--as-of: %v", err)}
	}
	return d, nil
}

// loadRegister loads dir and prints every error as path:line:col: message.
// It returns exitError{1} when the register is invalid.
func (a *app) loadRegister(dir string) (*riskassess.Register, error) {
	reg, err := store.Load(dir)
	if err != nil {
		fmt.Fprintln(a.stderr, err)
		return nil, &exitError{code: 1}
	}
	return reg, nil
}

// assessRegister loads the catalogue for reg's organisation and assesses every entry.
func (a *app) assessRegister(reg *riskassess.Register, asOf riskassess.Date) ([]riskassess.Requirement, []riskassess.Assessment, error) {
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		fmt.Fprintln(a.stderr, err)
		return nil, nil, &exitError{code: 1}
	}
	return reqs, riskassess.AssessAll(reg, reqs, asOf), nil
}
