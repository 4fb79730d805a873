package sitegen

import (
	"math"
	"os"
	"regexp"
	"strconv"
	"testing"
)

// luminance is the WCAG relative luminance of a #rrggbb colour.
func luminance(hex string) float64 {
	ch := func(i int) float64 {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.03928 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(0) + 0.7152*ch(1) + 0.0722*ch(2)
}

func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// TestContrast checks WCAG AA (4.5:1) for every CSS rule of site.css that
// sets both a background and a text colour, the page colours on white, and
// the SVG chart fills with their text colours.
func TestContrast(t *testing.T) {
	css, err := os.ReadFile("assets/site.css")
	if err != nil {
		t.Fatal(err)
	}
	rule := regexp.MustCompile(`([^{}]+)\{([^{}]*)\}`)
	bg := regexp.MustCompile(`background:\s*(#[0-9a-fA-F]{6})`)
	fg := regexp.MustCompile(`(?:^|[;\s])color:\s*(#[0-9a-fA-F]{6})`)
	pairs := 0
	for _, m := range rule.FindAllStringSubmatch(string(css), -1) {
		b, f := bg.FindStringSubmatch(m[2]), fg.FindStringSubmatch(m[2])
		if b == nil || f == nil {
			continue
		}
		pairs++
		if r := contrast(b[1], f[1]); r < 4.5 {
			t.Errorf("%s: %s on %s has contrast %.2f, want ≥ 4.5", m[1], f[1], b[1], r)
		}
	}
	if pairs < 6 {
		t.Errorf("only %d colour pairs found in site.css", pairs)
	}
	vars := map[string]string{}
	for _, m := range regexp.MustCompile(`--([a-z-]+):\s*(#[0-9a-fA-F]{6})`).FindAllStringSubmatch(string(css), -1) {
		vars[m[1]] = m[2]
	}
	for _, p := range [][2]string{{"text", "bg"}, {"muted", "bg"}, {"link", "bg"}, {"head-text", "head"}, {"link", "nav-bg"}, {"muted", "nav-bg"}} {
		if r := contrast(vars[p[0]], vars[p[1]]); r < 4.5 {
			t.Errorf("--%s on --%s: contrast %.2f", p[0], p[1], r)
		}
	}
	if r := contrast(vars["focus"], vars["bg"]); r < 3 {
		t.Errorf("focus outline on white: contrast %.2f, want ≥ 3", r)
	}
	for lv, c := range riskFill {
		if r := contrast(c[0], c[1]); r < 4.5 {
			t.Errorf("SVG %s: %s on %s has contrast %.2f", lv, c[1], c[0], r)
		}
	}
}
