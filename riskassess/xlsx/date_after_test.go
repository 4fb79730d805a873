package xlsx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// TestDateAfterAnswered: every built-in date question asks when something
// was last done (最後に確認した日, 最後に変更した日 …). A date after the day the
// answers were given (the 回答日 / 点検日 on the cover, or the import date
// when the cover has none or a later one) was imported as typed: a slip of
// the year (2027/12/20 for 2026/12/20) read as "not met, after the as-of
// date" until that day came, then as met for a year it had not earned. It
// is refused at its cell; the day itself and earlier days are read as
// before, and without a cover date or an import date nothing bounds it. A
// custom question asking for a day to come (no 最後に, no "last") is read
// as typed.
func TestDateAfterAnswered(t *testing.T) {
	day := func(s string) riskassess.Date {
		d, err := riskassess.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	type out struct {
		Value string
		Code  ErrorCode
	}
	for _, tc := range []struct {
		name        string
		cover       string // 回答日 on the cover, "" none
		asOf        string // ReadOptions.AsOf, "" none
		answer      any
		want        out
		wantMessage string
	}{
		{"after the cover date", "2026/12/1", "2026-12-05", "2026/12/3", out{"", ErrBadDate}, "回答日 2026-12-01 より後"},
		{"after the import date, no cover date", "", "2026-12-05", "令和9年12月20日", out{"", ErrBadDate}, "回答日 2026-12-05 より後"},
		{"a serial after the cover date", "2026/12/1", "2026-12-05", 46358.0, out{"", ErrBadDate}, "回答日 2026-12-01 より後"}, // 2026-12-02
		{"cover date after the import date: the import date bounds", "2027/1/10", "2026-12-05", "2026/12/6", out{"", ErrBadDate}, "回答日 2026-12-05 より後"},
		{"cover date only (no import date)", "2026/12/1", "", "2026/12/2", out{"", ErrBadDate}, "回答日 2026-12-01 より後"},
		// The cover date may be the slip (a check dated the day it began,
		// answered days later): the hint says so, not only "correct the
		// answer", which would make the answer false.
		{"the hint names the cover date as a slip too", "2026/12/1", "2026-12-05", "2026/12/3", out{"", ErrBadDate}, "表紙の回答日・点検日が早すぎる"},
		// Read as before.
		{"the cover date itself", "2026/12/1", "2026-12-05", "2026/12/1", out{"2026-12-01", 0}, ""},
		{"before the cover date", "2026/12/1", "2026-12-05", "R8.4.1", out{"2026-04-01", 0}, ""},
		{"between the cover and the import date", "2026/12/1", "2026-12-05", "2026/11/30", out{"2026-11-30", 0}, ""},
		{"no cover date, the import date itself", "", "2026-12-05", "2026/12/5", out{"2026-12-05", 0}, ""},
		{"nothing bounds it", "", "", "2030/1/1", out{"2030-01-01", 0}, ""},
		// A custom question asking for a day to come: read as typed.
		{"a question about a day to come", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
		// Custom questions about a day to come whose English text holds
		// "last" in another sense (were refused: every answer, and with
		// it the whole import).
		{"the last day of the contract", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
		{"plastic media", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
		{"how long it will last", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
		// Refused still: "last" asking when it was last done, without
		// 最後に in the Japanese text.
		{"last changed, no 最後に", "2026/12/1", "2026-12-05", "2026/12/3", out{"", ErrBadDate}, "回答日 2026-12-01 より後"},
		{"Last review, no 最後に", "2026/12/1", "2026-12-05", "2026/12/3", out{"", ErrBadDate}, "回答日 2026-12-01 より後"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			text := riskassess.T("委託先の対策状況を最後に確認した日はいつですか。", "When did you last check the contractor's measures?")
			if tt, ok := map[string]riskassess.Text{
				"a question about a day to come": riskassess.T("次回の外部監査の予定日はいつですか。", "When is the next external audit planned?"),
				"the last day of the contract":   riskassess.T("契約の最終日はいつですか。", "What is the last day of the contract?"),
				"plastic media":                  riskassess.T("記録媒体の廃棄予定日はいつですか。", "When will the plastic media be destroyed?"),
				"how long it will last":          riskassess.T("現在の認証の有効期限はいつですか。", "Date the current certificate will last until?"),
				"last changed, no 最後に":           riskassess.T("パスワードを前回変更した日はいつですか。", "When was the password last changed?"),
				"Last review, no 最後に":            riskassess.T("直近の見直し日はいつですか。", "Last review date?"),
			}[tc.name]; ok {
				text = tt
			}
			for i := range q.Requirements {
				if qq := q.Requirements[i].Question; qq != nil && qq.ID == "Q-DT-01" {
					c := *qq
					c.Text = text
					q.Requirements[i].Question = &c
				}
			}
			f := workbook(t, generate(t, q))
			cell := setAnswer(t, f, qs, "Q-DT-01", tc.answer)
			if tc.cover != "" {
				rows, _ := f.GetRows("表紙")
				for i, r := range rows {
					if len(r) > 0 && strings.HasPrefix(r[0], "回答日") {
						f.SetCellStr("表紙", "B"+strconv.Itoa(i+1), tc.cover)
					}
				}
			}
			opts := ReadOptions{Requirements: q.Requirements}
			if tc.asOf != "" {
				opts.AsOf = day(tc.asOf)
			}
			res := readBytes(t, save(t, f), opts)
			it := itemOf(t, res, "Q-DT-01")
			got := out{res.Answers["Q-DT-01"].Value, it.ErrorCode}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Fatalf("(-want +got):\n%s", diff)
			}
			if tc.wantMessage == "" {
				return
			}
			if it.Cell != qs+"!"+cell || !strings.Contains(it.Message, tc.wantMessage) || !strings.Contains(it.Message, qs+"!"+cell) {
				t.Errorf("item %+v, want an error at %s!%s saying %q", it, qs, cell, tc.wantMessage)
			}
			for _, p := range res.Problems {
				if p.QuestionID == "Q-DT-01" && (strings.Contains(p.Message("en"), "より後") || strings.Contains(p.Message("en"), "回答日")) {
					t.Errorf("English message has Japanese: %s", p.Message("en"))
				}
			}
		})
	}
}
