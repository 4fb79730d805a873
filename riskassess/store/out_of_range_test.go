package store

import (
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// farDocs are minimal files of each kind with one date field to fill in
// (%s), named by field; the date is on the last line.
var farDocs = []struct{ field, kind, rel, src string }{
	{"approval.valid_until", "contractor", "contractors/x.yaml", "name: {ja: x}\nowner: {section: somu}\nlegal_name: x\napproval:\n  status: approved\n  decided_on: 2026-03-24\n  valid_until: %s\n"},
	{"approval.history[].valid_until", "contractor", "contractors/x.yaml", "name: {ja: x}\nowner: {section: somu}\nlegal_name: x\napproval:\n  status: approved\n  decided_on: 2027-03-24\n  history:\n    - {status: approved, on: 2026-03-24, valid_until: %s}\n"},
	{"certifications[].valid_until", "contractor", "contractors/x.yaml", "name: {ja: x}\nowner: {section: somu}\nlegal_name: x\napproval: {status: approved}\ncertifications:\n  - {type: isms, number: IS 1, valid_until: %s}\n"},
	{"contracts[].to", "contractor", "contractors/x.yaml", "name: {ja: x}\nowner: {section: somu}\nlegal_name: x\napproval: {status: approved}\ncontracts:\n  - {id: k1, scope: 保守, from: 2026-04-01, to: %s}\n"},
	{"review_due", "contractor", "contractors/x.yaml", "name: {ja: x}\nowner: {section: somu}\nlegal_name: x\napproval: {status: approved}\nreview_due: %s\n"},
	{"last_reviewed", "contractor", "contractors/x.yaml", "name: {ja: x}\nowner: {section: somu}\nlegal_name: x\napproval: {status: approved}\nlast_reviewed: %s\n"},
	{"contract_end", "service", "services/x.yaml", "name: {ja: x}\nowner: {section: somu}\nprovider: {name: p}\ncontract_type: terms\ndelivery: saas\napproval: {status: approved}\ncontract_end: %s\n"},
	{"ismap.valid_until", "service", "services/x.yaml", "name: {ja: x}\nowner: {section: somu}\nprovider: {name: p}\ncontract_type: terms\ndelivery: saas\napproval: {status: approved}\nismap: {list: ismap, number: C22-0031-1, valid_until: %s}\n"},
	{"password_changed_on", "social", "social/x.yaml", "name: {ja: 議会X}\nowner: {section: somu}\napproval: {status: approved}\nplatform: x\nhandle: \"@chofu_gikai\"\nurl: https://x.com/chofu_gikai\nstatus: active\nresponsible: {section: somu}\npassword_changed_on: %s\n"},
	{"people[].until", "", RegisterFile, "name: {ja: x}\nsections: [{id: somu}]\npeople:\n  - {id: p1, section: somu, from: 2026-04-01, until: %s}\n"},
}

// TestFarFutureDateRefused: a year typed 2926 for 2026 (or 9999-12-31
// for "no end") loaded without a word, and an approval, a certificate,
// an ISMAP listing or a contract counted as valid for 900 years, a
// review as never due. Every date field now refuses a year after MaxYear
// at its place, with CodeOutOfRange, also when written in 和暦 (whose
// ISO form would be refused in turn).
func TestFarFutureDateRefused(t *testing.T) {
	for _, d := range farDocs {
		for _, v := range []string{"2926-04-01", "2100-01-01", "9999-12-31", "令和908年4月1日"} {
			src := strings.Replace(d.src, "%s", v, 1)
			res := decodeFile(job{kind: riskassess.Kind(d.kind), id: "x", rel: d.rel}, []byte(src))
			last := strings.Split(strings.TrimSuffix(src, "\n"), "\n")
			line := len(last)
			col := strings.Index(last[line-1], v)
			col = len([]rune(last[line-1][:col])) + 1
			want := []string{"out-of-range " + d.rel + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col) + ": date \"" + v + "\" is after 2099, the last year a register date may have: correct the year (a slip such as 2926 for 2026); for an end that is not fixed, leave the date out"}
			if diff := cmp.Diff(want, lines(Errors(res.errs))); diff != "" {
				t.Errorf("%s: %s (-want +got):\n%s", d.field, v, diff)
			}
			if len(res.errs) == 1 && !strings.Contains(res.errs[0].Message("ja"), "2099 年より後") {
				t.Errorf("%s: %s: Japanese message %q", d.field, v, res.errs[0].Message("ja"))
			}
		}
	}
}

// TestPlausibleDatesLoad: the dates of real registers still load: the
// last day of MaxYear, a ten-year contract, an approval valid for five
// years, a certificate held since 2010; a date in 和暦 is still refused
// as bad-date with its ISO form, as before.
func TestPlausibleDatesLoad(t *testing.T) {
	for _, d := range farDocs {
		for _, v := range []string{"2099-12-31", "2036-03-31", "2031-03-31", "2027-03-31"} {
			src := strings.Replace(d.src, "%s", v, 1)
			res := decodeFile(job{kind: riskassess.Kind(d.kind), id: "x", rel: d.rel}, []byte(src))
			if len(res.errs) > 0 {
				t.Errorf("%s: %s: %v", d.field, v, Errors(res.errs))
			}
		}
		src := strings.Replace(d.src, "%s", "令和18年3月31日", 1)
		res := decodeFile(job{kind: riskassess.Kind(d.kind), id: "x", rel: d.rel}, []byte(src))
		if len(res.errs) != 1 || res.errs[0].Code != CodeBadDate || res.errs[0].Replacement != "2036-03-31" {
			t.Errorf("%s: 令和18年3月31日: %v, want bad-date with 2036-03-31", d.field, Errors(res.errs))
		}
	}
	src := "name: {ja: x}\nowner: {section: somu}\nlegal_name: x\napproval: {status: approved}\n" +
		"certifications:\n  - {type: isms, number: IS 1, obtained_on: 2010-04-01, valid_until: 2028-03-31}\n" +
		"contracts:\n  - {id: k1, scope: 保守, from: 2026-04-01, to: 2036-03-31}\n"
	if res := decodeFile(job{kind: "contractor", id: "x", rel: "contractors/x.yaml"}, []byte(src)); len(res.errs) > 0 {
		t.Errorf("ten-year contract, certificate held since 2010: %v", Errors(res.errs))
	}
}

// TestReviewIntervalTooLong: review_intervals.low: 1200 (or 240 for 24)
// loaded, and an entry of that level came up for review a century after
// its last review, never in practice. A level over MaxReviewMonths is
// refused with CodeOutOfRange, and the ordering check says nothing more
// about it; 60 months and the usual intervals still load.
func TestReviewIntervalTooLong(t *testing.T) {
	for _, tt := range []struct {
		ri   string
		want []string
	}{
		{"{low: 1200}", []string{"out-of-range register.yaml:2:25: review_intervals.low is 1200 months (100 years): reviews of that level would in effect never fall due; write at most 60 months (5 years), e.g. low 24, medium 12, high 6, critical 3"}},
		{"{low: 240}", []string{"out-of-range register.yaml:2:25: review_intervals.low is 240 months (20 years): reviews of that level would in effect never fall due; write at most 60 months (5 years), e.g. low 24, medium 12, high 6, critical 3"}},
		{"{low: 61}", []string{"out-of-range register.yaml:2:25: review_intervals.low is 61 months (5.1 years): reviews of that level would in effect never fall due; write at most 60 months (5 years), e.g. low 24, medium 12, high 6, critical 3"}},
		{"{medium: 120}", []string{"out-of-range register.yaml:2:28: review_intervals.medium is 120 months (10 years): reviews of that level would in effect never fall due; write at most 60 months (5 years), e.g. low 24, medium 12, high 6, critical 3"}},
		{"{low: 60}", nil},
		{"{low: 60, medium: 60, high: 60, critical: 60}", nil},
		{"{low: 36, medium: 24, high: 12, critical: 6}", nil},
		{"{low: 24, medium: 12, high: 6, critical: 2}", nil},
		// Growing with the risk is still refused as before.
		{"{low: 6, medium: 12}", []string{"bad-value register.yaml:2:36: review_intervals.medium (12 months) is longer than review_intervals.low (6 months): entries of higher residual risk would be reviewed less often; give each level the same or fewer months than the level below it, e.g. low 24, medium 12, high 6, critical 3"}},
	} {
		res := decodeFile(job{rel: RegisterFile}, []byte("name: {ja: x}\nreview_intervals: "+tt.ri+"\n"))
		if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.ri, diff)
		}
		if len(tt.want) == 1 && strings.HasPrefix(tt.want[0], "out-of-range") && len(res.errs) == 1 && !strings.Contains(res.errs[0].Message("ja"), "か月（5 年）以下") {
			t.Errorf("%s: Japanese message %q", tt.ri, res.errs[0].Message("ja"))
		}
	}
}
