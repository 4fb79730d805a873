package riskassess_test

import (
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
)

func init() { riskassess.SetCatalogBlockers(catalog.Blockers()) }

// scorer is the scorer the CLI uses: the catalogue's blocker rules, the
// other settings at their defaults.
func scorer() riskassess.Scorer { return riskassess.Scorer{Blockers: catalog.Blockers()} }
