package sitegen

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
)

// TestEntryTaskDateFromTheAnswer: a yearly task's date on the entry page
// is the one the due items and the catalogue use (riskassess.TaskDatesAt).
// With last_onsite_check empty and the council's answer to Q-OUT-31 giving
// the date, the page showed 最終の実地確認 "—" beside a due item dated from
// the answer; with both given and disagreeing (the register wins), 現在の回答
// listed the answer's date with nothing saying it was not used.
func TestEntryTaskDateFromTheAnswer(t *testing.T) {
	// acme-johou records no last_onsite_check; the council answered
	// Q-OUT-31 in the register.
	src := strings.Replace(testRegister, "answers:\n  q-isms:", "answers:\n  Q-OUT-31: { value: \"2025-07-22\" }\n  q-isms:", 1)
	overruled := strings.Replace(src, "last_confirmed: 2026-05-01\n", "last_confirmed: 2026-05-01\nlast_onsite_check: 2025-06-18\n", 1)
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"answer only", src, []string{
			`<dt>最終の実地確認</dt><dd>2025-07-22（台帳に記録なし。回答 Q-OUT-31 による: 台帳に記入された回答）</dd>`,
		}},
		{"register overrules the answer", overruled, []string{
			`<dt>最終の実地確認</dt><dd>2025-06-18</dd>`,
			`<td>2025-07-22（使われていません。台帳の last_onsite_check 2025-06-18 を使用）</td>`,
		}},
	} {
		page := acmePage(t, tc.name, tc.src)
		for _, want := range tc.want {
			if !strings.Contains(page, want) {
				t.Errorf("%s: page lacks %s", tc.name, want)
			}
		}
	}
}

// TestEntryReevaluationFromTheAnswer: the entry page's 前回見直し is the
// re-evaluation the review date reads (riskassess.ReevaluationAt). With
// last_reviewed empty, or after the as-of date with no review of the log
// by then, and the council's answer to Q-OUT-36 dating the yearly
// re-evaluation, the page showed 前回見直し "—" while its 見直し日の根拠,
// OUT-36 and the due items counted from the answer's date; an answer the
// register overrules was listed with nothing saying it was not used.
func TestEntryReevaluationFromTheAnswer(t *testing.T) {
	// acme-johou records no last_reviewed (approval decided 2026-04-01).
	src := strings.Replace(testRegister, "answers:\n  q-isms:", "answers:\n  Q-OUT-36: { value: \"2026-03-15\" }\n  q-isms:", 1)
	withReviewed := func(d string) string {
		return strings.Replace(src, "review_due: 2026-10-01\n", "review_due: 2026-10-01\nlast_reviewed: "+d+"\n", 1)
	}
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"answer only", src, []string{
			`<dt>前回見直し</dt><dd>2026-03-15（台帳に記録なし。回答 Q-OUT-36 による: 台帳に記入された回答）</dd>`,
		}},
		{"last_reviewed after the as-of date", withReviewed("2026-12-20"), []string{
			`<dt>前回見直し</dt><dd>2026-03-15（回答 Q-OUT-36 による: 台帳に記入された回答）（基準日より後の見直し 2026-12-20）</dd>`,
		}},
		{"register overrules the answer", withReviewed("2026-05-01"), []string{
			`<dt>前回見直し</dt><dd>2026-05-01</dd>`,
			`<td>2026-03-15（使われていません。台帳の last_reviewed 2026-05-01 を使用）</td>`,
		}},
	} {
		page := acmePage(t, tc.name, tc.src)
		for _, want := range tc.want {
			if !strings.Contains(page, want) {
				t.Errorf("%s: page lacks %s", tc.name, want)
			}
		}
	}
}

// acmePage builds the site of the register src (txtar) with the built-in
// catalogue as of testAsOf and returns acme-johou's entry page.
func acmePage(t *testing.T, name, src string) string {
	t.Helper()
	return acmePageOf(t, name, loadTxtar(t, src))
}

// acmePageOf is acmePage of the loaded register reg.
func acmePageOf(t *testing.T, name string, reg *riskassess.Register) string {
	t.Helper()
	return acmePageIn(t, name, reg, riskassess.LangJa)
}

// acmePageIn is acmePageOf in the site's language lang.
func acmePageIn(t *testing.T, name string, reg *riskassess.Register, lang riskassess.Lang) string {
	t.Helper()
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		t.Fatal(err)
	}
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf))
	dir := filepath.Join(t.TempDir(), "site")
	if _, err := Build(context.Background(), reg, as, Options{OutDir: dir, AsOf: testAsOf, Requirements: reqs, Lang: lang}); err != nil {
		t.Fatalf("%s: Build: %v", name, err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "entries", "contractor", "acme-johou.html"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestEntryAnswerToEarlierWording: the entry page's current answers
// listed an answer given to an earlier wording of a question next to the
// question's current text with nothing saying it does not count, while
// the finding on the same page says 未回答 (質問文が変わった…). The row
// says so now (riskassess.AnswerOutdated), in both languages; an answer
// to the question as it is is shown as before.
func TestEntryAnswerToEarlierWording(t *testing.T) {
	reg0 := loadTxtar(t, testRegister)
	reqs, err := catalog.ForOrg(&reg0.Org)
	if err != nil {
		t.Fatal(err)
	}
	var q *riskassess.Question
	for i := range reqs {
		if r := &reqs[i]; r.Question != nil && r.Question.Type == riskassess.AnswerYesNo && r.AppliesTo(riskassess.KindContractor) {
			q = r.Question
			break
		}
	}
	if q == nil {
		t.Fatal("no yes/no contractor question")
	}
	old := *q
	old.Text = riskassess.T("（旧）"+q.Text.Ja, "(old) "+q.Text.En)
	for _, tc := range []struct {
		name     string
		digest   string
		outdated bool
	}{
		{"earlier wording", riskassess.QuestionDigest(&old), true},
		{"current wording", riskassess.QuestionDigest(q), false},
	} {
		for _, lang := range []riskassess.Lang{riskassess.LangJa, riskassess.LangEn} {
			reg := loadTxtar(t, testRegister)
			var e riskassess.Entry
			for _, c := range reg.Contractors {
				if c.Base().ID == "acme-johou" {
					e = c
				}
			}
			if e == nil {
				t.Fatal("no acme-johou")
			}
			b := e.Base()
			b.Answers[q.ID] = riskassess.Answer{Value: "yes", Cell: "質問!D9"}
			b.Assessments = append(b.Assessments, riskassess.AssessmentRecord{On: riskassess.NewDate(2026, time.October, 1), Source: "q.xlsx",
				SHA256: strings.Repeat("2", 64), CatalogueVersion: "1", Answered: []string{q.ID}, Questions: map[string]string{q.ID: tc.digest}})
			page := acmePageIn(t, tc.name, reg, lang)
			i := strings.Index(page, `<th scope="row">`+q.ID+" ")
			if i < 0 {
				t.Fatalf("%s (%s): no answers row for %s", tc.name, lang, q.ID)
			}
			row, _, _ := strings.Cut(page[i:], "</tr>")
			mark := "（変わる前の質問文への回答。判定に使わない）"
			if lang == riskassess.LangEn {
				mark = " (answer to an earlier wording of the question: not counted)"
			}
			if got := strings.Contains(row, mark); got != tc.outdated {
				t.Errorf("%s (%s): row %q: mark %v, want %v", tc.name, lang, row, got, tc.outdated)
			}
		}
	}
}
