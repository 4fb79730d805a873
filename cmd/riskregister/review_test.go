package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/load"
	"github.com/google/go-cmp/cmp"
)

const reviewRegister = `
-- register.yaml --
name: {ja: 見本市議会}
sections:
  - {id: somu, name: {ja: 総務課}}
positions:
  - {id: kacho, title: {ja: 課長, en: Head}}
  - {id: kakaricho, title: {ja: 係長, en: Unit Head}}
people:
  - {id: yamada, name: {ja: 山田 太郎, en: Taro Yamada}, section: somu, position: kacho}
  - {id: yamada-h, name: {ja: 山田 花子}, section: somu, position: kakaricho}
  - {id: sato, name: {ja: 佐藤 一郎}, section: somu, position: kakaricho}
-- contractors/acme.yaml --
# 会議録作成の委託先
name: {ja: アクメ株式会社}
legal_name: アクメ株式会社
owner: {section: somu, position: kacho}
approval:
  status: approved   # 令和8年度
  decided_on: 2026-04-01
last_reviewed: 2026-04-01
`

// TestReviewRecordsTheLogAndTheNextReview: a review is appended with the
// risk at that moment, last_reviewed moves with it, the next review
// counts from it, and the file's comments stay.
func TestReviewRecordsTheLogAndTheNextReview(t *testing.T) {
	dir, out, res := reviewAcme(t, "契約に変更なし")
	e := res.Register.Contractors[0]
	as, err := riskassess.Scorer{Blockers: res.Blockers}.Assess(&res.Register.Org, res.Requirements, e, riskassess.NewDate(2026, 12, 1))
	if err != nil {
		t.Fatal(err)
	}
	want := []riskassess.ReviewRecord{{On: riskassess.NewDate(2026, 12, 1), Position: "kacho", Person: "yamada",
		Outcome: riskassess.ReviewStillValid, Reason: "契約に変更なし", Residual: as.Residual, Decision: as.Decision,
		PreviousReview: riskassess.NewDate(2026, 4, 1)}}
	if diff := cmp.Diff(want, e.Reviews); diff != "" {
		t.Errorf("reviews (-want +got):\n%s", diff)
	}
	if e.LastReviewed != want[0].On {
		t.Errorf("last_reviewed = %v", e.LastReviewed)
	}
	// The next review counts from the review, not from the decision.
	months := res.Register.Org.ReviewIntervals.Months(as.Residual)
	if next := want[0].On.AddMonths(months); as.NextReview != next || !strings.Contains(out, "次回の見直し: "+next.String()) {
		t.Errorf("next review %v, output %q; want %v", as.NextReview, out, next)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
	if !strings.HasPrefix(string(b), "# 会議録作成の委託先\n") || !strings.Contains(string(b), "status: approved   # 令和8年度\n") {
		t.Errorf("comments lost:\n%s", b)
	}
}

// TestReviewBeforeTheDecision: a review recorded with a date before the
// approval decision (entered late) leaves the decision the last review,
// and the next review the command prints is the one assess and due give
// afterwards. Assessed as of the review date the decision was left out
// (a date after the as-of date) and it printed the review date plus the
// interval, months earlier.
func TestReviewBeforeTheDecision(t *testing.T) {
	// Reviewed last on 2026-02-01 (a review before that would be refused:
	// it would move last_reviewed back).
	dir := writeTxtar(t, strings.Replace(reviewRegister, "last_reviewed: 2026-04-01", "last_reviewed: 2026-02-01", 1))
	code, out, errOut := execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", "2026-03-01",
		"--reviewer-position", "課長", "--reviewer", "山田太郎", "--outcome", "still-valid", "--reason", "年度末の見直し")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	res, err := load.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	as, err := riskassess.Scorer{Blockers: res.Blockers}.Assess(&res.Register.Org, res.Requirements, res.Register.Contractors[0], riskassess.NewDate(2026, 5, 1))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "次回の見直し: "+as.NextReview.String()) {
		t.Errorf("output %q; want the next review %v (from the decision of 2026-04-01)", out, as.NextReview)
	}
}

func TestReviewRetires(t *testing.T) {
	dir := writeTxtar(t, reviewRegister)
	code, out, errOut := execCLI(t, "--lang", "en", "review", "--register", dir, "--entry", "acme", "--date", "2026-12-01",
		"--reviewer-position", "kacho", "--reviewer", "yamada", "--outcome", "retired", "--reason", "業務終了")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "the entry is now a retired record") {
		t.Errorf("output %q", out)
	}
	res, err := load.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	e := res.Register.Contractors[0]
	if !riskassess.Retired(e) || e.Approval.DecidedOn != riskassess.NewDate(2026, 12, 1) {
		t.Errorf("approval = %+v", e.Approval)
	}
	// A retired record is not reviewed again.
	code, _, errOut = execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", "2026-12-02",
		"--reviewer-position", "kacho", "--reviewer", "yamada", "--outcome", "still-valid", "--reason", "x")
	if code != 1 || !strings.Contains(errOut, "廃止済み") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// TestReviewRetiresWithDataNotReturned: retiring a contractor whose
// contract ended with no return or deletion of the data recorded warns
// where to record it, and the item stays on the retired record: due lists
// it and check --fail-on overdue fails on it. Before, the warning said the
// item left due, check and the site, and every later run was silent (a
// retired record had no due items).
func TestReviewRetiresWithDataNotReturned(t *testing.T) {
	reg := strings.Replace(reviewRegister, "approval:\n", "contracts:\n  - {id: R8, from: 2026-04-01, to: 2026-10-31}\n  - {id: R7, from: 2025-04-01, to: 2026-03-31, data_returned_on: 2026-04-10}\napproval:\n", 1)
	dir := writeTxtar(t, reg)
	code, _, errOut := execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", "2026-12-01",
		"--reviewer-position", "kacho", "--reviewer", "yamada", "--outcome", "retired", "--reason", "業務終了")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := "contractors/acme.yaml: 警告: 契約（R8）の終了日（2026-10-31）を過ぎています。データの返却・廃棄の記録がありません。廃止しても、返却・消去を記録するまで期限の一覧・check・サイトに期限切れとして残ります。データの返却・消去を確かめて contracts[0].data_returned_on に記録してください\n"
	if !strings.HasSuffix(filepath.ToSlash(errOut), want) || strings.Count(errOut, "警告") != 1 {
		t.Errorf("stderr %q, want it to end with %q", errOut, want)
	}
	code, out, errOut := execCLI(t, "due", "--register", dir, "--as-of", "2026-12-05")
	if code != 0 || !strings.Contains(out, "R8") || strings.Contains(out, "R7") {
		t.Errorf("due after retiring: exit %d, stdout %q, stderr %q; want contract R8 listed, not R7", code, out, errOut)
	}
	code, out, errOut = execCLI(t, "check", "--register", dir, "--as-of", "2026-12-05", "--fail-on", "overdue")
	if code != 1 || !strings.Contains(out, "contractors/acme.yaml: 期限切れ: 契約終了 R8（2026-10-31、35日経過）") {
		t.Errorf("check after retiring: exit %d, stdout %q, stderr %q; want it to fail on contract R8", code, out, errOut)
	}
}

// TestReviewRetiresWithNoContractEnd: retiring a contractor whose
// contract records no end (to) and no data_returned_on warns where to
// record the return, as for an ended contract: the contract became a due
// item dated the retirement (riskassess.DueItems), and the warning comes
// from those items. A contract still running gives no warning (it falls
// due at its end). Before, the retirement was silent and the item first
// showed in due as overdue.
func TestReviewRetiresWithNoContractEnd(t *testing.T) {
	reg := strings.Replace(reviewRegister, "approval:\n", "contracts:\n  - {id: R8, from: 2026-04-01}\n  - {id: R9, from: 2026-04-01, to: 2027-03-31}\napproval:\n", 1)
	dir := writeTxtar(t, reg)
	code, _, errOut := execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", "2026-12-01",
		"--reviewer-position", "kacho", "--reviewer", "yamada", "--outcome", "retired", "--reason", "業務終了")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := "contractors/acme.yaml: 警告: 契約（R8）：廃止（2026-12-01）時点で契約の終了日がなく、預けた情報の返却・消去が記録されていないため、返却・消去が必要です（2026-12-01）。廃止しても、返却・消去を記録するまで期限の一覧・check・サイトに期限切れとして残ります。データの返却・消去を確かめて contracts[0].data_returned_on に記録してください\n"
	if !strings.HasSuffix(filepath.ToSlash(errOut), want) || strings.Count(errOut, "警告") != 1 {
		t.Errorf("stderr %q, want it to end with %q", errOut, want)
	}
	code, out, errOut := execCLI(t, "check", "--register", dir, "--as-of", "2026-12-05", "--fail-on", "overdue")
	if code != 1 || !strings.Contains(out, "contractors/acme.yaml: 期限超過: 契約終了 R8（2026-12-01") {
		t.Errorf("check after retiring: exit %d, stdout %q, stderr %q; want it to fail on contract R8", code, out, errOut)
	}
}

// TestReviewRetiresWithOpenAction: retiring a contractor with a
// corrective action not closed by the review date warns where to record
// its closing, once per such action (one closed before: no warning), and
// the action stays on the retired record: due lists it and check
// --fail-on overdue fails on it. Before, the retirement was silent and
// the action disappeared from every output.
func TestReviewRetiresWithOpenAction(t *testing.T) {
	reg := strings.Replace(reviewRegister, "approval:\n", "remediation:\n"+
		"  - {summary: 消去証明書の提出を求める, due: 2026-11-15}\n"+
		"  - {summary: 従事者名簿を更新させる, due: 2026-10-01, closed_on: 2026-10-20}\n"+
		"approval:\n", 1)
	dir := writeTxtar(t, reg)
	code, _, errOut := execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", "2026-12-01",
		"--reviewer-position", "kacho", "--reviewer", "yamada", "--outcome", "retired", "--reason", "業務終了")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := "contractors/acme.yaml: 警告: 是正措置「消去証明書の提出を求める」（期限 2026-11-15）の完了の記録がありません。廃止しても、完了を記録するまで期限の一覧・check・サイトに残ります。完了を確かめて remediation[0].closed_on に記録してください\n"
	if !strings.HasSuffix(filepath.ToSlash(errOut), want) || strings.Count(errOut, "警告") != 1 {
		t.Errorf("stderr %q, want it to end with %q", errOut, want)
	}
	code, out, errOut := execCLI(t, "due", "--register", dir, "--as-of", "2026-12-05")
	if code != 0 || !strings.Contains(out, "消去証明書の提出を求める") || strings.Contains(out, "従事者名簿") {
		t.Errorf("due after retiring: exit %d, stdout %q, stderr %q; want the open action listed, not the closed one", code, out, errOut)
	}
	code, out, errOut = execCLI(t, "check", "--register", dir, "--as-of", "2026-12-05", "--fail-on", "overdue")
	if code != 1 || !strings.Contains(out, "消去証明書の提出を求める") {
		t.Errorf("check after retiring: exit %d, stdout %q, stderr %q; want it to fail on the open action", code, out, errOut)
	}
}

// TestReviewRefusals: every bad input is refused with the flag named, and
// the file is left as it was.
func TestReviewRefusals(t *testing.T) {
	base := []string{"--entry", "acme", "--date", "2026-12-01", "--reviewer-position", "kacho", "--reviewer", "yamada", "--outcome", "still-valid", "--reason", "r"}
	with := func(flag, v string) []string {
		out := append([]string(nil), base...)
		for i := 0; i < len(out); i += 2 {
			if out[i] == flag {
				out[i+1] = v
			}
		}
		return out
	}
	for _, tt := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown entry", with("--entry", "nope"), 2, `--entry: ID "nope" のエントリは台帳にありません`},
		{"bad outcome", with("--outcome", "ok"), 2, `--outcome "ok"`},
		{"no reason", with("--reason", " "), 2, "--reason"},
		// reviews[].reason is one line: a multi-line reason was refused
		// only by the store, in English, as a file that would not read back.
		{"multi-line reason", with("--reason", "契約更新\n認証確認"), 2, "--reason: 理由は1行で書いてください"},
		{"tab in reason", with("--reason", "契約\t更新"), 2, "--reason: 理由は1行で書いてください"},
		{"bad date", with("--date", "2026/12/01"), 2, "--date"},
		{"future date", with("--date", "2999-01-01"), 2, "今日"},
		{"unknown position", with("--reviewer-position", "部長"), 2, `--reviewer-position "部長": register.yaml にその役職はありません`},
		{"ambiguous person", with("--reviewer", "山田"), 2, "該当する職員が複数あります（yamada、yamada-h）"},
		{"before the last review", with("--date", "2026-11-01"), 1, "より前です"},
		// sato is 係長: recording "課長 佐藤" wrote a sign-off nobody gave.
		{"reviewer not in that position", with("--reviewer", "sato"), 1, "佐藤 一郎（sato） は 2026-12-01 に 総務課の係長 で、課長 として見直しできません"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTxtar(t, reviewRegister)
			if tt.name == "before the last review" {
				if code, _, errOut := execCLI(t, append([]string{"review", "--register", dir}, base...)...); code != 0 {
					t.Fatalf("first review: %s", errOut)
				}
			}
			before, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
			code, _, errOut := execCLI(t, append([]string{"review", "--register", dir}, tt.args...)...)
			if code != tt.code || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, tt.code, tt.want)
			}
			if after, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml")); string(after) != string(before) {
				t.Errorf("file changed:\n%s", after)
			}
		})
	}
}

// TestReviewSaysTheReviewDueItRemoves: recording a review removes
// review_due (met by the review); one after the review date may be a
// follow-up the council set since (a review entered late), so the command
// says which date went. It went silently and the follow-up vanished from
// due and check.
func TestReviewSaysTheReviewDueItRemoves(t *testing.T) {
	dir := writeTxtar(t, strings.Replace(reviewRegister, "last_reviewed: 2026-04-01\n", "last_reviewed: 2026-04-01\nreview_due: 2027-01-31\n", 1))
	code, out, errOut := execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", "2026-10-01",
		"--reviewer-position", "課長", "--reviewer", "山田太郎", "--outcome", "still-valid", "--reason", "定期見直し")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "review_due: 2027-01-31 はこの見直しで済んだものとして削除しました") {
		t.Errorf("output does not name the review_due removed: %q", out)
	}
}

// TestReviewSaysTheOverdueReviewDueItRemoves: a review_due on or before
// the review date (the review was due, and is now done) was removed from
// the file without a word: the date staff wrote went unseen. The output
// now names it, in both languages; an entry without review_due says
// nothing of it.
func TestReviewSaysTheOverdueReviewDueItRemoves(t *testing.T) {
	for _, tt := range []struct{ due, lang, want string }{
		{"2026-09-30", "ja", "。review_due: 2026-09-30 はこの見直しで済んだため削除しました\n"},
		{"2026-10-01", "en", "; review_due: 2026-10-01 was removed, met by this review\n"},
	} {
		dir := writeTxtar(t, strings.Replace(reviewRegister, "last_reviewed: 2026-04-01\n", "last_reviewed: 2026-04-01\nreview_due: "+tt.due+"\n", 1))
		code, out, errOut := execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", "2026-10-01", "--lang", tt.lang,
			"--reviewer-position", "課長", "--reviewer", "山田太郎", "--outcome", "still-valid", "--reason", "定期見直し")
		if code != 0 || !strings.HasSuffix(out, tt.want) {
			t.Errorf("review_due %s: exit %d, %q %q; want it named", tt.due, code, out, errOut)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml")); strings.Contains(string(b), "review_due") {
			t.Errorf("review_due %s kept:\n%s", tt.due, b)
		}
	}
	dir := writeTxtar(t, reviewRegister)
	code, out, errOut := execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", "2026-10-01",
		"--reviewer-position", "課長", "--reviewer", "山田太郎", "--outcome", "still-valid", "--reason", "定期見直し")
	if code != 0 || strings.Contains(out, "review_due") {
		t.Errorf("no review_due: exit %d, %q %q", code, out, errOut)
	}
}

// TestReviewRunTwiceRecordsOnce: the same review command run again (a
// retry, a script run twice) finds its record and changes nothing; it
// appended a second identical record, and the log, the site and diff
// counted the review twice. A second review on the same day with another
// outcome is still recorded, and so is the first one again after it (it
// was taken as already recorded, and the other outcome stayed in force).
func TestReviewRunTwiceRecordsOnce(t *testing.T) {
	dir := writeTxtar(t, reviewRegister)
	file := filepath.Join(dir, "contractors", "acme.yaml")
	args := []string{"review", "--register", dir, "--entry", "acme", "--date", "2026-12-01",
		"--reviewer-position", "課長", "--reviewer", "山田太郎", "--outcome", "still-valid", "--reason", "契約に変更なし"}
	if code, _, errOut := execCLI(t, args...); code != 0 {
		t.Fatalf("first run: exit %d: %s", code, errOut)
	}
	once, _ := os.ReadFile(file)
	code, out, errOut := execCLI(t, args...)
	if code != 0 || !strings.Contains(out, "reviews[0] に記録済みです。何も変更していません") {
		t.Errorf("second run: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if twice, _ := os.ReadFile(file); string(twice) != string(once) {
		t.Errorf("second run changed the file:\n%s", twice)
	}
	// Another outcome the same day is another review.
	if code, _, errOut := execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", "2026-12-01",
		"--reviewer-position", "課長", "--reviewer", "山田太郎", "--outcome", "conditions-changed", "--reason", "契約に変更なし"); code != 0 {
		t.Fatalf("other outcome: exit %d: %s", code, errOut)
	}
	// The first review again after that one is recorded: the outcome in
	// force is the last record, and it was left at conditions-changed,
	// reported as already recorded in reviews[0]. Run once more, it is
	// already recorded, as the last record.
	if code, out, errOut := execCLI(t, args...); code != 0 || !strings.Contains(out, "見直しを記録しました") {
		t.Errorf("first review again: exit %d, stdout %q, stderr %q; want recorded", code, out, errOut)
	}
	if code, out, errOut := execCLI(t, args...); code != 0 || !strings.Contains(out, "reviews[2] に記録済みです。何も変更していません") {
		t.Errorf("first review again, run twice: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	res, err := load.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []riskassess.ReviewOutcome
	for _, r := range res.Register.Contractors[0].Reviews {
		got = append(got, r.Outcome)
	}
	if want := []riskassess.ReviewOutcome{riskassess.ReviewStillValid, riskassess.ReviewConditionsChanged, riskassess.ReviewStillValid}; !cmp.Equal(got, want) {
		t.Errorf("review log outcomes %v, want %v", got, want)
	}
}

// TestReviewReasonOneLine: a reason with the line break a shell gives at
// its end ($(cat reason.txt)) and full-width spaces inside is recorded as
// the one line it is; only a break inside the reason is refused.
func TestReviewReasonOneLine(t *testing.T) {
	_, _, res := reviewAcme(t, "契約・認証に変更なし　再委託なし\n")
	if got := res.Register.Contractors[0].Reviews; len(got) != 1 || got[0].Reason != "契約・認証に変更なし　再委託なし" {
		t.Errorf("reviews = %+v", got)
	}
}

// reviewAcme records a still-valid review of acme on 2026-12-01 by 課長
// 山田太郎 with reason in a new copy of reviewRegister, and returns the
// folder, the command's output and the register as loaded after it.
func reviewAcme(t *testing.T, reason string) (string, string, *load.Result) {
	t.Helper()
	dir := writeTxtar(t, reviewRegister)
	code, out, errOut := execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", "2026-12-01",
		"--reviewer-position", "課長", "--reviewer", "山田太郎", "--outcome", "still-valid", "--reason", reason)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	res, err := load.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return dir, out, res
}

// TestReviewOfRejectedEntry: reviewing a rejected entry without retiring
// it (still-valid) keeps it a rejected record, with no next review. The
// command said "the entry is now a retired record" (a record has no next
// review, and every record was taken for a retired one), while the file,
// due, check and the site kept it rejected. Retiring a rejected entry is
// still said to retire it.
func TestReviewOfRejectedEntry(t *testing.T) {
	reg := strings.Replace(reviewRegister, "status: approved   # 令和8年度", "status: rejected   # 令和8年度", 1)
	dir := writeTxtar(t, reg)
	code, out, errOut := execCLI(t, "--lang", "en", "review", "--register", dir, "--entry", "acme", "--date", "2026-12-01",
		"--reviewer-position", "kacho", "--reviewer", "yamada", "--outcome", "still-valid", "--reason", "却下のまま")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Contains(out, "retired") || !strings.Contains(out, "; the entry is a rejected record, with no next review") {
		t.Errorf("review of a rejected entry: %q", out)
	}
	res, err := load.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if e := res.Register.Contractors[0]; e.Approval.Status != riskassess.StatusRejected || riskassess.Retired(e) {
		t.Errorf("approval after the review = %+v", e.Approval)
	}
	code, out, errOut = execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", "2026-12-02",
		"--reviewer-position", "kacho", "--reviewer", "yamada", "--outcome", "retired", "--reason", "台帳から外す")
	if code != 0 || !strings.Contains(out, "廃止の記録になりました") {
		t.Errorf("retiring a rejected entry: exit %d, %q %q", code, out, errOut)
	}
}

// TestReviewReviewerVariantKanji: 髙 and 高 (齋 and 斎 …) are typed one for
// the other. With 高橋 一郎 and 髙橋 翼 both 係長, --reviewer 高橋 named 高橋
// 一郎 alone, and a review 髙橋 翼 did was recorded for him; it is now
// refused listing both. A full name still names its person, and a name
// that matches one person only with the variant folded (斎藤 for 齋藤 誠)
// names that person.
func TestReviewReviewerVariantKanji(t *testing.T) {
	reg := strings.Replace(reviewRegister, "people:\n", "people:\n"+
		"  - {id: takahashi-i, name: {ja: 高橋 一郎}, section: somu, position: kakaricho}\n"+
		"  - {id: takahashi-t, name: {ja: 髙橋 翼}, section: somu, position: kakaricho}\n"+
		"  - {id: saito, name: {ja: 齋藤 誠}, section: somu, position: kakaricho}\n", 1)
	review := func(dir, who, date string) (int, string, string) {
		return execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", date,
			"--reviewer-position", "係長", "--reviewer", who, "--outcome", "still-valid", "--reason", "定期見直し")
	}
	dir := writeTxtar(t, reg)
	if code, _, errOut := review(dir, "高橋", "2026-12-01"); code != 2 || !strings.Contains(errOut, `--reviewer "高橋": 該当する職員が複数あります（takahashi-i、takahashi-t）`) {
		t.Errorf("--reviewer 高橋 with 高橋 一郎 and 髙橋 翼: exit %d, %q", code, errOut)
	}
	for _, tt := range []struct{ who, want string }{
		{"髙橋　翼", "takahashi-t"},
		{"高橋 翼", "takahashi-t"},
		{"高橋一郎", "takahashi-i"},
		{"斎藤", "saito"},
	} {
		dir := writeTxtar(t, reg)
		if code, _, errOut := review(dir, tt.who, "2026-12-01"); code != 0 {
			t.Errorf("--reviewer %s: exit %d, %q", tt.who, code, errOut)
			continue
		}
		res, err := load.Dir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if rs := res.Register.Contractors[0].Reviews; len(rs) != 1 || rs[0].Person != tt.want {
			t.Errorf("--reviewer %s: reviews = %+v, want %s", tt.who, rs, tt.want)
		}
	}
}

// TestReviewReviewerVariantByPosition: with 高橋 一郎 the 課長 and 髙橋 翼 a
// 係長, --reviewer 高橋 --reviewer-position 課長 was refused as naming
// both (it had recorded 高橋 一郎), and so was 髙橋 for a review as 係長:
// the one who held --reviewer-position on --date is now named. With 髙橋
// 翼 the 課長 and 高橋 一郎 a 係長, 高橋 for a review as 課長 could mean
// either and is still refused, as is 髙橋 for one as 課長 when 高橋 一郎 is
// the 課長.
func TestReviewReviewerVariantByPosition(t *testing.T) {
	people := func(ichiro, tsubasa string) string {
		return strings.Replace(reviewRegister, "people:\n", "people:\n"+
			"  - {id: takahashi-i, name: {ja: 高橋 一郎}, section: somu, position: "+ichiro+"}\n"+
			"  - {id: takahashi-t, name: {ja: 髙橋 翼}, section: somu, position: "+tsubasa+"}\n", 1)
	}
	for _, tt := range []struct {
		name, reg, pos, who, want string
	}{
		{"高橋 as 課長, 高橋 一郎 the 課長", people("kacho", "kakaricho"), "課長", "高橋", "takahashi-i"},
		{"髙橋 as 係長, 髙橋 翼 the 係長", people("kacho", "kakaricho"), "係長", "髙橋", "takahashi-t"},
		{"高橋 as 係長, 髙橋 翼 the 係長", people("kacho", "kakaricho"), "係長", "高橋", ""},
		{"髙橋 as 課長, 高橋 一郎 the 課長", people("kacho", "kakaricho"), "課長", "髙橋", ""},
		{"高橋 as 課長, 髙橋 翼 the 課長", people("kakaricho", "kacho"), "課長", "高橋", ""},
		{"高橋 as 係長, both 係長", people("kakaricho", "kakaricho"), "係長", "高橋", ""},
		{"高橋 一郎 as 係長, both 係長", people("kakaricho", "kakaricho"), "係長", "高橋 一郎", "takahashi-i"},
	} {
		dir := writeTxtar(t, tt.reg)
		code, _, errOut := execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", "2026-12-01",
			"--reviewer-position", tt.pos, "--reviewer", tt.who, "--outcome", "still-valid", "--reason", "定期見直し")
		if tt.want == "" {
			if code != 2 || !strings.Contains(errOut, "該当する職員が複数あります（takahashi-i、takahashi-t）") {
				t.Errorf("%s: exit %d, %q; want refused naming both", tt.name, code, errOut)
			}
			continue
		}
		if code != 0 {
			t.Errorf("%s: exit %d, %q", tt.name, code, errOut)
			continue
		}
		res, err := load.Dir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if rs := res.Register.Contractors[0].Reviews; len(rs) != 1 || rs[0].Person != tt.want {
			t.Errorf("%s: reviews = %+v, want %s", tt.name, rs, tt.want)
		}
	}
}

// TestReviewKeepsTheLastReviewItReplaces: the first review logged on an
// entry (last_reviewed 2026-08-05, no log) replaced last_reviewed, and the
// earlier review was lost: as of the day before the new review, assess,
// due and check said the yearly re-evaluation was due now (期限超過（未実施）),
// which was not true on that day. The record keeps the date it replaced
// (previous_review), which counts before the review; a second review,
// whose replaced date is the first record's, writes none.
func TestReviewKeepsTheLastReviewItReplaces(t *testing.T) {
	dir := writeTxtar(t, strings.Replace(strings.Replace(reviewRegister,
		"decided_on: 2026-04-01", "decided_on: 2026-03-19", 1),
		"last_reviewed: 2026-04-01", "last_reviewed: 2026-08-05", 1))
	review := func(date, outcome string) {
		t.Helper()
		if code, _, errOut := execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", date,
			"--reviewer-position", "kacho", "--reviewer", "yamada", "--outcome", outcome, "--reason", "契約に変更なし"); code != 0 {
			t.Fatalf("review %s: exit %d: %s", date, code, errOut)
		}
	}
	review("2026-12-01", "still-valid")
	file := filepath.Join(dir, "contractors", "acme.yaml")
	if b, _ := os.ReadFile(file); !strings.Contains(string(b), "    previous_review: 2026-08-05\n") {
		t.Errorf("the replaced last_reviewed is not in the record:\n%s", b)
	}
	// As of the day before the review, the last review is 2026-08-05.
	code, out, errOut := execCLI(t, "assess", "--register", dir, "--as-of", "2026-11-30", "--format", "json")
	if code != 0 {
		t.Fatalf("assess: exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"field": "reviews[0].previous_review"`) || strings.Contains(out, `"overdue": true`) {
		t.Errorf("assess as of 2026-11-30: the review before the log does not count:\n%s", out)
	}
	code, out, errOut = execCLI(t, "due", "--register", dir, "--as-of", "2026-11-30", "--within", "0d")
	if code != 0 || strings.Contains(out, "期限超過") {
		t.Errorf("due as of 2026-11-30: exit %d, %s\n%s", code, out, errOut)
	}
	code, out, errOut = execCLI(t, "check", "--register", dir, "--as-of", "2026-11-30", "--fail-on", "overdue")
	if code != 0 || strings.Contains(out, "期限超過") {
		t.Errorf("check as of 2026-11-30: exit %d, %s\n%s", code, out, errOut)
	}
	// Before 2026-08-05 nothing of the log counts: the yearly
	// re-evaluation had not been done (as before the fix).
	if _, out, _ := execCLI(t, "assess", "--register", dir, "--as-of", "2026-08-04", "--format", "json"); !strings.Contains(out, `"field": "last_reviewed"`) || !strings.Contains(out, `"overdue": true`) {
		t.Errorf("assess as of 2026-08-04:\n%s", out)
	}
	// A second review replaces the first record's date: nothing to keep.
	review("2026-12-05", "rescored")
	res, err := load.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var prev []riskassess.Date
	for _, r := range res.Register.Contractors[0].Reviews {
		prev = append(prev, r.PreviousReview)
	}
	if want := []riskassess.Date{riskassess.NewDate(2026, 8, 5), {}}; !cmp.Equal(prev, want) {
		t.Errorf("previous_review of the records %v, want %v", prev, want)
	}
}

// TestReviewWithoutPreviousReview: a review log without previous_review
// (registers written before it, or an entry never reviewed before its
// first record) reads as before: as of a day before the first record
// with last_reviewed after it, the review is due now.
func TestReviewWithoutPreviousReview(t *testing.T) {
	dir := writeTxtar(t, strings.Replace(strings.Replace(reviewRegister,
		"decided_on: 2026-04-01", "decided_on: 2026-03-19", 1),
		"last_reviewed: 2026-04-01", `last_reviewed: 2026-12-01
reviews:
  - {on: 2026-12-01, position: kacho, person: yamada, outcome: still-valid, reason: 変更なし, residual: low, decision: approve}`, 1))
	code, out, errOut := execCLI(t, "assess", "--register", dir, "--as-of", "2026-11-30", "--format", "json")
	if code != 0 || !strings.Contains(out, `"field": "last_reviewed"`) || !strings.Contains(out, `"overdue": true`) {
		t.Errorf("assess as of 2026-11-30: exit %d\n%s\n%s", code, out, errOut)
	}
	// Never reviewed before: the first review writes no previous_review.
	dir = writeTxtar(t, strings.Replace(reviewRegister, "last_reviewed: 2026-04-01\n", "", 1))
	if code, _, errOut := execCLI(t, "review", "--register", dir, "--entry", "acme", "--date", "2026-12-01",
		"--reviewer-position", "kacho", "--reviewer", "yamada", "--outcome", "still-valid", "--reason", "変更なし"); code != 0 {
		t.Fatalf("review: exit %d: %s", code, errOut)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml")); strings.Contains(string(b), "previous_review") {
		t.Errorf("previous_review written with no last_reviewed:\n%s", b)
	}
}
