package load

import (
	"testing"

	"github.com/gikai-sec/riskregister/internal/codedoc"
)

// TestStaffCodesDocumented checks that every code constant of staff.go has
// a doc comment with an example and a fix, and a section in docs/errors.md
// that shows the message, as the store's and the catalogue's codes do.
func TestStaffCodesDocumented(t *testing.T) {
	if n := codedoc.Check(t, "staff.go", "", "../../docs/errors.md"); n != len(staffCodes) {
		t.Errorf("found %d codes in staff.go, want %d (one per warned problem)", n, len(staffCodes))
	}
}
