package wareki

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
)

// AcceptedFiscalYearForms lists the accepted fiscal-year forms, for error
// messages and help.
const AcceptedFiscalYearForms = "2026, 2026年, FY2026, 2026年度, R8, 令和8, 令和8年度, 令和元年度"

// FiscalYearError is the error returned by ParseFiscalYear. Reason is
// bilingual (Japanese / English).
type FiscalYearError struct {
	Input  string
	Reason string
}

func (e *FiscalYearError) Error() string {
	return fmt.Sprintf("年度を読めません / cannot read fiscal year %q: %s（使える書式 / accepted forms: %s）",
		e.Input, e.Reason, AcceptedFiscalYearForms)
}

// ParseFiscalYear reads a fiscal year (年度, April to March):
//
//	2026   FY2026   fy2026   2026年度   2026年   R8   r8   令和8   令和8年度   令和元年度   H30年度
//
// Full-width characters and spaces are accepted. An era year names the
// fiscal year that starts in that era year: 令和8 is FY2026. The year in
// which an era began may be named by either era, as the government does:
// 令和元年度 and 平成31年度 are both FY2019 (1 April 2019 – 31 March 2020),
// 平成元年度 and 昭和64年度 both FY1989. A year after the era's last
// calendar year (平成32年度) is refused with the right name (令和2年度), as
// is year 0. Western years must be 1900–2200.
func ParseFiscalYear(s string) (riskassess.FiscalYear, error) {
	f := strings.Join(strings.Fields(Fold(s)), "")
	f = kanjiDigits(f)
	bad := func(format string, args ...any) (riskassess.FiscalYear, error) {
		return 0, &FiscalYearError{Input: s, Reason: fmt.Sprintf(format, args...)}
	}
	if f == "" {
		return bad("空欄です / empty")
	}
	f = strings.TrimSuffix(f, "年度")
	if len(f) >= 2 && strings.EqualFold(f[:2], "FY") {
		f = f[2:]
	}
	if w, ok := strings.CutSuffix(f, "年"); ok && w != "" && allDigits(w) {
		f = w // 2026年, as 令和8年 is read
	}
	if allDigits(f) && f != "" {
		if len(f) != 4 {
			return bad("西暦は4桁で書いてください / write a 4-digit year")
		}
		y, _ := strconv.Atoi(f)
		if y < 1900 || y > 2200 {
			return bad("%d年度は範囲外です（1900〜2200） / fiscal year %d is out of range (1900–2200)", y, y)
		}
		return riskassess.FiscalYear(y), nil
	}
	era := -1
	rest := ""
	for i, e := range Eras {
		for _, p := range []string{e.Name, e.Letter, strings.ToLower(e.Letter)} {
			if strings.HasPrefix(f, p) {
				era, rest = i, f[len(p):]
				break
			}
		}
		if era >= 0 {
			break
		}
	}
	if era < 0 && f[0] >= '0' && f[0] <= '9' {
		// 2026年4月, 2026/4: a western year with more after it is no
		// era name.
		return bad("西暦の年度は 2026 か 2026年度 のように年だけを書いてください / write a western fiscal year as the year alone, e.g. 2026 or 2026年度")
	}
	if era < 0 {
		return bad("元号が分かりません（明治 M・大正 T・昭和 S・平成 H・令和 R） / unknown era (Meiji M, Taisho T, Showa S, Heisei H, Reiwa R)")
	}
	rest = strings.TrimSuffix(rest, "年")
	e := Eras[era]
	var ey int
	switch {
	case rest == "元":
		ey = 1
	case rest != "" && allDigits(rest) && len(rest) <= 3:
		ey, _ = strconv.Atoi(rest)
	default:
		return bad("元号の後に年を書いてください（例: 令和8年度） / write the year after the era (e.g. R8)")
	}
	if ey < 1 {
		return bad("%s0年度はありません（最初の年は元年度） / there is no %s 0 (the first year is 1)", e.Name, e.Romaji)
	}
	y := e.Start.Year + ey - 1
	if era+1 < len(Eras) && y > Eras[era+1].Start.Year {
		next := Eras[era+1]
		return bad("%sは%d年（%s）までです。%d年度は%sです / %s ended in %d: FY%d is %s",
			e.Name, next.Start.Year-e.Start.Year+1, strconv.Itoa(next.Start.Year), y, FormatFiscalYear(riskassess.FiscalYear(y)),
			e.Romaji, next.Start.Year, y, FormatFiscalYear(riskassess.FiscalYear(y)))
	}
	return riskassess.FiscalYear(y), nil
}

// fiscalEra returns the index of the era a fiscal year is named in: the
// newest era that began in or before the calendar year the fiscal year
// starts in, so that FY2019 is 令和元年度 (Reiwa began on 1 May 2019) and
// FY1988 is 昭和63年度 (Heisei began in January 1989, within FY1988, but in
// the next calendar year). -1 before Meiji.
func fiscalEra(y int) int {
	for i := len(Eras) - 1; i >= 0; i-- {
		if Eras[i].Start.Year <= y {
			return i
		}
	}
	return -1
}

// FormatFiscalYear writes y as 令和8年度, with 元年度 for the first year of
// an era (令和元年度 is FY2019). A year before Meiji is written 1867年度.
func FormatFiscalYear(y riskassess.FiscalYear) string {
	i := fiscalEra(int(y))
	if i < 0 {
		return strconv.Itoa(int(y)) + "年度"
	}
	return Eras[i].Name + eraYear(int(y)-Eras[i].Start.Year+1) + "年度"
}

// FormatYearMonth writes the month m of calendar year y as 令和8年4月, in
// the era in force on the first day of the month (平成31年4月, 令和元年5月).
func FormatYearMonth(y int, m time.Month) string {
	d := riskassess.NewDate(y, m, 1)
	i := eraIndex(d)
	if i < 0 {
		return fmt.Sprintf("%d年%d月", y, int(m))
	}
	return Eras[i].Name + eraYear(y-Eras[i].Start.Year+1) + "年" + strconv.Itoa(int(m)) + "月"
}

func eraYear(y int) string {
	if y == 1 {
		return "元"
	}
	return strconv.Itoa(y)
}

// FormatStyle writes d for people in the given style and language: in
// wareki style and Japanese, Format (令和8年4月1日); otherwise ISO
// (2026-04-01). The zero Date gives "".
func FormatStyle(d riskassess.Date, style riskassess.DateStyle, lang riskassess.Lang) string {
	if style == riskassess.DateWareki && lang != "en" {
		return Format(d)
	}
	return d.String()
}

// FiscalYearLabel writes fiscal year y for people: 令和8年度（2026年4月～2027年3月）
// in wareki style, 2026年度（2026年4月～2027年3月） in ISO style, and
// FY2026 (April 2026 – March 2027) in English.
func FiscalYearLabel(y riskassess.FiscalYear, style riskassess.DateStyle, lang riskassess.Lang) string {
	n := int(y)
	switch {
	case lang == "en":
		return fmt.Sprintf("FY%d (April %d – March %d)", n, n, n+1)
	case style == riskassess.DateWareki:
		return fmt.Sprintf("%s（%d年4月～%d年3月）", FormatFiscalYear(y), n, n+1)
	}
	return fmt.Sprintf("%d年度（%d年4月～%d年3月）", n, n, n+1)
}

// MonthLabel writes a month heading: 令和8年4月 in wareki style, 2026年4月
// in ISO style, April 2026 in English.
func MonthLabel(y int, m time.Month, style riskassess.DateStyle, lang riskassess.Lang) string {
	switch {
	case lang == "en":
		return fmt.Sprintf("%s %d", m, y)
	case style == riskassess.DateWareki:
		return FormatYearMonth(y, m)
	}
	return fmt.Sprintf("%d年%d月", y, int(m))
}
