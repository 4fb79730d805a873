package riskassess

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCheckOrganisation: an Organisation built in Go with a setting that
// register.yaml could not hold (the store refuses it as bad-value) is
// refused by every way in to the scorer, wrapping ErrOrgSetting, where the
// scorer used it or dropped it silently: an incomplete ResidualMatrix
// scored every entry with the default matrix, a cell "High" gave the
// residual level "High" with a decision, fraction bands put every entry
// in the best band, ranks of 0 scored 3A information as unclassified,
// negative review intervals were read as the defaults and intervals
// written the wrong way round reviewed critical entries least often. The
// settings the store accepts (a custom matrix, a scheme of four ranks,
// equal or shorter intervals, an interval left at its default) still
// assess.
func TestCheckOrganisation(t *testing.T) {
	def := DefaultMatrix()
	row := func(i int) []RiskLevel { return append([]RiskLevel(nil), def.Cells[i][:]...) }
	matrix := func(f func(m *MatrixSetting)) func(o *Organisation) {
		return func(o *Organisation) {
			m := &MatrixSetting{Bands: def.Bands[:], Low: row(0), Medium: row(1), High: row(2), Critical: row(3)}
			f(m)
			o.ResidualMatrix = m
		}
	}
	scheme := func(f func(s *ClassificationScheme)) func(o *Organisation) {
		return func(o *Organisation) {
			s := ClassificationScheme{Confidentiality: []Level{{ID: "3", Rank: 3}, {ID: "2", Rank: 2}, {ID: "1", Rank: 1}}}
			f(&s)
			o.Classification = &s
		}
	}
	for _, tc := range []struct {
		name string
		set  func(o *Organisation)
		want string // "" when the setting is fine
	}{
		{"matrix rows of three", matrix(func(m *MatrixSetting) {
			m.Low, m.Medium, m.High, m.Critical = m.Low[:3], m.Medium[:3], m.High[:3], m.Critical[:3]
		}), "Organisation.ResidualMatrix has 3 bands and 3, 3, 3 and 3 levels"},
		{"matrix without bands", matrix(func(m *MatrixSetting) { m.Bands = nil }), "has 0 bands"},
		{"matrix level typo", matrix(func(m *MatrixSetting) { m.High[1] = "High" }), `Organisation.ResidualMatrix.Cells[2][1] is "High"`},
		{"matrix bands as fractions", matrix(func(m *MatrixSetting) { m.Bands = []float64{0.8, 0.6, 0.4} }), "look like fractions"},
		{"matrix bands ascending", matrix(func(m *MatrixSetting) { m.Bands = []float64{40, 60, 80} }), "Organisation.ResidualMatrix.Bands [40 60 80]"},
		{"matrix weaker controls lower", matrix(func(m *MatrixSetting) { m.Medium[3] = RiskLow }), "Organisation.ResidualMatrix.Cells[1][3] (low) is lower"},
		{"rank zero", scheme(func(s *ClassificationScheme) { s.Confidentiality[2].Rank = 0 }), `Organisation.Classification.Confidentiality[2] ("1") has rank 0`},
		{"ranks rising", scheme(func(s *ClassificationScheme) { s.Confidentiality[0].Rank, s.Confidentiality[2].Rank = 1, 3 }), `Confidentiality[1] ("2") has rank 2`},
		{"integrity ranks equal", scheme(func(s *ClassificationScheme) { s.Integrity = []Level{{ID: "2", Rank: 1}, {ID: "1", Rank: 1}} }), `Organisation.Classification.Integrity[1] ("1") has rank 1`},
		{"review interval of a hundred years", func(o *Organisation) { o.ReviewIntervals.Low = 1200 }, "Organisation.ReviewIntervals.Low is 1200 months"},
		{"review interval negative", func(o *Organisation) { o.ReviewIntervals.High = -6 }, "Organisation.ReviewIntervals.High is -6"},
		{"review intervals the wrong way round", func(o *Organisation) { o.ReviewIntervals = ReviewIntervals{Low: 1, Medium: 6, High: 12, Critical: 24} }, "Organisation.ReviewIntervals.Medium (6 months) is longer than Low (1 months)"},
		{"review interval longer than its default below", func(o *Organisation) { o.ReviewIntervals.Critical = 9 }, "Organisation.ReviewIntervals.Critical (9 months) is longer than High (6 months)"},

		{"matrix of the default written out", matrix(func(*MatrixSetting) {}), ""},
		{"matrix stricter", matrix(func(m *MatrixSetting) { m.Bands = []float64{90, 70, 50}; m.Low[1] = RiskMedium }), ""},
		{"scheme of its own", scheme(func(*ClassificationScheme) {}), ""},
		{"scheme with only integrity", func(o *Organisation) {
			o.Classification = &ClassificationScheme{Integrity: []Level{{ID: "2", Name: T("重要", "Important"), Rank: 2}, {ID: "1", Rank: 1}}}
		}, ""},
		{"review intervals equal", func(o *Organisation) {
			o.ReviewIntervals = ReviewIntervals{Low: 12, Medium: 12, High: 12, Critical: 12}
		}, ""},
		{"review interval shorter", func(o *Organisation) { o.ReviewIntervals.Critical = 1 }, ""},
		{"review interval of five years", func(o *Organisation) { o.ReviewIntervals.Low = MaxReviewMonths }, ""},
		{"review interval of one level", func(o *Organisation) { o.ReviewIntervals.Medium = 24 }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reg, reqs := assessFixture()
			tc.set(&reg.Org)
			sc := testScorer()
			_, errAll := sc.AssessAll(reg, reqs, asOf)
			_, errOne := sc.Assess(&reg.Org, reqs, reg.Contractors[0], asOf)
			_, errFn := sc.Assessor(&reg.Org, reqs)
			for _, c := range []struct {
				way string
				err error
			}{{"CheckOrganisation", CheckOrganisation(&reg.Org)}, {"AssessAll", errAll}, {"Assess", errOne}, {"Assessor", errFn}} {
				if tc.want == "" {
					if c.err != nil {
						t.Errorf("%s: %v; want no error", c.way, c.err)
					}
					continue
				}
				if !errors.Is(c.err, ErrOrgSetting) || !strings.Contains(c.err.Error(), tc.want) {
					t.Errorf("%s: %v; want an error wrapping ErrOrgSetting with %q", c.way, c.err, tc.want)
				}
			}
		})
	}
	if err := CheckOrganisation(nil); err != nil {
		t.Errorf("CheckOrganisation(nil) = %v", err)
	}
	if err := CheckOrganisation(&Organisation{DueOff: []DueKind{DueReview}}); !errors.Is(err, ErrDueOff) {
		t.Errorf("CheckOrganisation with the review switched off = %v; want ErrDueOff", err)
	}
}

// TestOrgSettingsInForce: the settings CheckOrganisation accepts are the
// ones the scorer uses: a stricter matrix and a shorter review interval
// change the assessment.
func TestOrgSettingsInForce(t *testing.T) {
	reg, reqs := assessFixture()
	base := mustAssess(testScorer().Assess(&reg.Org, reqs, reg.Contractors[0], asOf))
	all := func(l RiskLevel) []RiskLevel { return []RiskLevel{l, l, l, l} }
	reg.Org.ResidualMatrix = &MatrixSetting{Bands: []float64{80, 60, 40},
		Low: all(RiskCritical), Medium: all(RiskCritical), High: all(RiskCritical), Critical: all(RiskCritical)}
	reg.Org.ReviewIntervals.Critical = 1
	got := mustAssess(testScorer().Assess(&reg.Org, reqs, reg.Contractors[0], asOf))
	type sum struct {
		Residual   RiskLevel
		NextReview Date
	}
	want := sum{RiskCritical, reg.Contractors[0].LastReviewed.AddMonths(1)}
	if base.Residual == RiskCritical {
		t.Fatalf("fixture already critical: %+v", base)
	}
	if diff := cmp.Diff(want, sum{got.Residual, got.NextReview}); diff != "" {
		t.Errorf("assessment with the organisation's settings (-want +got):\n%s", diff)
	}
}

// TestStageFunctionsCheckOrganisation: the stage functions, which have no
// error to return, panic with the error of CheckOrganisation for an
// organisation built in Go with a setting register.yaml could not hold,
// where they used it silently (a review interval of 100 years: no review
// due for a century; a classification rank of 0: 3A information scored as
// unclassified; an incomplete matrix: the default one), as Assess refuses
// it; TriggeredBlockers returns it. With the settings the store accepts
// they do not panic.
func TestStageFunctionsCheckOrganisation(t *testing.T) {
	for _, tc := range []struct {
		name string
		set  func(o *Organisation)
		want error // nil: the setting is fine
	}{
		{"review interval of a hundred years", func(o *Organisation) { o.ReviewIntervals.Low = 1200 }, ErrOrgSetting},
		{"rank zero", func(o *Organisation) {
			o.Classification = &ClassificationScheme{Confidentiality: []Level{{ID: "3A", Rank: 0}, {ID: "1", Rank: 0}}}
		}, ErrOrgSetting},
		{"matrix without bands", func(o *Organisation) { o.ResidualMatrix = &MatrixSetting{} }, ErrOrgSetting},
		{"review switched off", func(o *Organisation) { o.DueOff = []DueKind{DueReview} }, ErrDueOff},
		{"review interval of five years", func(o *Organisation) { o.ReviewIntervals.Low = MaxReviewMonths }, nil},
		{"default settings", func(*Organisation) {}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reg, reqs := assessFixture()
			tc.set(&reg.Org)
			org, e := &reg.Org, Entry(reg.Contractors[0])
			sc := testScorer()
			for _, f := range []struct {
				name string
				call func()
			}{
				{"Inherent", func() { Inherent(org, e, asOf) }},
				{"Scorer.Inherent", func() { sc.Inherent(org, e, asOf) }},
				{"Scorer.Residual", func() { sc.Residual(org, RiskMedium, 50, nil) }},
				{"Findings", func() { Findings(org, reqs, e, asOf) }},
				{"FindingsAt", func() { FindingsAt(org, reqs, e, asOf, RiskMedium) }},
				{"ReviewOf", func() { ReviewOf(org, e, RiskLow, asOf) }},
				{"ReviewAt", func() { ReviewAt(org, reqs, e, RiskLow, asOf) }},
				{"NextReview", func() { NextReview(org, e, RiskLow, asOf) }},
				{"DueItems", func() { DueItems(org, e, asOf, asOf) }},
				{"DueItemsAt", func() { DueItemsAt(org, reqs, e, asOf, asOf) }},
				{"ExpiryFindingsAt", func() { ExpiryFindingsAt(org, reqs, e, nil, asOf, 30, false) }},
				{"TaskDatesAt", func() { TaskDatesAt(org, reqs, e, asOf) }},
				{"TasksAt", func() { TasksAt(org, reqs, e, asOf) }},
				{"ReevaluationAt", func() { ReevaluationAt(org, reqs, e, asOf) }},
			} {
				func() {
					defer func() {
						p := recover()
						err, _ := p.(error)
						switch {
						case tc.want == nil && p != nil:
							t.Errorf("%s panicked with %v; want no panic", f.name, p)
						case tc.want != nil && (!errors.Is(err, tc.want) || err.Error() != CheckOrganisation(org).Error()):
							t.Errorf("%s panicked with %v; want the error of CheckOrganisation (%v)", f.name, p, CheckOrganisation(org))
						}
					}()
					f.call()
				}()
			}
			_, err := sc.TriggeredBlockers(&BlockerContext{Org: org, Entry: e, AsOf: asOf})
			if !errors.Is(err, tc.want) && (err != nil || tc.want != nil) {
				t.Errorf("TriggeredBlockers: %v; want %v", err, tc.want)
			}
		})
	}
}
