package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// reviewed is a review record whose reason needs quoting in YAML (a colon
// and space, a hash, a leading dash), so that a round trip would show any
// drift.
func reviewed(day int, o riskassess.ReviewOutcome) riskassess.ReviewRecord {
	return riskassess.ReviewRecord{On: riskassess.NewDate(2026, 12, day), Position: "kacho", Person: "tanaka",
		Outcome: o, Reason: "- 契約更新: 条件 #2 を確認", Residual: riskassess.RiskMedium, Decision: riskassess.DecisionConditional}
}

func readEntryFile(t *testing.T, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestAppendReviewKeepsTheFileAndReadsBack(t *testing.T) {
	entry := strings.Replace(commentedEntry, "legal_name: 株式会社アクメ\n", "legal_name: 株式会社アクメ\nlast_reviewed: 2026-04-01  # 年度当初\n", 1)
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+entry)
	rec := reviewed(1, riskassess.ReviewStillValid)
	if err := AppendReview(dir, riskassess.KindContractor, "acme", rec); err != nil {
		t.Fatal(err)
	}
	got := readEntryFile(t, dir)
	// last_reviewed changes in place (its comment kept) and reviews: is
	// added at the end; every other line stays.
	want := strings.Replace(entry, "last_reviewed: 2026-04-01  # 年度当初\n", "last_reviewed: 2026-12-01 # 年度当初\n", 1) + `reviews:
  - on: 2026-12-01
    position: kacho
    person: tanaka
    outcome: still-valid
    reason: '- 契約更新: 条件 #2 を確認'
    residual: medium
    decision: conditional
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("file (-want +got):\n%s", diff)
	}

	// Read back: the record is the one written, and last_reviewed with it.
	reg, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := reg.Contractors[0]
	if diff := cmp.Diff([]riskassess.ReviewRecord{rec}, c.Reviews); diff != "" {
		t.Errorf("reviews read back (-want +got):\n%s", diff)
	}
	if c.LastReviewed != rec.On {
		t.Errorf("last_reviewed = %v, want %v", c.LastReviewed, rec.On)
	}

	// Write again what was read, into the original file: the same bytes.
	dir2 := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+entry)
	if err := AppendReview(dir2, riskassess.KindContractor, "acme", c.Reviews[0]); err != nil {
		t.Fatal(err)
	}
	if again := readEntryFile(t, dir2); again != got {
		t.Errorf("written, read and written again: not the same bytes (-first +again):\n%s", cmp.Diff(got, again))
	}

	// A second review adds only its own lines after the first.
	rec2 := reviewed(20, riskassess.ReviewRescored)
	rec2.Reason, rec2.Residual, rec2.Decision = "再評価", riskassess.RiskLow, riskassess.DecisionApprove
	if err := AppendReview(dir, riskassess.KindContractor, "acme", rec2); err != nil {
		t.Fatal(err)
	}
	want2 := strings.Replace(want, "last_reviewed: 2026-12-01", "last_reviewed: 2026-12-20", 1) + `  - on: 2026-12-20
    position: kacho
    person: tanaka
    outcome: rescored
    reason: 再評価
    residual: low
    decision: approve
`
	if diff := cmp.Diff(want2, readEntryFile(t, dir)); diff != "" {
		t.Errorf("second review (-want +got):\n%s", diff)
	}
	if _, err := Load(dir); err != nil {
		t.Errorf("after the second review: %v", err)
	}
}

func TestAppendReviewRetires(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+commentedEntry)
	rec := reviewed(1, riskassess.ReviewRetired)
	if err := AppendReview(dir, riskassess.KindContractor, "acme", rec); err != nil {
		t.Fatal(err)
	}
	reg, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := reg.Contractors[0]
	wantApproval := riskassess.Approval{Status: riskassess.StatusRetired, Approver: "kacho", DecidedOn: rec.On,
		History: []riskassess.DecisionRecord{{Status: riskassess.StatusRetired, Approver: "kacho", On: rec.On, Note: rec.Reason}}}
	if diff := cmp.Diff(wantApproval, c.Approval); diff != "" {
		t.Errorf("approval (-want +got):\n%s", diff)
	}
	if !riskassess.Retired(c) {
		t.Error("the entry is not retired")
	}
	got := readEntryFile(t, dir)
	// The comment inside approval: stays; the lines before it too.
	if !strings.Contains(got, "  # 課長決裁\n") || !strings.HasPrefix(got, "# 株式会社アクメ — 会議録作成業務\nname: {ja: 株式会社アクメ, en: Acme}  # 略称\n") {
		t.Errorf("comments lost:\n%s", got)
	}
}

func TestAppendReviewCRLFAndFlow(t *testing.T) {
	for name, entry := range map[string]string{
		"crlf": strings.ReplaceAll(commentedEntry, "\n", "\r\n"),
		"flow": "{name: {ja: アクメ}, owner: {section: somu}, approval: {status: approved}, legal_name: アクメ, reviews: []}\n",
	} {
		t.Run(name, func(t *testing.T) {
			dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+entry)
			rec := reviewed(1, riskassess.ReviewConditionsChanged)
			if err := AppendReview(dir, riskassess.KindContractor, "acme", rec); err != nil {
				t.Fatal(err)
			}
			got := readEntryFile(t, dir)
			if name == "crlf" && strings.Count(got, "\n") != strings.Count(got, "\r\n") {
				t.Errorf("line ends mixed:\n%q", got)
			}
			reg, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]riskassess.ReviewRecord{rec}, reg.Contractors[0].Reviews); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestAppendReviewRefusesABrokenFile(t *testing.T) {
	entry := commentedEntry + "sertifications: []\n"
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+entry)
	err := AppendReview(dir, riskassess.KindContractor, "acme", reviewed(1, riskassess.ReviewStillValid))
	if err == nil || !strings.Contains(err.Error(), "nothing written") {
		t.Errorf("err = %v, want a refusal", err)
	}
	if got := readEntryFile(t, dir); got != entry {
		t.Errorf("file changed:\n%s", got)
	}
}

func TestReviewLogChecks(t *testing.T) {
	const rev = `reviews:
  - {on: 2026-12-01, position: kacho, person: tanaka, outcome: still-valid, reason: 変更なし, residual: low, decision: approve}
`
	for _, tt := range []struct {
		name, extra string
		want        []string
	}{
		{"agrees", "last_reviewed: 2026-12-01\n" + rev, nil},
		{"last_reviewed earlier", "last_reviewed: 2026-04-01\n" + rev,
			[]string{`review-log contractors/acme.yaml:21:16: last_reviewed is "2026-04-01" but the latest review in reviews: is of 2026-12-01: they are one record of the last review; write last_reviewed: 2026-12-01, or record the later review with riskregister review`}},
		{"last_reviewed missing", rev,
			[]string{`review-log contractors/acme.yaml:22:10: last_reviewed is "" but the latest review in reviews: is of 2026-12-01: they are one record of the last review; write last_reviewed: 2026-12-01, or record the later review with riskregister review`}},
		{"previous_review before the record", "last_reviewed: 2026-12-01\n" + strings.Replace(rev, "decision: approve}", "decision: approve, previous_review: 2026-08-05}", 1), nil},
		{"previous_review on the record's day", "last_reviewed: 2026-12-01\n" + strings.Replace(rev, "decision: approve}", "decision: approve, previous_review: 2026-12-01}", 1),
			[]string{`review-log contractors/acme.yaml:23:142: reviews[0].previous_review 2026-12-01 is not before reviews[0].on 2026-12-01: it is the last review date this review replaced, held before it; correct the date, or delete the line if it is not such a date`}},
		{"previous_review after the record", "last_reviewed: 2026-12-01\n" + strings.Replace(rev, "decision: approve}", "decision: approve, previous_review: 2026-12-08}", 1),
			[]string{`review-log contractors/acme.yaml:23:142: reviews[0].previous_review 2026-12-08 is not before reviews[0].on 2026-12-01: it is the last review date this review replaced, held before it; correct the date, or delete the line if it is not such a date`}},
		{"previous_review on a later record", "last_reviewed: 2026-12-03\n" + rev + "  - {on: 2026-12-03, position: kacho, person: tanaka, outcome: still-valid, reason: 変更なし, residual: low, decision: approve, previous_review: 2026-06-01}\n",
			[]string{`review-log contractors/acme.yaml:24:142: reviews[1].previous_review 2026-06-01 is on a record other than the first: only the log's first record can keep the last review date held before the log (a later record replaced the record before it); move the date to reviews[0].previous_review if it is a review before the log, or delete the line`}},
		{"previous_review on the first of two records", "last_reviewed: 2026-12-03\n" + strings.Replace(rev, "decision: approve}", "decision: approve, previous_review: 2026-08-05}", 1) + "  - {on: 2026-12-03, position: kacho, person: tanaka, outcome: still-valid, reason: 変更なし, residual: low, decision: approve}\n", nil},
		{"out of order and incomplete", "last_reviewed: 2026-11-01\n" + rev + "  - {on: 2026-11-01, position: bucho, person: tanaka, outcome: retired}\n",
			[]string{
				`missing-field contractors/acme.yaml:24:5: missing required field "reviews[1].decision"`,
				`missing-field contractors/acme.yaml:24:5: missing required field "reviews[1].reason"`,
				`missing-field contractors/acme.yaml:24:5: missing required field "reviews[1].residual"`,
				`review-log contractors/acme.yaml:24:10: reviews[1].on 2026-11-01 is before reviews[0].on 2026-12-01: the review log is kept oldest first; move the record or correct the date`,
				`dangling-ref contractors/acme.yaml:24:32: unknown position "bucho" in reviews[1].position: register.yaml has no such position under positions:`,
			}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+commentedEntry+tt.extra)
			_, err := Load(dir)
			if diff := cmp.Diff(tt.want, lines(err)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestAppendReviewRetiredKeepsThePriorDecision: retiring an entry whose
// approval has a decided_on and no history (most entries) keeps that
// approval in approval.history before the retirement, in the file as
// entryedit.ApplyReview does in memory; the approval it ends is not erased.
func TestAppendReviewRetiredKeepsThePriorDecision(t *testing.T) {
	entry := strings.Replace(commentedEntry, "  approver: kacho\n", "  approver: kacho\n  decided_on: 2026-02-20\n  conditions:\n    - 機密性1に限る\n", 1)
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+entry)
	rec := reviewed(1, riskassess.ReviewRetired)
	if err := AppendReview(dir, riskassess.KindContractor, "acme", rec); err != nil {
		t.Fatal(err)
	}
	reg, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []riskassess.DecisionRecord{
		{Status: riskassess.StatusApproved, Approver: "kacho", On: riskassess.NewDate(2026, 2, 20), Note: "機密性1に限る"},
		{Status: riskassess.StatusRetired, Approver: "kacho", On: rec.On, Note: rec.Reason},
	}
	if diff := cmp.Diff(want, reg.Contractors[0].Approval.History); diff != "" {
		t.Errorf("approval.history (-want +got):\n%s", diff)
	}
}

// TestAppendReviewMeetsTheReviewDue: the review meets the review due date
// the entry had, so review_due goes (its line only; the comment above it
// stays in a file that has one elsewhere). Kept, a review on 2026-12-01
// with review_due: 2026-12-20 left the next review at 12-20, overdue after
// it, although the review had been done.
func TestAppendReviewMeetsTheReviewDue(t *testing.T) {
	entry := strings.Replace(commentedEntry, "legal_name: 株式会社アクメ\n", "legal_name: 株式会社アクメ\nreview_due: 2026-12-20\nlast_reviewed: 2026-04-01\n", 1)
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+entry)
	if err := AppendReview(dir, riskassess.KindContractor, "acme", reviewed(1, riskassess.ReviewStillValid)); err != nil {
		t.Fatal(err)
	}
	got := readEntryFile(t, dir)
	if strings.Contains(got, "review_due") {
		t.Errorf("review_due kept:\n%s", got)
	}
	// Every other line of the file stays (the text edit, not a re-encoding).
	want := strings.Replace(entry, "review_due: 2026-12-20\nlast_reviewed: 2026-04-01\n", "last_reviewed: 2026-12-01\n", 1)
	if !strings.HasPrefix(got, want) {
		t.Errorf("file (-want +got):\n%s", cmp.Diff(want, got[:min(len(got), len(want))]))
	}
	reg, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if c := reg.Contractors[0]; !c.ReviewDue.IsZero() || c.LastReviewed != riskassess.NewDate(2026, 12, 1) {
		t.Errorf("read back: review_due %v, last_reviewed %v", c.ReviewDue, c.LastReviewed)
	}
}

// TestAppendReviewKeepsTheReviewDueComment: a review_due with a comment
// beside it (why the council set the date) goes, its comment stays and the
// rest of the file is kept as written. The comment made the text edit give
// up and the whole file was re-encoded without it (blank lines and the
// spacing of other comments lost too).
func TestAppendReviewKeepsTheReviewDueComment(t *testing.T) {
	for name, due := range map[string]string{
		"beside": "review_due: 2026-12-20  # 議会の追加確認\n",
		"above":  "# 議会の追加確認\nreview_due: 2026-12-20\n",
	} {
		entry := strings.Replace(commentedEntry, "legal_name: 株式会社アクメ\n", "legal_name: 株式会社アクメ\n"+due+"last_reviewed: 2026-04-01\n", 1)
		dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+entry)
		if err := AppendReview(dir, riskassess.KindContractor, "acme", reviewed(1, riskassess.ReviewStillValid)); err != nil {
			t.Fatal(err)
		}
		got := readEntryFile(t, dir)
		want := strings.Replace(entry, due+"last_reviewed: 2026-04-01\n", "# 議会の追加確認\nlast_reviewed: 2026-12-01\n", 1)
		if !strings.HasPrefix(got, want) {
			t.Errorf("%s: file (-want +got):\n%s", name, cmp.Diff(want, got[:min(len(got), len(want))]))
		}
	}
}

// TestAppendReviewRetiresAnExpiredApproval: retiring an entry whose
// approval had expired (valid_until before the review) records the
// retirement. The retirement's decided_on after the kept valid_until made
// the loader refuse the result, and AppendReview failed with "would not
// read back as this review" (riskregister review --outcome retired on
// kokuryo-joho of the example register, approval valid until 2026-11-19).
func TestAppendReviewRetiresAnExpiredApproval(t *testing.T) {
	entry := strings.Replace(commentedEntry, "  approver: kacho\n", "  approver: kacho\n  decided_on: 2025-11-20\n  valid_until: 2026-11-19\n", 1)
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+entry)
	rec := reviewed(1, riskassess.ReviewRetired)
	if err := AppendReview(dir, riskassess.KindContractor, "acme", rec); err != nil {
		t.Fatal(err)
	}
	reg, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	// The approval moved into the history keeps its valid_until: the
	// decision in force before the retirement (InForceOn) has its expiry
	// (it was lost, a date before the retirement read as no end date).
	want := riskassess.Approval{Status: riskassess.StatusRetired, Approver: "kacho", DecidedOn: rec.On, ValidUntil: riskassess.NewDate(2026, 11, 19),
		History: []riskassess.DecisionRecord{
			{Status: riskassess.StatusApproved, Approver: "kacho", On: riskassess.NewDate(2025, 11, 20), ValidUntil: riskassess.NewDate(2026, 11, 19)},
			{Status: riskassess.StatusRetired, Approver: "kacho", On: rec.On, Note: rec.Reason}}}
	if diff := cmp.Diff(want, reg.Contractors[0].Approval); diff != "" {
		t.Errorf("approval (-want +got):\n%s", diff)
	}
	if got := readEntryFile(t, dir); !strings.Contains(got, "{status: approved, approver: kacho, on: 2025-11-20, valid_until: 2026-11-19}") {
		t.Errorf("history record without valid_until:\n%s", got)
	}
}

// TestAppendReviewKeepsThePreviousReview: the last_reviewed a review
// replaced (previous_review) is written after the record's other lines,
// plain, and reads back; one not before the review's date is refused and
// nothing is written.
func TestAppendReviewKeepsThePreviousReview(t *testing.T) {
	entry := strings.Replace(commentedEntry, "legal_name: 株式会社アクメ\n", "legal_name: 株式会社アクメ\nlast_reviewed: 2026-08-05\n", 1)
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+entry)
	rec := reviewed(1, riskassess.ReviewStillValid)
	rec.PreviousReview = riskassess.NewDate(2026, 8, 5)
	if err := AppendReview(dir, riskassess.KindContractor, "acme", rec); err != nil {
		t.Fatal(err)
	}
	if got := readEntryFile(t, dir); !strings.HasSuffix(got, "    decision: conditional\n    previous_review: 2026-08-05\n") {
		t.Errorf("file:\n%s", got)
	}
	reg, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]riskassess.ReviewRecord{rec}, reg.Contractors[0].Reviews); diff != "" {
		t.Errorf("reviews read back (-want +got):\n%s", diff)
	}

	dir = writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+entry)
	rec.PreviousReview = rec.On
	if err := AppendReview(dir, riskassess.KindContractor, "acme", rec); err == nil || !strings.Contains(err.Error(), "nothing written") {
		t.Errorf("previous_review on the review's day: err = %v, want a refusal", err)
	}
	if got := readEntryFile(t, dir); got != entry {
		t.Errorf("file changed:\n%s", got)
	}
}
