package riskassess_test

import (
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess/catalog"
)

// TestCatalogueIDsDistinctFromExpiry checks that no catalogue requirement
// uses an id reserved for expiry findings.
func TestCatalogueIDsDistinctFromExpiry(t *testing.T) {
	for _, r := range catalog.Default() {
		if strings.HasPrefix(r.ID, "EXP-") || strings.HasPrefix(r.ID, "BLK-") {
			t.Errorf("catalogue requirement %s uses a reserved prefix", r.ID)
		}
	}
}
