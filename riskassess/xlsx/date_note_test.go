package xlsx

import (
	"strings"
	"testing"
)

// TestDateNote: a date answer with a note after it that held a colon
// ("2025/4/1 最終更新：2026/4/1", "R7.4.1 ※R8.4.1更新予定：確認中") was cut
// at its first space as if the rest were a time, so the first date was
// imported and the note (with the other date) dropped, silently. Only a
// time is cut now; a date followed by a note is refused at its cell with
// the hint to write the date alone, in both languages.
func TestDateNote(t *testing.T) {
	for _, tc := range []struct {
		raw, want string
		note      bool // refused as a date with a note
	}{
		{"2025/4/1 最終更新：2026/4/1", "", true},
		{"2025/4/1 最終更新: 2026/4/1", "", true},
		{"R7.4.1 ※R8.4.1更新予定：確認中", "", true},
		{"2025/4/1 または 2026/4/1 (予定: 未定)", "", true},
		{"2026/4/1 10:00 予定", "", true},
		{"2026/4/1 予定", "", true},
		// Read as before: a time after the date, in the forms writers and
		// people use; a weekday in brackets (checked by wareki).
		{"2026-04-01 00:00:00", "2026-04-01", false},
		{"2026/4/1 10:30", "2026-04-01", false},
		{"2026/4/1 10：30", "2026-04-01", false},
		{"2026/4/1 10:00:00.000", "2026-04-01", false},
		{"2026/4/1 午前10:00", "2026-04-01", false},
		{"2026/4/1 10:00 AM", "2026-04-01", false},
		{"2026-04-01 09:00 JST", "2026-04-01", false},
		{"2026/4/1 10:00 (JST)", "2026-04-01", false},
		{"2026/4/1 10:00（JST）", "2026-04-01", false},
		{"2026-04-01T09:00:00+09:00", "2026-04-01", false},
		{"2026/4/1 (水)", "2026-04-01", false},
		{"2026/4/1 (水) 10:00", "2026-04-01", false},
		{"2026年4月1日 （水） 午後1:30", "2026-04-01", false},
		{"2025/4/1 最終更新：2026/4/1 10:00", "", true},
		{"令和 8 年 4 月 1 日", "2026-04-01", false},
		{"R 8.4.1", "2026-04-01", false},
	} {
		d, err := parseDateCell(tc.raw, false)
		got := ""
		if err == nil {
			got = d.String()
		}
		if got != tc.want || (err == errDateNote) != tc.note || (tc.want == "") != (err != nil) {
			t.Errorf("parseDateCell(%q) = %q, %v; want %q (note refused %v)", tc.raw, got, err, tc.want, tc.note)
		}
	}
	q := defaultQ()
	f := workbook(t, generate(t, q))
	cell := setAnswer(t, f, qs, "Q-DT-02", "2025/4/1 最終更新：2026/4/1")
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
	if a, ok := res.Answers["Q-DT-02"]; ok {
		t.Errorf("read as %q, want refused", a.Value)
	}
	var msgs []string
	for _, p := range res.Problems {
		if p.QuestionID == "Q-DT-02" {
			msgs = append(msgs, p.Message("ja"), p.Message("en"))
		}
	}
	if len(msgs) != 2 || !strings.Contains(msgs[0], cell) || !strings.Contains(msgs[0], "日付のあとに補足があります。回答欄には日付だけを記入し（例: 2026/4/1）、補足はコメント欄に書いてください") ||
		!strings.Contains(msgs[1], cell) || !strings.Contains(msgs[1], "the date is followed by a note: write the date alone in the answer (e.g. 2026/4/1) and put the note in the comment column") {
		t.Errorf("at %s: messages %q", cell, msgs)
	}
}

// TestDateNone: a date question answered that there is no date (なし,
// 該当なし, 未実施, -, N/A, none) was refused with the reason of a date
// that cannot be read, 元号が分かりません (unknown era), a fix that has
// nothing to do with it. It is refused with the hint to leave the answer
// blank and say so in the comment; dates read as before.
func TestDateNone(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		none bool
	}{
		{"なし", true}, {"該当なし", true}, {"未実施", true}, {"-", true}, {"ー", true}, {"N/A", true},
		{"none", true}, {"いいえ", true}, {"ＮＡ", true}, {"未定", true},
		{"令和8年4月1日", false}, {"2026/4/1", false},
	} {
		q := defaultQ()
		f := workbook(t, generate(t, q))
		setAnswer(t, f, qs, "Q-DT-02", tc.raw)
		res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
		it := itemOf(t, res, "Q-DT-02")
		if tc.none != (it.ErrorCode == ErrBadDate && strings.Contains(it.Message, "回答欄を空欄にし、コメント欄にその旨を書いてください")) {
			t.Errorf("%q: item %+v", tc.raw, it)
		}
		if !tc.none && it.ErrorCode != 0 {
			t.Errorf("%q: refused: %s", tc.raw, it.Message)
		}
		if tc.none && strings.Contains(it.Message, "元号") {
			t.Errorf("%q: names the era: %s", tc.raw, it.Message)
		}
	}
}
