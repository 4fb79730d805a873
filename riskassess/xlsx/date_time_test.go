package xlsx

import (
	"strconv"
	"strings"
	"testing"
)

// TestDateWithBadTime: the time after a date was cut off unread, so a time
// that is no time of day (2026/4/1 25:30, as broadcasters write 1:30 on
// the 2nd; 10:61; 9:00:99; an offset of +25:00) left the date before it
// imported: a day early for 25:30. It is refused at the cell, answers and
// the cover's 回答日 alike; a date with a time of day reads as before.
func TestDateWithBadTime(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{
		{"2026/4/1 25:30", ""},
		{"2026/4/1 24:00", ""},
		{"2026-04-01T25:00", ""},
		{"２０２６/４/１　２５:００", ""},
		{"2026/4/1 9:61", ""},
		{"2026/4/1 9:00:99", ""},
		{"2026/4/1 (水) 25:00", ""},
		{"2026-04-01T09:00+25:00", ""},
		{"2026/4/1 午後 1:00 PM UTC", ""},
		{"25:00", ""},
		// A span of time: read as the offset UTC-12 it moved the date to
		// the 2nd.
		{"2026/4/1 10:00-12", ""},
		{"2026/4/1 10:00－12:00", ""},
		// Read as before.
		{"2026/4/1 9:00", "2026-04-01"},
		{"2026/4/1 23:59:59", "2026-04-01"},
		{"2026/4/1 0:00", "2026-04-01"},
		{"2026/4/1 午前0:30", "2026-04-01"},
		{"2026/4/1 午後0:30 UTC", "2026-04-01"},
		{"2026/4/1 12:30 AM UTC", "2026-04-01"},
		{"2026/4/1 (水) 10:00", "2026-04-01"},
		{"2026-04-01T23:30Z", "2026-04-02"},
		{"2026-04-01T01:00+14:00", "2026-03-31"},
		{"令和8年4月1日", "2026-04-01"},
		{"R8.4.1", "2026-04-01"},
	} {
		ja, en := "日付のあとの時刻が正しくありません", "the time after the date is no time of day"
		if strings.Contains(tc.raw, "10:00") && strings.ContainsAny(tc.raw, "-－") {
			ja, en = "時刻の範囲とも時差とも読めます。回答欄には日付だけを記入し", "reads as a span of time as well as an offset: write the date alone"
		}
		if tc.raw == "25:00" {
			ja, en = "", "" // no date at all: refused as before, with no cause
		}
		readOrRefused(t, defaultQ(), "Q-DT-02", tc.raw, tc.want, ErrBadDate, ja, en)
	}
	// The cover's 回答日.
	q := defaultQ()
	f := workbook(t, generate(t, q))
	rows, _ := f.GetRows("表紙")
	row := 0
	for i, r := range rows {
		if len(r) > 0 && strings.HasPrefix(r[0], "回答日") {
			row = i + 1
		}
	}
	if row == 0 {
		t.Fatal("no 回答日 row on 表紙")
	}
	f.SetCellStr("表紙", "B"+strconv.Itoa(row), "2026/4/1 25:30")
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
	if !res.Respondent.Date.IsZero() {
		t.Errorf("cover date 2026/4/1 25:30 read as %s", res.Respondent.Date)
	}
	found := false
	for _, p := range res.Problems {
		found = found || (p.Code == ErrBadDate && p.Cell == "B"+strconv.Itoa(row) && strings.Contains(p.Message("ja"), "日付のあとの時刻が正しくありません"))
	}
	if !found {
		t.Errorf("cover date 2026/4/1 25:30: problems %v", res.Problems)
	}
}
