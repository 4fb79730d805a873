// Package catalog holds the built-in requirement catalogue (PLACEHOLDER: being implemented).
package catalog

import "github.com/gikai-sec/riskregister/riskassess"

// Version is the catalogue version.
const Version = "0"

// Default returns the built-in catalogue. PLACEHOLDER.
func Default() []riskassess.Requirement { return nil }

// ForOrg returns the catalogue with org's overrides applied. PLACEHOLDER.
func ForOrg(org *riskassess.Organisation) ([]riskassess.Requirement, error) { return Default(), nil }
