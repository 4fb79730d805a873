package xlsx

import (
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
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
// as typed. A custom question asking in Japanese alone when something was
// last done in other words (前回の外部監査の実施日, 直近の脆弱性診断の実施日,
// 最終更新日) was read as typed: its later dates are refused too, unless the
// text names a day to come (次回, 予定, 期限, 終了日 …), as a deadline set
// at the previous audit does.
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
		// Custom questions asking, in Japanese alone, when something was
		// last done in other words than 最後に (前回, 直近, 最終実施 …):
		// a later date was imported as typed (and met a custom
		// requirement that any answer meets).
		{"前回, no English", "2026/12/1", "2026-12-05", "2027/3/1", out{"", ErrBadDate}, "回答日 2026-12-01 より後"},
		{"直近, no English", "2026/12/1", "2026-12-05", "2027/1/15", out{"", ErrBadDate}, "回答日 2026-12-01 より後"},
		{"最終更新日, no English", "2026/12/1", "2026-12-05", "2026/12/2", out{"", ErrBadDate}, "回答日 2026-12-01 より後"},
		{"最終実施日, no English", "2026/12/1", "2026-12-05", "2026/12/2", out{"", ErrBadDate}, "回答日 2026-12-01 より後"},
		{"前回, its day itself", "2026/12/1", "2026-12-05", "2026/12/1", out{"2026-12-01", 0}, ""},
		{"直近, an earlier day", "2026/12/1", "2026-12-05", "2026/6/30", out{"2026-06-30", 0}, ""},
		// Questions about a day to come with those words, or with "last"
		// in English, are read as typed (the deadline was refused before,
		// for its English "last").
		{"a deadline set at the previous audit", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
		{"直近の更新予定日", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
		{"直近の契約の終了日", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
		{"最終納品日", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
		{"最終日", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
		{"最後に meaning finally", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
		{"次回, no English", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
		// 次の meaning "the following", and a deadline that is what was
		// checked, name no day to come: a later date was imported as typed.
		{"次の事項を最後に確認した日", "2026/12/1", "2026-12-05", "2027/3/1", out{"", ErrBadDate}, "回答日 2026-12-01 より後"},
		{"次のうち直近に実施した訓練", "2026/12/1", "2026-12-05", "2027/3/1", out{"", ErrBadDate}, "回答日 2026-12-01 より後"},
		{"有効期限を最後に確認した日", "2026/12/1", "2026-12-05", "2027/3/1", out{"", ErrBadDate}, "回答日 2026-12-01 より後"},
		// Read as typed still: 次の of a day to come, a deadline asked.
		{"次の更新日", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
		{"前回の監査の是正期限", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
		// In English alone: "most recent" and "previous" ask it too; a day
		// to come (next, planned …) never does, "last" or not.
		{"most recent, in English alone", "2026/12/1", "2026-12-05", "2026/12/3", out{"", ErrBadDate}, "回答日 2026-12-01 より後"},
		{"previous, in English alone", "2026/12/1", "2026-12-05", "2026/12/3", out{"", ErrBadDate}, "回答日 2026-12-01 より後"},
		{"the next audit after the last one", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
		{"the deadline the last review set", "2026/12/1", "2026-12-05", "2027/3/31", out{"2027-03-31", 0}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			text := riskassess.T("委託先の対策状況を最後に確認した日はいつですか。", "When did you last check the contractor's measures?")
			if tt, ok := map[string]riskassess.Text{
				"a question about a day to come":       riskassess.T("次回の外部監査の予定日はいつですか。", "When is the next external audit planned?"),
				"the last day of the contract":         riskassess.T("契約の最終日はいつですか。", "What is the last day of the contract?"),
				"plastic media":                        riskassess.T("記録媒体の廃棄予定日はいつですか。", "When will the plastic media be destroyed?"),
				"how long it will last":                riskassess.T("現在の認証の有効期限はいつですか。", "Date the current certificate will last until?"),
				"last changed, no 最後に":                 riskassess.T("パスワードを前回変更した日はいつですか。", "When was the password last changed?"),
				"Last review, no 最後に":                  riskassess.T("見直しをした日はいつですか。", "Last review date?"),
				"前回, no English":                       {Ja: "前回の外部監査の実施日はいつですか。"},
				"直近, no English":                       {Ja: "直近の脆弱性診断の実施日はいつですか。"},
				"最終更新日, no English":                    {Ja: "規程の最終更新日はいつですか。"},
				"最終実施日, no English":                    {Ja: "避難訓練の最終実施日はいつですか。"},
				"前回, its day itself":                   {Ja: "前回の外部監査の実施日はいつですか。"},
				"直近, an earlier day":                   {Ja: "直近の脆弱性診断の実施日はいつですか。"},
				"a deadline set at the previous audit": riskassess.T("前回の監査で指摘された事項の是正期限はいつですか。", "What is the deadline for fixing what the last audit found?"),
				"直近の更新予定日":                             {Ja: "認証の直近の更新予定日はいつですか。"},
				"直近の契約の終了日":                            {Ja: "直近の契約の終了日はいつですか。"},
				"最終納品日":                                {Ja: "成果物の最終納品日はいつですか。"},
				"最終日":                                  {Ja: "作業の最終日はいつですか。"},
				"最後に meaning finally":                  {Ja: "最後に、次回の訓練の日を記入してください。"},
				"次回, no English":                       {Ja: "次回の外部監査はいつですか。"},
				"次の事項を最後に確認した日":                        {Ja: "次の事項を最後に確認した日はいつですか（バックアップの復元テスト、ログの確認）。"},
				"次のうち直近に実施した訓練":                        {Ja: "次のうち、直近に実施した訓練の日はいつですか。"},
				"有効期限を最後に確認した日":                        {Ja: "委託先の認証の有効期限を最後に確認した日はいつですか。"},
				"次の更新日":                                {Ja: "認証の次の更新日はいつですか。"},
				"前回の監査の是正期限":                           {Ja: "前回の監査で指摘された事項の是正期限を記入してください。"},
				"most recent, in English alone":        riskassess.T("外部監査の実施日はいつですか。", "Date of the most recent external audit?"),
				"previous, in English alone":           riskassess.T("外部監査の実施日はいつですか。", "When was the previous external audit?"),
				"the next audit after the last one":    riskassess.T("外部監査の日はいつですか。", "When is the next audit after the last one?"),
				"the deadline the last review set":     riskassess.T("見直しで定めた日はいつですか。", "What deadline did the last review set?"),
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
				f.SetCellStr("表紙", "B"+answeredRow(t, f), tc.cover)
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

// TestBuiltInDateQuestionsAskLastDone: every built-in date question asks
// when something was last done, so its later dates are refused; a word
// of a day to come added to one of them (toComeJa), or a rule that no
// longer knows its wording, would read its later dates as typed.
func TestBuiltInDateQuestionsAskLastDone(t *testing.T) {
	var not []string
	n := 0
	for _, r := range catalog.Default() {
		if q := r.Question; q != nil && q.Type == riskassess.AnswerDate {
			n++
			if !asksLastDone(q) {
				not = append(not, q.ID+" "+q.Text.Ja)
			}
		}
	}
	if n == 0 {
		t.Fatal("no built-in date question: the test proves nothing")
	}
	if diff := cmp.Diff([]string(nil), not); diff != "" {
		t.Errorf("built-in date questions not read as asking when something was last done (-want +got):\n%s", diff)
	}
}
