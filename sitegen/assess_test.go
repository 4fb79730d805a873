package sitegen

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"unsafe"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/google/go-cmp/cmp"
)

// TestAssessOption: a site built with Options.Assess (every entry
// assessed by Build, its findings kept packed for its page) is byte for
// byte the site built from the assessments of AssessAll, in both
// languages, with and without a catalogue (without one the requirements
// page lists the requirements seen in findings), and every entry is
// assessed once: the lists and its page use the same assessment.
func TestAssessOption(t *testing.T) {
	reqs := testRequirements()
	sc := riskassess.Scorer{Blockers: catalog.Blockers()}
	for _, opts := range []Options{{}, {Lang: "en", Workers: 1}, {Requirements: []riskassess.Requirement{}, Workers: 3}} {
		want := readTree(t, must(testSite(t, testRegister, opts)))
		reg := loadTxtar(t, testRegister)
		var calls atomic.Int64
		opts.Assess = func(e riskassess.Entry) (riskassess.Assessment, error) {
			calls.Add(1)
			return sc.Assess(&reg.Org, reqs, e, testAsOf)
		}
		opts.OutDir, opts.AsOf = filepath.Join(t.TempDir(), "site"), testAsOf
		if opts.Requirements == nil {
			opts.Requirements = reqs
		}
		rep, err := Build(context.Background(), reg, nil, opts)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want, readTree(t, opts.OutDir)); d != "" {
			t.Errorf("%s, %d requirements: the site differs with Options.Assess (-AssessAll +Assess):\n%s", opts.Lang, len(opts.Requirements), d)
		}
		if n := len(reg.Entries()); calls.Load() != int64(n) {
			t.Errorf("Assess called %d times for %d entries, want %d", calls.Load(), n, n)
		}
		if rep.Assess <= 0 {
			t.Errorf("Report.Assess = %v, want the time of assessing", rep.Assess)
		}
	}
}

// TestAssessOptionErrors: Options.Assess with assessments given is
// refused; an error of Assess fails the build, naming the entry's file,
// and writes no site.
func TestAssessOptionErrors(t *testing.T) {
	reg := loadTxtar(t, testRegister)
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, testRequirements(), testAsOf))
	out := filepath.Join(t.TempDir(), "site")
	boom := errors.New("boom")
	assess := func(e riskassess.Entry) (riskassess.Assessment, error) { return riskassess.Assessment{}, boom }
	if _, err := Build(context.Background(), reg, as, Options{OutDir: out, AsOf: testAsOf, Assess: assess}); err == nil || !strings.Contains(err.Error(), "Options.Assess") {
		t.Errorf("assessments and Options.Assess: err = %v, want a refusal", err)
	}
	_, err := Build(context.Background(), reg, nil, Options{OutDir: out, AsOf: testAsOf, Assess: assess})
	named := err != nil && slices.ContainsFunc(reg.Entries(), func(e riskassess.Entry) bool { return strings.Contains(err.Error(), e.Base().Source) })
	if !errors.Is(err, boom) || !named {
		t.Errorf("Assess failing: err = %v, want boom naming an entry's file", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed build left the site folder: %v", err)
	}
}

// TestRenderOrder: every file once; the heavy files first, largest
// first, each followed by an equal share of the first half of the other
// files (largest first), so that they never wait on each other at the
// end of a build.
func TestRenderOrder(t *testing.T) {
	var pages []*page
	for i := range 20 {
		pages = append(pages, &page{path: "e" + string(rune('a'+i)), size: i})
	}
	for i, s := range []int{5, 50, 7} {
		pages = append(pages, &page{path: "h" + string(rune('a'+i)), size: s, heavy: true})
	}
	var got []string
	for _, p := range renderOrder(pages) {
		got = append(got, p.path)
	}
	want := []string{"hb", "et", "es", "er", "hc", "eq", "ep", "eo", "ha", "en", "em", "el",
		"ek", "ej", "ei", "eh", "eg", "ef", "ee", "ed", "ec", "eb", "ea"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("render order (-want +got):\n%s", d)
	}
	if len(renderOrder(pages[:20])) != 20 || !slices.Equal(renderOrder(nil), nil) {
		t.Error("renderOrder without heavy files or pages loses some")
	}
}

// TestRenderOrderShared: a heavy file that shares its view with a larger
// one (page.shares, the dashboard and the due page) is rendered right
// after it, not in its own place by size; a partner that is not among
// the pages is not added.
func TestRenderOrderShared(t *testing.T) {
	mk := func() (a, b, c, d, gone *page) {
		a = &page{path: "a", size: 9, heavy: true}
		b = &page{path: "b", size: 8, heavy: true}
		c = &page{path: "c", size: 7, heavy: true}
		d = &page{path: "d", size: 1, heavy: true}
		gone = &page{path: "gone", size: 5, heavy: true}
		return
	}
	for _, tc := range []struct {
		name string
		link func(a, b, c, d, gone *page)
		want []string
	}{
		{"none", func(a, b, c, d, gone *page) {}, []string{"a", "b", "c", "d"}},
		{"both ways", func(a, b, c, d, gone *page) { b.shares, d.shares = d, b }, []string{"a", "b", "d", "c"}},
		{"from the larger only", func(a, b, c, d, gone *page) { b.shares = d }, []string{"a", "b", "d", "c"}},
		{"partner not built", func(a, b, c, d, gone *page) { c.shares = gone }, []string{"a", "b", "c", "d"}},
	} {
		a, b, c, d, gone := mk()
		tc.link(a, b, c, d, gone)
		var got []string
		for _, p := range renderOrder([]*page{d, c, b, a}) {
			got = append(got, p.path)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: render order (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestDashboardAndDueRenderedTogether: the site's dashboard and due page,
// which share the due rows, are heavy, linked (page.shares) and next to
// each other among the heavy files of the render order.
func TestDashboardAndDueRenderedTogether(t *testing.T) {
	reg := loadTxtar(t, testRegister)
	reqs := testRequirements()
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf))
	pages, err := assemble(reg, as, &Options{AsOf: testAsOf, Requirements: reqs, Lang: "ja"})
	if err != nil {
		t.Fatal(err)
	}
	var heavy []string
	for _, p := range renderOrder(pages) {
		if p.heavy {
			heavy = append(heavy, p.path)
		}
	}
	i, j := slices.Index(heavy, "index.html"), slices.Index(heavy, "due.html")
	if i < 0 || j < 0 || i-j != 1 && j-i != 1 {
		t.Errorf("heavy files in render order %v: want index.html and due.html next to each other", heavy)
	}
}

// TestShared: the value is made by the first of n calls, given to all n,
// and made again after (it is not held past the n-th).
func TestShared(t *testing.T) {
	made := 0
	get := shared(2, func() []int { made++; return []int{made} })
	var got []int
	for range 5 {
		got = append(got, get()[0])
	}
	if want := []int{1, 1, 2, 2, 3}; !slices.Equal(got, want) {
		t.Errorf("values %v, want %v", got, want)
	}
}

// TestListFindings: the lists keep, in order, the findings not met,
// partly met or not answered, and every finding of a requirement outside
// the catalogue, with the message in the site's language; nothing else.
func TestListFindings(t *testing.T) {
	known := map[string]bool{"K-1": true}
	f := func(req string, o riskassess.Outcome) riskassess.Finding {
		return riskassess.Finding{FindingSpec: &riskassess.FindingSpec{Requirement: req}, Outcome: o,
			Message: riskassess.T(req+" "+string(o), req+" "+string(o)+" en")}
	}
	fs := []riskassess.Finding{f("K-1", riskassess.OutcomeMet), f("K-1", riskassess.OutcomeNotMet), f("K-1", riskassess.OutcomeNotApplicable),
		f("K-1", riskassess.OutcomePartial), f("X-1", riskassess.OutcomeMet), f("K-1", riskassess.OutcomeNotAnswered)}
	var got []string
	for _, l := range listFindings(fs, known, "en", nil) {
		got = append(got, l.message)
	}
	want := []string{"K-1 not-met en", "K-1 partial en", "X-1 met en", "K-1 not-answered en"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("listed findings (-want +got):\n%s", d)
	}
	if listFindings(fs[:1], known, "ja", nil) != nil {
		t.Error("a met finding of the catalogue is listed")
	}
}

// TestListFindingsShareMessages: with an interner, equal messages of the
// listed findings of different entries are one string (assessLean keeps
// 190,000 messages of 23,000 distinct texts at 10,000 entries).
func TestListFindingsShareMessages(t *testing.T) {
	msg := func() riskassess.Text {
		// A new string each time, as the assessor's messages are.
		return riskassess.T(strings.Repeat("未回答", 2), "")
	}
	fs := func() []riskassess.Finding {
		return []riskassess.Finding{{FindingSpec: &riskassess.FindingSpec{Requirement: "K-1"}, Outcome: riskassess.OutcomeNotAnswered, Message: msg()}}
	}
	msgs := newInterner()
	a := listFindings(fs(), nil, "ja", msgs)
	b := listFindings(fs(), nil, "ja", msgs)
	if a[0].message != "未回答未回答" || unsafe.StringData(a[0].message) != unsafe.StringData(b[0].message) {
		t.Errorf("messages %q and %q are not one string", a[0].message, b[0].message)
	}
}

// TestShareTexts: the texts a kept assessment says of its review and due
// items are one string per distinct text across assessments, and unchanged.
func TestShareTexts(t *testing.T) {
	// A new string each time, as the assessor's texts are.
	fresh := func(s string) string { return strings.Clone(s) }
	mk := func() riskassess.Assessment {
		return riskassess.Assessment{
			Review: riskassess.Review{Reason: riskassess.T(fresh("前回の見直しから1年"), fresh("a year after the last review"))},
			Due: []riskassess.DueItem{{What: fresh("IS 781555"), Field: fresh("certifications[0].valid_until"),
				Label: riskassess.T(fresh("ISMS認証（IS 781555）"), fresh("ISMS (IS 781555)")), Note: riskassess.T(fresh("未確認"), "")}},
		}
	}
	msgs := newInterner()
	a, b := mk(), mk()
	shareTexts(&a, msgs)
	shareTexts(&b, msgs)
	if d := cmp.Diff(mk(), a); d != "" {
		t.Errorf("shareTexts changed the assessment (-want +got):\n%s", d)
	}
	same := func(what, x, y string) {
		if unsafe.StringData(x) != unsafe.StringData(y) {
			t.Errorf("%s: %q and %q are not one string", what, x, y)
		}
	}
	same("review reason", a.Review.Reason.Ja, b.Review.Reason.Ja)
	same("review reason (en)", a.Review.Reason.En, b.Review.Reason.En)
	same("due what", a.Due[0].What, b.Due[0].What)
	same("due field", a.Due[0].Field, b.Due[0].Field)
	same("due label", a.Due[0].Label.Ja, b.Due[0].Label.Ja)
	same("due note", a.Due[0].Note.Ja, b.Due[0].Note.Ja)
}

// TestHeavyRequirementPages: the page of a requirement that many entries
// fail (more than heavyPage expected) is heavy, written out in pieces
// one at a time like a list page; the others are not.
func TestHeavyRequirementPages(t *testing.T) {
	reg := synth.Generate(4000, 1)
	reqs := catalog.Default()
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf))
	pages, err := assemble(reg, as, &Options{AsOf: testAsOf, Requirements: reqs, Lang: "ja"})
	if err != nil {
		t.Fatal(err)
	}
	var heavy, light int
	for _, p := range pages {
		if !strings.HasPrefix(p.path, "requirements/") {
			continue
		}
		if p.heavy != (p.size > heavyPage) {
			t.Errorf("%s: heavy %v with an expected size of %d bytes", p.path, p.heavy, p.size)
		}
		if p.heavy {
			heavy++
		} else {
			light++
		}
	}
	if heavy == 0 || light == 0 {
		t.Errorf("%d heavy and %d light requirement pages at 4,000 entries, want some of each", heavy, light)
	}
}
