package riskassess_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestNarrowRune: the full-width ASCII block, ends included, becomes
// ASCII; what lies around it (the ideographic space, half-width katakana,
// kanji, ASCII itself) is kept.
func TestNarrowRune(t *testing.T) {
	for _, tt := range []struct{ in, want rune }{
		{'！', '!'}, {'～', '~'}, {'Ａ', 'A'}, {'ｚ', 'z'}, {'５', '5'}, {'（', '('}, {'＿', '_'}, {'＠', '@'},
		{'\u3000', '\u3000'}, {'\uFF00', '\uFF00'}, {'\uFF5F', '\uFF5F'}, {'ｱ', 'ｱ'}, {'日', '日'}, {'A', 'A'}, {' ', ' '},
	} {
		if got := riskassess.NarrowRune(tt.in); got != tt.want {
			t.Errorf("NarrowRune(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// ExampleNarrowRune reads a certificate number typed with a Japanese
// input method on.
func ExampleNarrowRune() {
	fmt.Println(strings.Map(riskassess.NarrowRune, "ＩＳ　５５７０３１（２０２６）"))
	// Output: IS　557031(2026)
}
