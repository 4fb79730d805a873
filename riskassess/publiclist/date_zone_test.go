package publiclist

import (
	"bytes"
	"strings"
	"testing"
)

// TestListDateZoneInJapan: an expiry written as a date-time with a zone
// was read as the date before the time, the day in UTC or in the zone
// written: 2027-04-29T15:00:00Z, the JST midnight of 2027-04-30 as an
// export writes it in UTC, was recorded as 2027-04-29, a day early, and
// 2027-04-30T15:00:00Z (2027-05-01 in Japan) as 2027-04-30. The moment
// is read as its date in Japan, as a questionnaire's date answer is
// (wareki.CutTime). A time that is no time of day, or a note after the
// date, was cut off unread ("2027/4/30 25:00" kept the 30th, "2027/4/30
// 更新予定" read as a plain expiry); they are refused. A date, a date and
// a time without a zone or in JST, and a weekday still read.
func TestListDateZoneInJapan(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{
		{"2027-04-29T15:00:00Z", "2027-04-30"},
		{"2027-04-30T15:00:00Z", "2027-05-01"},
		{"2027-04-30T14:59:59Z", "2027-04-30"},
		{"2027-04-29T15:00:00.000Z", "2027-04-30"},
		{"2027-04-30T20:00:00-05:00", "2027-05-01"},
		{"2027-04-30 23:30 UTC", "2027-05-01"},
		{"2027-04-29 15:00:00+00", "2027-04-30"},
		{"２０２７－０４－２９Ｔ１５：００：００Ｚ", "2027-04-30"},
		{"2027/04/30 25:00", ""},
		{"2027/04/30 9:61", ""},
		{"2027/4/30 更新予定", ""},
		{"2027/4/30 2028/4/30", ""},
		// Read as before.
		{"2027/04/30 0:00:00", "2027-04-30"},
		{"2027-04-30T00:00:00+09:00", "2027-04-30"},
		{"2027-04-30T23:59", "2027-04-30"},
		{"2027-04-30 23:59 JST", "2027-04-30"},
		{"2027-04-30 00:00:00+09", "2027-04-30"},
		{"2027/04/30", "2027-04-30"},
		{"2027/4/30 (金)", "2027-04-30"},
		{"令和9年4月30日", "2027-04-30"},
		{" 2027/4/30 ", "2027-04-30"},
		{"46507", "2027-04-30"},
	} {
		d, err := parseListDate(tc.raw, false)
		got := ""
		if err == nil {
			got = d.String()
		}
		if got != tc.want || (tc.want == "") != (err != nil) {
			t.Errorf("parseListDate(%q) = %q, %v; want %q", tc.raw, got, err, tc.want)
		}
	}
	// Through the reader: the snapshot records the date in Japan.
	data := []byte("登録番号,クラウドサービス名称,クラウドサービス事業者名,有効期限\nC22-0077-3,クラウドストレージ,株式会社ストラタスファイル,2027-04-29T15:00:00Z\n")
	ls, err := ReadISMAP(bytes.NewReader(data), "list.csv")
	if err != nil || len(ls) != 1 || ls[0].ValidUntil.String() != "2027-04-30" {
		t.Errorf("ReadISMAP = %v, %v; want the expiry 2027-04-30", ls, err)
	}
	data = []byte("登録番号,クラウドサービス名称,クラウドサービス事業者名,有効期限\nC22-0077-3,クラウドストレージ,株式会社ストラタスファイル,2027/04/30 25:00\n")
	_, err = ReadISMAP(bytes.NewReader(data), "list.csv")
	if e, ok := err.(*Error); !ok || e.Place != "2:4" || !strings.Contains(e.Message("ja"), "日付として読めません") {
		t.Errorf("ReadISMAP(2027/04/30 25:00) = %v, want refused at 2:4", err)
	}
}
