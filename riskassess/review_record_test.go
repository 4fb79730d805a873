package riskassess_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/google/go-cmp/cmp"
)

// TestReviewOfRecord: the stage functions ReviewOf, ReviewAt and
// NextReview give every entry of the example register the review its
// assessment has: none for a record (rejected, or retired as of the
// as-of date), where they gave a retired contractor a review overdue
// since 2025 and a rejected service one in 2026 while Assess, due and the
// site gave none; and the same date for an entry in use, or retired only
// after the as-of date.
func TestReviewOfRecord(t *testing.T) {
	reg, reqs := exampleRegister(t)
	type review struct {
		Record     bool
		Review     riskassess.Review
		NextReview riskassess.Date
	}
	records := 0
	for _, asOf := range []riskassess.Date{riskassess.NewDate(2026, time.November, 27), riskassess.NewDate(2025, time.January, 10)} {
		as, err := scorer().AssessAll(reg, reqs, asOf)
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range reg.Entries() {
			a := &as[i]
			rec := riskassess.RecordOn(e, asOf)
			if rec {
				records++
			}
			want := review{rec, a.Review, a.NextReview}
			for name, got := range map[string]review{
				"ReviewOf": {rec, riskassess.ReviewOf(&reg.Org, e, a.Residual, asOf), riskassess.NextReview(&reg.Org, e, a.Residual, asOf)},
				"ReviewAt": {rec, riskassess.ReviewAt(&reg.Org, reqs, e, a.Residual, asOf), riskassess.ReviewAt(&reg.Org, reqs, e, a.Residual, asOf).Date},
			} {
				if name == "ReviewOf" && !rec {
					continue // ReviewOf reads the register alone: an answer may date the yearly review (ReviewAt)
				}
				if d := cmp.Diff(want, got); d != "" {
					t.Errorf("%s %s as of %s: %s (-Assess +%s):\n%s", e.Kind(), e.Base().ID, asOf, name, name, d)
				}
			}
		}
	}
	if records == 0 {
		t.Fatal("the example register has no record")
	}
}

// exampleRegister returns examples/chofu-gikai as the store loads it and
// its catalogue in force.
func exampleRegister(t *testing.T) (*riskassess.Register, []riskassess.Requirement) {
	t.Helper()
	reg, err := store.Load(filepath.Join("..", "examples", "chofu-gikai"))
	if err != nil {
		t.Fatal(err)
	}
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		t.Fatal(err)
	}
	return reg, reqs
}
