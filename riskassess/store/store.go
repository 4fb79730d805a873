// Package store reads and writes the register on disk (PLACEHOLDER: being implemented).
package store

import (
	"errors"

	"github.com/gikai-sec/riskregister/riskassess"
)

// Load reads the register folder dir. PLACEHOLDER.
func Load(dir string) (*riskassess.Register, error) {
	return nil, errors.New("store.Load: not implemented yet")
}
