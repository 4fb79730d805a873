package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// TestResidualMatrix: residual_matrix of register.yaml is decoded into the
// matrix in force, and a matrix that would misjudge silently (bands out of
// order or range, rows of the wrong length, unknown levels, a weaker
// control score or a higher inherent risk giving a lower residual risk) is
// refused at the field.
func TestResidualMatrix(t *testing.T) {
	const good = "residual_matrix:\n  bands: [75, 50, 25]\n  low: [low, low, low, medium]\n  medium: [low, medium, medium, high]\n  high: [medium, high, high, critical]\n  critical: [high, critical, critical, critical]\n"
	for _, tt := range []struct {
		name, yaml string
		want       []string
	}{
		{"good", good, nil},
		{"two bands", "residual_matrix:\n  bands: [75, 50]\n  low: [low, low, low, medium]\n  medium: [low, medium, medium, high]\n  high: [medium, high, high, critical]\n  critical: [high, critical, critical, critical]\n",
			[]string{"bad-value register.yaml:3:10: residual_matrix.bands has 2 values: write the lowest control scores of the three best bands, highest first, e.g. [80, 60, 40]"}},
		{"bands not highest first", "residual_matrix:\n  bands: [50, 75, 25]\n  low: [low, low, low, medium]\n  medium: [low, medium, medium, high]\n  high: [medium, high, high, critical]\n  critical: [high, critical, critical, critical]\n",
			[]string{"bad-value register.yaml:3:15: residual_matrix.bands[1] (75) is not below bands[0] (50): write the bands highest first"}},
		{"band above 100", "residual_matrix:\n  bands: [120, 50, 25]\n  low: [low, low, low, medium]\n  medium: [low, medium, medium, high]\n  high: [medium, high, high, critical]\n  critical: [high, critical, critical, critical]\n",
			[]string{"bad-value register.yaml:3:11: residual_matrix.bands[0] is 120: a band's lowest score must be above 0 and at most 100"}},
		{"band not a number", "residual_matrix:\n  bands: [75, .nan, 25]\n  low: [low, low, low, medium]\n  medium: [low, medium, medium, high]\n  high: [medium, high, high, critical]\n  critical: [high, critical, critical, critical]\n",
			[]string{"bad-value register.yaml:3:15: residual_matrix.bands[1] is NaN: a band's lowest score must be above 0 and at most 100"}},
		{"bands as fractions", "residual_matrix:\n  bands: [0.7, 0.55, 0.3]\n  low: [low, low, low, medium]\n  medium: [low, medium, medium, high]\n  high: [medium, high, high, critical]\n  critical: [high, critical, critical, critical]\n",
			[]string{"bad-value register.yaml:3:10: residual_matrix.bands [0.7 0.55 0.3] look like fractions: control scores run from 0 to 100, so write percentages, e.g. [70, 55, 30]"}},
		{"short row", "residual_matrix:\n  bands: [75, 50, 25]\n  low: [low, low, medium]\n  medium: [low, medium, medium, high]\n  high: [medium, high, high, critical]\n  critical: [high, critical, critical, critical]\n",
			[]string{"bad-value register.yaml:4:8: residual_matrix.low has 3 levels: write four, one per control-score band, best band first, e.g. [low, low, medium, high]"}},
		{"weaker controls, lower risk", "residual_matrix:\n  bands: [75, 50, 25]\n  low: [low, low, low, medium]\n  medium: [low, medium, low, high]\n  high: [medium, high, high, critical]\n  critical: [high, critical, critical, critical]\n",
			[]string{"bad-value register.yaml:5:25: residual_matrix.medium[2] is low, lower than medium for a better control score: a weaker control score must not lower the residual risk"}},
		{"higher inherent, lower risk", "residual_matrix:\n  bands: [75, 50, 25]\n  low: [low, low, low, medium]\n  medium: [medium, medium, medium, high]\n  high: [low, high, high, critical]\n  critical: [high, critical, critical, critical]\n",
			[]string{"bad-value register.yaml:6:10: residual_matrix.high[0] is low, lower than medium[0] (medium): a higher inherent risk must not give a lower residual risk"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "name: {ja: x}\n" + tt.yaml
			res := decodeFile(job{rel: RegisterFile}, []byte(src))
			got := lines(Errors(res.errs))
			if len(got) > 0 && len(tt.want) > 0 {
				got = got[:1]
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if tt.want == nil {
				want := riskassess.Matrix{Bands: [3]float64{75, 50, 25}, Cells: [4][4]riskassess.RiskLevel{
					{"low", "low", "low", "medium"}, {"low", "medium", "medium", "high"},
					{"medium", "high", "high", "critical"}, {"high", "critical", "critical", "critical"}}}
				if diff := cmp.Diff(want, res.org.MatrixInForce()); diff != "" {
					t.Errorf("matrix in force (-want +got):\n%s", diff)
				}
			}
		})
	}
	if got := (&riskassess.Organisation{}).MatrixInForce(); got != riskassess.DefaultMatrix() {
		t.Errorf("no residual_matrix: %v, want DefaultMatrix", got)
	}
}

// TestExampleMatrixComment: the commented residual_matrix of the example
// register.yaml, uncommented, is DefaultMatrix (the comment says so).
func TestExampleMatrixComment(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", "chofu-gikai", RegisterFile))
	if err != nil {
		t.Fatal(err)
	}
	var block []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "# residual_matrix:") || len(block) > 0 && strings.HasPrefix(l, "#   ") {
			block = append(block, strings.TrimPrefix(l, "# "))
		}
	}
	if len(block) != 6 {
		t.Fatalf("found %d lines of the commented residual_matrix, want 6", len(block))
	}
	res := decodeFile(job{rel: RegisterFile}, []byte("name: {ja: x}\n"+strings.Join(block, "\n")+"\n"))
	if len(res.errs) > 0 {
		t.Fatal(Errors(res.errs))
	}
	if got := res.org.MatrixInForce(); got != riskassess.DefaultMatrix() || res.org.ResidualMatrix == nil {
		t.Errorf("commented matrix = %v, want DefaultMatrix", got)
	}
}

// TestNegativeCounts: a negative day or month count in register.yaml is
// refused at the field, not taken as given (a reply deadline before the
// questionnaire is sent) nor silently replaced by the default.
func TestNegativeCounts(t *testing.T) {
	src := "name: {ja: x}\nquestionnaire:\n  reply_within_days: -21\nreview_intervals:\n  low: 24\n  critical: -1\npublic_lists:\n  max_age_months: -3\n"
	res := decodeFile(job{rel: RegisterFile}, []byte(src))
	want := []string{
		"bad-value register.yaml:3:22: questionnaire.reply_within_days is -21: write a number of days above 0, or leave it out for the default",
		"bad-value register.yaml:6:13: review_intervals.critical is -1: write a number of months above 0, or leave it out for the default",
		"bad-value register.yaml:8:19: public_lists.max_age_months is -3: write a number of months above 0, or leave it out for the default",
	}
	if diff := cmp.Diff(want, lines(Errors(res.errs))); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestZeroCounts: a day or month count written as 0 in register.yaml was
// read as the count left out, the default (review_intervals.medium: 0
// reviewed every 12 months, reply_within_days: 0 gave 30 days, with no
// word); it is refused at the field. A key left out, empty or null keeps
// the default.
func TestZeroCounts(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"review interval 0", "review_intervals:\n  low: 24\n  medium: 0\n", []string{
			"bad-value register.yaml:4:11: review_intervals.medium is 0, which would be read as the default (12 months): write a number of months above 0, or leave it out for the default"}},
		{"every count 0", "questionnaire:\n  reply_within_days: 0\nreview_intervals: {low: 0, high: 00, critical: 0}\npublic_lists:\n  max_age_months: 0\n", []string{
			"bad-value register.yaml:3:22: questionnaire.reply_within_days is 0, which would be read as the default (30 days): write a number of days above 0, or leave it out for the default",
			"bad-value register.yaml:4:25: review_intervals.low is 0, which would be read as the default (24 months): write a number of months above 0, or leave it out for the default",
			"bad-value register.yaml:4:34: review_intervals.high is 0, which would be read as the default (6 months): write a number of months above 0, or leave it out for the default",
			"bad-value register.yaml:4:48: review_intervals.critical is 0, which would be read as the default (3 months): write a number of months above 0, or leave it out for the default",
			"bad-value register.yaml:6:19: public_lists.max_age_months is 0, which would be read as the default (3 months): write a number of months above 0, or leave it out for the default"}},
		{"left out", "review_intervals:\n  low: 24\n", nil},
		{"empty and null", "review_intervals:\n  medium:\n  high: ~\npublic_lists: {}\n", nil},
	} {
		res := decodeFile(job{rel: RegisterFile}, []byte("name: {ja: x}\n"+tc.src))
		if diff := cmp.Diff(tc.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s: (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestClassificationRanks: a scheme listed most sensitive first (as
// documented) with ranks counting up (1 for 3A) would score 3A
// information as class 1 and class 1 as 3A; it is refused at the rank, as
// is a rank below 1. A scheme whose ranks fall down the list is accepted.
func TestClassificationRanks(t *testing.T) {
	for _, tt := range []struct {
		name, yaml string
		want       []string
	}{
		{"ranks fall down the list", "classification:\n  confidentiality:\n    - {id: 3A, name: {ja: 3A}, rank: 3}\n    - {id: \"2\", name: {ja: 2}, rank: 2}\n    - {id: \"1\", name: {ja: 1}, rank: 1}\n  integrity: [{id: \"1\", name: {ja: 1}, rank: 1}]\n  availability: [{id: \"1\", name: {ja: 1}, rank: 1}]\n", nil},
		{"ranks count up", "classification:\n  confidentiality:\n    - {id: 3A, name: {ja: 3A}, rank: 1}\n    - {id: \"2\", name: {ja: 2}, rank: 2}\n  integrity: [{id: \"1\", name: {ja: 1}, rank: 0}]\n  availability: [{id: \"1\", name: {ja: 1}, rank: 1}]\n",
			[]string{
				"bad-value register.yaml:5:38: classification.confidentiality[1].rank (2) is not below the rank of 3A (1): list the levels most sensitive first, with the higher rank for the more sensitive level",
				"bad-value register.yaml:6:46: classification.integrity[0].rank is 0: give each level a rank of 1 or more (higher is more sensitive; 2 or more is class 2 or higher)",
			}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := decodeFile(job{rel: RegisterFile}, []byte("name: {ja: x}\n"+tt.yaml))
			if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestClassificationPartialScheme: a classification that lists only some
// axes (the confidentiality levels of an older 3/2/1 scheme, as the example
// of riskregister init shows) keeps the default levels on the axes it
// leaves out. Every entry's integrity and availability used to be refused
// as "not in the classification scheme: want one of " (an empty list), and
// a scheme giving only integrity levels was dropped whole for the default.
func TestClassificationPartialScheme(t *testing.T) {
	const service = "name: {ja: Box}\nowner: {section: somu}\napproval: {status: approved}\nprovider: {name: Box Inc.}\ncontract_type: negotiated\ndelivery: saas\n"
	for _, tt := range []struct {
		name, scheme, class string
		want                []string
	}{
		{"confidentiality only", "classification:\n  confidentiality:\n    - {id: \"3\", name: {ja: 機密性3}, rank: 3}\n    - {id: \"2\", name: {ja: 機密性2}, rank: 2}\n    - {id: \"1\", name: {ja: 機密性1}, rank: 1}\n",
			`{confidentiality: "3", integrity: "2", availability: "1"}`, nil},
		{"confidentiality only, unknown integrity", "classification:\n  confidentiality:\n    - {id: \"3\", name: {ja: 機密性3}, rank: 3}\n    - {id: \"1\", name: {ja: 機密性1}, rank: 1}\n",
			`{confidentiality: "3", integrity: "3"}`,
			[]string{`bad-classification services/box.yaml:7:42: integrity level "3" is not in the classification scheme: want one of 2, 1`}},
		{"integrity only", "classification:\n  integrity:\n    - {id: H, name: {ja: 高}, rank: 2}\n    - {id: L, name: {ja: 低}, rank: 1}\n",
			`{confidentiality: 3B, integrity: H, availability: "2"}`, nil},
		{"integrity only, default id", "classification:\n  integrity:\n    - {id: H, name: {ja: 高}, rank: 2}\n    - {id: L, name: {ja: 低}, rank: 1}\n",
			`{confidentiality: 3B, integrity: "2"}`,
			[]string{`bad-classification services/box.yaml:7:41: integrity level "2" is not in the classification scheme: want one of H, L`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			reg := strings.Replace(registerYAML, "-- register.yaml --\n", "-- register.yaml --\n"+tt.scheme, 1)
			dir := writeTxtar(t, reg+"-- services/box.yaml --\n"+service+"class: "+tt.class+"\n")
			_, err := Load(dir)
			var got []string
			if err != nil {
				got = lines(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
