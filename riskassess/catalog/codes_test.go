package catalog

import (
	"testing"

	"github.com/gikai-sec/riskregister/internal/codedoc"
)

// TestEveryCodeDocumented checks that every code constant of codes.go has
// a doc comment with an example and a fix, and a section in docs/errors.md
// that shows the message, as the store's codes do.
func TestEveryCodeDocumented(t *testing.T) {
	if n := codedoc.Check(t, "codes.go", "", "../../docs/errors.md"); n != 5 {
		t.Errorf("found %d codes in codes.go, want 5", n)
	}
}
