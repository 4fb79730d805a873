package wareki

import "testing"

// TestPercentText: the percentage of a stored fraction is exact.
func TestPercentText(t *testing.T) {
	for _, c := range []struct {
		f    float64
		want string
	}{
		{0.999, "99.9"}, {1, "100"}, {0.0005, "0.05"}, {-0.25, "-25"}, {1e-7, "0.00001"}, {12.5, "1250"}, {0, "0"}, {0.07, "7"},
	} {
		if got := percentText(c.f); got != c.want {
			t.Errorf("percentText(%v) = %q, want %q", c.f, got, c.want)
		}
	}
}

// TestExcelFormatWords: the words a format shows, quoted, escaped or typed
// as they are, without its codes, colours, locales and later sections.
func TestExcelFormatWords(t *testing.T) {
	for _, c := range []struct{ code, want string }{
		{`yyyy"年"m"月"d"日現在"`, "年月日現在"},
		{`yyyy\年m\月d\日\現\在`, "年月日現在"},
		{`yyyy年m月d日現在`, "年月日現在"},
		{`[$-ja-JP-x-gannen]ggge"年"m"月"d"日"" 時点"`, "年月日 時点"},
		{`[Red]yyyy/m/d_)*-;"負"`, ""},
		{`yyyy/m/d`, ""},
	} {
		if got := ExcelFormatWords(c.code); got != c.want {
			t.Errorf("ExcelFormatWords(%q) = %q, want %q", c.code, got, c.want)
		}
	}
}
