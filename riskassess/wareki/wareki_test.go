package wareki_test

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"github.com/google/go-cmp/cmp"
)

func date(y int, m time.Month, d int) riskassess.Date { return riskassess.NewDate(y, m, d) }

func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want riskassess.Date
	}{
		// Long era forms.
		{"令和8年4月1日", date(2026, 4, 1)},
		{"令和元年5月1日", date(2019, 5, 1)},
		{"令和1年5月1日", date(2019, 5, 1)},
		{"平成31年4月30日", date(2019, 4, 30)},
		{"平成元年1月8日", date(1989, 1, 8)},
		{"昭和64年1月7日", date(1989, 1, 7)},
		{"昭和元年12月25日", date(1926, 12, 25)},
		{"大正15年12月24日", date(1926, 12, 24)},
		{"大正元年7月30日", date(1912, 7, 30)},
		{"明治45年7月29日", date(1912, 7, 29)},
		{"明治元年10月23日", date(1868, 10, 23)},
		{"令和8年04月01日", date(2026, 4, 1)},
		{"令和8年4月1", date(2026, 4, 1)},
		{"令和100年1月1日", date(2118, 1, 1)},
		// Short era forms.
		{"R8.4.1", date(2026, 4, 1)},
		{"R8/4/1", date(2026, 4, 1)},
		{"R8-4-1", date(2026, 4, 1)},
		{"R08.04.01", date(2026, 4, 1)},
		{"r8.4.1", date(2026, 4, 1)},
		{"H31.4.30", date(2019, 4, 30)},
		{"H1.1.8", date(1989, 1, 8)},
		{"S64.1.7", date(1989, 1, 7)},
		{"T1.7.30", date(1912, 7, 30)},
		{"M45.7.29", date(1912, 7, 29)},
		{"R元.5.1", date(2019, 5, 1)},
		{"令和8.4.1", date(2026, 4, 1)},
		{"R8年4月1日", date(2026, 4, 1)},
		// Width variants, ligatures and spaces.
		{"Ｒ８．４．１", date(2026, 4, 1)},
		{"Ｒ８／４／１", date(2026, 4, 1)},
		{"ｒ８．４．１", date(2026, 4, 1)},
		{"令和８年４月１日", date(2026, 4, 1)},
		{"令和　８年　４月　１日", date(2026, 4, 1)},
		{" 令和 8 年 4 月 1 日 ", date(2026, 4, 1)},
		{"R 8. 4. 1", date(2026, 4, 1)},
		{"\t令和8年4月1日\n", date(2026, 4, 1)},
		{"㋿8年4月1日", date(2026, 4, 1)},
		{"㍻31年4月30日", date(2019, 4, 30)},
		{"㍼64年1月7日", date(1989, 1, 7)},
		{"２０２６年４月１日", date(2026, 4, 1)},
		{"２０２６－０４－０１", date(2026, 4, 1)},
		{"2026ー04ー01", date(2026, 4, 1)},
		{"2026−04−01", date(2026, 4, 1)},
		// Kanji numerals.
		{"令和八年四月一日", date(2026, 4, 1)},
		{"令和元年五月一日", date(2019, 5, 1)},
		{"平成三十一年四月三十日", date(2019, 4, 30)},
		{"令和七年十二月二十五日", date(2025, 12, 25)},
		{"令和七年十月十日", date(2025, 10, 10)},
		{"二〇二六年四月一日", date(2026, 4, 1)},
		{"令和八年四月一日(水)", date(2026, 4, 1)},
		// Weekdays.
		{"令和8年4月1日(水)", date(2026, 4, 1)},
		{"令和8年4月1日（水）", date(2026, 4, 1)},
		{"令和8年4月1日(水曜日)", date(2026, 4, 1)},
		{"2026/4/1(水)", date(2026, 4, 1)},
		// An English weekday, as lists and exports abbreviate it.
		{"2026/4/1 (Wed)", date(2026, 4, 1)},
		{"2026/8/1 (Sat.)", date(2026, 8, 1)},
		{"2026/8/1（SAT）", date(2026, 8, 1)},
		{"令和8年4月1日(Wednesday)", date(2026, 4, 1)},
		{"2026-04-07 (Tues)", date(2026, 4, 7)},
		{"2026-04-02 (Thurs)", date(2026, 4, 2)},
		// Western forms.
		{"2026-04-01", date(2026, 4, 1)},
		{"2026/4/1", date(2026, 4, 1)},
		{"2026.4.1", date(2026, 4, 1)},
		{"2026年4月1日", date(2026, 4, 1)},
		{"西暦2026年4月1日", date(2026, 4, 1)},
		{"20260401", date(2026, 4, 1)},
		{"2024-02-29", date(2024, 2, 29)},
		{"2000-02-29", date(2000, 2, 29)},
		{"1800-01-01", date(1800, 1, 1)},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			got, err := wareki.Parse(tc.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.in, err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// englishWord is an English word (three lowercase letters or more).
var englishWord = regexp.MustCompile(`[a-z]{3,}`)

func TestParseErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in     string
		code   wareki.ErrorCode
		reason string // substring of Reason
	}{
		{"", wareki.ErrEmpty, "empty"},
		{"　 ", wareki.ErrEmpty, "空欄"},
		// A month and day without a year: say that the year is missing,
		// not "write a 4-digit year".
		{"4月1日", wareki.ErrSyntax, "write the year too"},
		{"４月１日", wareki.ErrSyntax, "年も書いてください"},
		{"四月一日", wareki.ErrSyntax, "write the year too"},
		{"12月31", wareki.ErrSyntax, "write the year too"},
		{"4/1", wareki.ErrSyntax, "write the year too"},
		{"04-01", wareki.ErrSyntax, "write the year too"},
		{"4.1", wareki.ErrSyntax, "write the year too"},
		{"26/4/1", wareki.ErrSyntax, "4-digit"},
		{"4月", wareki.ErrSyntax, "4-digit"},
		{"令和8年4月", wareki.ErrSyntax, ""},
		{"令和8年", wareki.ErrSyntax, ""},
		{"令和年4月1日", wareki.ErrSyntax, "after the era"},
		{"R8.4/1", wareki.ErrSyntax, ""},
		{"R8.4.1.", wareki.ErrSyntax, ""},
		{"R8..4.1", wareki.ErrSyntax, ""},
		{"R8.4.1x", wareki.ErrSyntax, ""},
		{"R8.123.1", wareki.ErrSyntax, ""},
		{"26-04-01", wareki.ErrSyntax, "4-digit"},
		// The year last, as an English-speaking vendor writes the date: say
		// so, rather than "write a 4-digit year" of a date that has one.
		{"12/10/2026", wareki.ErrSyntax, "year first"},
		{"1.4.2026", wareki.ErrSyntax, "年を最初に"},
		{"10 Dec 2026", wareki.ErrSyntax, "year first"},
		{"December 10, 2026", wareki.ErrSyntax, "year first"},
		{"Mar 3 2026", wareki.ErrSyntax, "year first"},
		{"sep. 30, 2026", wareki.ErrSyntax, "year first"},
		{"１２／１０／２０２６", wareki.ErrSyntax, "year first"},
		{"2026", wareki.ErrSyntax, ""},
		{"2026-04-01T00:00", wareki.ErrSyntax, ""},
		{"令和8年4月1日(火", wareki.ErrSyntax, ""},
		{"令和8年4月1日(予定)", wareki.ErrSyntax, "weekday"},
		{"令和8年4月1日)", wareki.ErrSyntax, "bracket"},
		{"X8.4.1", wareki.ErrUnknownEra, "unknown era"},
		{"寛永8年4月1日", wareki.ErrUnknownEra, "令和 R"},
		{"R8.13.1", wareki.ErrMonth, "month 13"},
		{"R8.0.1", wareki.ErrMonth, ""},
		{"2026-00-10", wareki.ErrMonth, ""},
		{"令和8年2月30日", wareki.ErrDay, "no day 30"},
		{"R8.4.31", wareki.ErrDay, ""},
		{"R8.4.0", wareki.ErrDay, ""},
		{"2025-02-29", wareki.ErrDay, "1–28"},
		{"1900-02-29", wareki.ErrDay, ""},
		{"20260230", wareki.ErrDay, ""},
		{"平成31年5月1日", wareki.ErrEraRange, "令和元年5月1日"},
		{"H31.5.1", wareki.ErrEraRange, "Heisei ended on 2019-04-30"},
		{"平成32年1月1日", wareki.ErrEraRange, ""},
		{"令和1年4月30日", wareki.ErrEraRange, "平成31年4月30日"},
		{"令和元年1月1日", wareki.ErrEraRange, "Reiwa started on 2019-05-01"},
		{"令和0年5月1日", wareki.ErrEraRange, "元年"},
		{"昭和64年1月8日", wareki.ErrEraRange, "平成元年1月8日"},
		{"平成元年1月7日", wareki.ErrEraRange, "昭和64年1月7日"},
		{"昭和元年12月24日", wareki.ErrEraRange, "大正15年12月24日"},
		{"大正15年12月25日", wareki.ErrEraRange, ""},
		{"大正元年7月29日", wareki.ErrEraRange, "明治45年7月29日"},
		{"明治45年7月30日", wareki.ErrEraRange, ""},
		{"明治元年1月1日", wareki.ErrEraRange, "Meiji starts on 1868-10-23"},
		{"令和8年4月1日(木)", wareki.ErrWeekday, "水"},
		{"2026/8/1 (Mon)", wareki.ErrWeekday, "Saturday"},
		{"2026/8/1 (Satur)", wareki.ErrSyntax, "Mon–Sun"},
		{"2026/8/1 (Mar)", wareki.ErrSyntax, "weekday"},
		{"0000-01-01", wareki.ErrYear, ""},
		{"令和八年十十月一日", wareki.ErrSyntax, ""},
		{"(水)", wareki.ErrSyntax, "no date"},
		{" （月曜日） ", wareki.ErrSyntax, "no date"},
		{"令和八年四月〇日", wareki.ErrDay, ""},
		{"令和八年十三月一日", wareki.ErrMonth, ""},
		{"令和八年四月三十一日", wareki.ErrDay, ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			got, err := wareki.Parse(tc.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, want error code %d", tc.in, got, tc.code)
			}
			var pe *wareki.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) error %T, want *ParseError", tc.in, err)
			}
			if pe.Code != tc.code {
				t.Errorf("Parse(%q) code = %d, want %d (%v)", tc.in, pe.Code, tc.code, err)
			}
			if pe.Input != tc.in {
				t.Errorf("Input = %q, want %q", pe.Input, tc.in)
			}
			if !strings.Contains(pe.Reason, tc.reason) {
				t.Errorf("Reason %q does not contain %q", pe.Reason, tc.reason)
			}
			// Reason is "ja / en": the Japanese half alone is Japanese
			// (xlsx and store show one half in each language).
			ja, en, ok := strings.Cut(pe.Reason, " / ")
			if !ok || en == "" || englishWord.MatchString(ja) || strings.Contains(en, " / ") {
				t.Errorf("Reason %q: want \"Japanese / English\", Japanese half %q", pe.Reason, ja)
			}
			msg := err.Error()
			for _, want := range []string{"日付を読めません", "cannot read date", "令和8年4月1日", "R8.4.1", "2026-04-01"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q lacks %q", msg, want)
				}
			}
		})
	}
}

func TestFormat(t *testing.T) {
	t.Parallel()
	tests := []struct {
		d           riskassess.Date
		long, short string
	}{
		{date(2026, 4, 1), "令和8年4月1日", "R8.4.1"},
		{date(2019, 5, 1), "令和元年5月1日", "R1.5.1"},
		{date(2019, 4, 30), "平成31年4月30日", "H31.4.30"},
		{date(1989, 1, 8), "平成元年1月8日", "H1.1.8"},
		{date(1989, 1, 7), "昭和64年1月7日", "S64.1.7"},
		{date(1926, 12, 25), "昭和元年12月25日", "S1.12.25"},
		{date(1926, 12, 24), "大正15年12月24日", "T15.12.24"},
		{date(1912, 7, 30), "大正元年7月30日", "T1.7.30"},
		{date(1912, 7, 29), "明治45年7月29日", "M45.7.29"},
		{date(1868, 10, 23), "明治元年10月23日", "M1.10.23"},
		{date(1868, 10, 22), "1868-10-22", "1868-10-22"},
		{riskassess.Date{}, "", ""},
	}
	for _, tc := range tests {
		if got := wareki.Format(tc.d); got != tc.long {
			t.Errorf("Format(%v) = %q, want %q", tc.d, got, tc.long)
		}
		if got := wareki.FormatShort(tc.d); got != tc.short {
			t.Errorf("FormatShort(%v) = %q, want %q", tc.d, got, tc.short)
		}
	}
}

func TestEraOf(t *testing.T) {
	t.Parallel()
	e, y, ok := wareki.EraOf(date(2019, 4, 30))
	if !ok || e.Name != "平成" || y != 31 {
		t.Errorf("EraOf(2019-04-30) = %s %d %v, want 平成 31 true", e.Name, y, ok)
	}
	if _, _, ok := wareki.EraOf(date(1868, 1, 1)); ok {
		t.Error("EraOf(1868-01-01) ok, want false")
	}
	if _, _, ok := wareki.EraOf(riskassess.Date{}); ok {
		t.Error("EraOf(zero) ok, want false")
	}
}

// TestRoundTripEveryDay formats every day from Meiji to 2100 and parses it
// back in both forms.
func TestRoundTripEveryDay(t *testing.T) {
	t.Parallel()
	end := date(2100, 12, 31)
	for d := wareki.Eras[0].Start; !d.After(end); d = d.AddDays(1) {
		for _, s := range []string{wareki.Format(d), wareki.FormatShort(d)} {
			got, err := wareki.Parse(s)
			if err != nil || got != d {
				t.Fatalf("Parse(%q) = %v, %v; want %v", s, got, err, d)
			}
		}
	}
}

func TestFold(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Ｒ８．４．１":     "R8.4.1",
		"２０２６／４／１":   "2026/4/1",
		"令和　元年":      "令和 元年",
		"㋿８年":        "令和8年",
		"（水）":        "(水)",
		"abc-123":    "abc-123",
		"２０２６‐０４‐０１": "2026-04-01",
	} {
		if got := wareki.Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"令和8年4月1日", "R8.4.1", "Ｒ８．４．１", "平成31年4月30日", "2026-04-01", "20260401",
		"令和元年5月1日(水)", "㋿8年4月1日", "西暦2026年4月1日", "R", "(", ")", "令和9999年12月31日"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := wareki.Parse(s)
		if err != nil {
			var pe *wareki.ParseError
			if !errors.As(err, &pe) || pe.Code == 0 {
				t.Fatalf("Parse(%q): error %v is not a coded *ParseError", s, err)
			}
			return
		}
		if riskassess.DateOf(d.Time()) != d {
			t.Fatalf("Parse(%q) = %+v, not a real date", s, d)
		}
		if d.Before(wareki.Eras[0].Start) {
			return
		}
		for _, out := range []string{wareki.Format(d), wareki.FormatShort(d)} {
			back, err := wareki.Parse(out)
			if err != nil || back != d {
				t.Fatalf("Parse(%q) = %v; Parse(%q) = %v, %v", s, d, out, back, err)
			}
		}
	})
}

func FuzzRoundTrip(f *testing.F) {
	f.Add(uint32(0))
	f.Add(uint32(55000))
	f.Add(uint32(2900000))
	f.Fuzz(func(t *testing.T, n uint32) {
		start := wareki.Eras[0].Start
		d := start.AddDays(int(n % 2950000)) // up to about year 9900
		for _, out := range []string{wareki.Format(d), wareki.FormatShort(d)} {
			back, err := wareki.Parse(out)
			if err != nil || back != d {
				t.Fatalf("Parse(%q) = %v, %v; want %v", out, back, err, d)
			}
		}
	})
}

// TestReasons: a ParseError's Reason splits into its Japanese and English
// halves at " / "; a Reason without one is both.
func TestReasons(t *testing.T) {
	_, err := wareki.Parse("2026年2月30日")
	var pe *wareki.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("Parse: %v; want a *wareki.ParseError", err)
	}
	ja, en := pe.Reasons()
	if ja == "" || en == "" || ja == en || strings.Contains(ja, " / ") || strings.Contains(en, " / ") {
		t.Errorf("Reasons() = %q, %q; want the two halves of %q", ja, en, pe.Reason)
	}
	if ja, en := (&wareki.ParseError{Reason: "only one"}).Reasons(); ja != "only one" || en != "only one" {
		t.Errorf("Reasons() of a reason without a separator = %q, %q", ja, en)
	}
}
