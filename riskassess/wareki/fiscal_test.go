package wareki_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
)

func TestParseFiscalYear(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want riskassess.FiscalYear
	}{
		{"2026", 2026}, {"FY2026", 2026}, {"fy2026", 2026}, {"2026年度", 2026}, {"ＦＹ２０２６", 2026}, {"2026年", 2026}, {"２０２６年", 2026},
		{"R8", 2026}, {"r8", 2026}, {"令和8", 2026}, {"令和8年度", 2026}, {"令和８年度", 2026}, {" 令和 8 年度 ", 2026},
		{"R8年度", 2026}, {"令和八年度", 2026}, {"㋿8年度", 2026},
		// The first year of an era, and the year two eras share.
		{"令和元年度", 2019}, {"R1", 2019}, {"令和元", 2019}, {"平成31年度", 2019}, {"H31", 2019},
		{"平成元年度", 1989}, {"H1", 1989}, {"昭和64年度", 1989}, {"昭和63年度", 1988},
		{"平成30年度", 2018},
	}
	for _, tt := range tests {
		got, err := wareki.ParseFiscalYear(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseFiscalYear(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestParseFiscalYearErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, reason string }{
		{"", "空欄"},
		{"26", "4桁"},
		{"1850", "範囲外"},
		{"平成32年度", "平成は31年（2019）までです。2020年度は令和2年度です"},
		{"H32", "令和2年度"},
		{"昭和65", "平成2年度"},
		{"令和0年度", "元年度"},
		{"X8", "元号が分かりません"},
		// A western year with more after it is no era name.
		{"2026年4月", "西暦の年度は 2026 か 2026年度 のように年だけを書いてください"},
		{"2026/4", "西暦の年度は 2026 か 2026年度 のように年だけを書いてください"},
		{"令和", "年を書いてください"},
		{"令和8年4月1日", "年を書いてください"},
	}
	for _, tt := range tests {
		_, err := wareki.ParseFiscalYear(tt.in)
		var fe *wareki.FiscalYearError
		if !errors.As(err, &fe) || !strings.Contains(fe.Reason, tt.reason) {
			t.Errorf("ParseFiscalYear(%q) = %v; want a reason containing %q", tt.in, err, tt.reason)
		}
		// The command splits Reason at " / " into the Japanese and the
		// English message (cmd/riskregister parseFiscalYearFlag); a
		// reason without it showed both languages in Japanese mode and
		// an empty reason in English.
		if fe != nil {
			ja, en, ok := strings.Cut(fe.Reason, " / ")
			if !ok || ja == "" || en == "" {
				t.Errorf("ParseFiscalYear(%q): reason %q does not split at \" / \" into Japanese %q and English %q", tt.in, fe.Reason, ja, en)
			}
		}
	}
}

func TestFormatFiscalYear(t *testing.T) {
	t.Parallel()
	tests := []struct {
		y    riskassess.FiscalYear
		want string
	}{
		{2026, "令和8年度"}, {2020, "令和2年度"}, {2019, "令和元年度"}, {2018, "平成30年度"},
		{1989, "平成元年度"}, {1988, "昭和63年度"}, {1926, "昭和元年度"}, {1867, "1867年度"},
	}
	for _, tt := range tests {
		if got := wareki.FormatFiscalYear(tt.y); got != tt.want {
			t.Errorf("FormatFiscalYear(%d) = %q, want %q", tt.y, got, tt.want)
		}
		// What is formatted parses back to the same year.
		if tt.y >= 1900 {
			if back, err := wareki.ParseFiscalYear(tt.want); err != nil || back != tt.y {
				t.Errorf("ParseFiscalYear(%q) = %d, %v; want %d", tt.want, back, err, tt.y)
			}
		}
	}
}

func TestFormatYearMonthEraChange(t *testing.T) {
	t.Parallel()
	tests := []struct {
		y    int
		m    time.Month
		want string
	}{
		{2019, time.April, "平成31年4月"}, {2019, time.May, "令和元年5月"}, {2020, time.March, "令和2年3月"},
		{1989, time.January, "昭和64年1月"}, // the 1st is still Showa (Heisei began on the 8th)
		{1989, time.February, "平成元年2月"}, {2026, time.April, "令和8年4月"},
	}
	for _, tt := range tests {
		if got := wareki.FormatYearMonth(tt.y, tt.m); got != tt.want {
			t.Errorf("FormatYearMonth(%d, %d) = %q, want %q", tt.y, tt.m, got, tt.want)
		}
	}
}

func TestFormatStyle(t *testing.T) {
	t.Parallel()
	tests := []struct {
		d     riskassess.Date
		style riskassess.DateStyle
		lang  riskassess.Lang
		want  string
	}{
		{date(2026, 4, 1), riskassess.DateWareki, "ja", "令和8年4月1日"},
		{date(2019, 4, 30), riskassess.DateWareki, "ja", "平成31年4月30日"},
		{date(2019, 5, 1), riskassess.DateWareki, "ja", "令和元年5月1日"},
		{date(2026, 4, 1), riskassess.DateWareki, "en", "2026-04-01"},
		{date(2026, 4, 1), riskassess.DateISO, "ja", "2026-04-01"},
		{date(2026, 4, 1), "", "ja", "2026-04-01"},
		{riskassess.Date{}, riskassess.DateWareki, "ja", ""},
	}
	for _, tt := range tests {
		if got := wareki.FormatStyle(tt.d, tt.style, tt.lang); got != tt.want {
			t.Errorf("FormatStyle(%s, %q, %q) = %q, want %q", tt.d, tt.style, tt.lang, got, tt.want)
		}
	}
}

func ExampleParseFiscalYear() {
	for _, s := range []string{"令和8年度", "R8", "FY2026", "令和元年度", "平成31年度"} {
		y, err := wareki.ParseFiscalYear(s)
		fmt.Println(y, y.Start(), y.End(), err)
	}
	// Output:
	// 2026 2026-04-01 2027-03-31 <nil>
	// 2026 2026-04-01 2027-03-31 <nil>
	// 2026 2026-04-01 2027-03-31 <nil>
	// 2019 2019-04-01 2020-03-31 <nil>
	// 2019 2019-04-01 2020-03-31 <nil>
}

func ExampleFormatFiscalYear() {
	fmt.Println(wareki.FormatFiscalYear(2026))
	fmt.Println(wareki.FormatFiscalYear(2019))
	fmt.Println(wareki.FiscalYearLabel(2026, riskassess.DateWareki, "ja"))
	// Output:
	// 令和8年度
	// 令和元年度
	// 令和8年度（2026年4月～2027年3月）
}
