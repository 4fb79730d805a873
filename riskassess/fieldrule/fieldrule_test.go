package fieldrule

import (
	"errors"
	"testing"
)

func TestCheckCorporateNumber(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"7000012050002", nil},                      // 国税庁 (published number)
		{"1000012050002", ErrCorporateNumberCheck},  // wrong check digit
		{"700001205000", ErrCorporateNumberFormat},  // 12 digits
		{"70000120500０2", ErrCorporateNumberFormat}, // full-width digit
		{"700001205000a", ErrCorporateNumberFormat},
	}
	for _, tc := range tests {
		if got := CheckCorporateNumber(tc.in); !errors.Is(got, tc.want) {
			t.Errorf("CheckCorporateNumber(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestValidID(t *testing.T) {
	for id, want := range map[string]bool{
		"acme": true, "acme-2": true, "a": true, "../x": false, "Acme": false,
		"a--b": false, "-a": false, "": false, "a_b": false, "a.yaml": false,
	} {
		if got := ValidID(id); got != want {
			t.Errorf("ValidID(%q) = %v, want %v", id, got, want)
		}
	}
}

func TestLinkLeavesSite(t *testing.T) {
	for _, tt := range []struct {
		link string
		want bool
	}{
		{"docs/keiyaku.pdf", false},
		{"docs/../keiyaku.pdf", false},
		{"./docs/x.pdf", false},
		{"a/b/../../c", false},
		{"運用方針（令和6年4月）", false},
		{"https://www.city.chofu.example/gikai/", false},
		{"mailto:joho@city.chofu.example", false},
		{"docs/x.pdf?back=../../..", false},
		{"docs/x.pdf#../..", false},
		{"", false},
		{"../../../../etc/passwd", true},
		{"../shared/x.pdf", true},
		{"..", true},
		{"a/../..", true},
		{"a/b/../../../c", true},
		{"./../x", true},
		{"%2e%2e/%2E%2E/etc/passwd", true},
		{".%2e/x", true},
		{`..\..\etc\passwd`, true},
		{"..\t/x", true},
		{" ../x", true},
		{"/etc/passwd", true},
		{"//evil.example/x", true},
		{`\\server\share\x.pdf`, true},
	} {
		if got := LinkLeavesSite(tt.link); got != tt.want {
			t.Errorf("LinkLeavesSite(%q) = %v, want %v", tt.link, got, tt.want)
		}
	}
}

func TestISMAPNumber(t *testing.T) {
	for _, tt := range []struct {
		in    string
		valid bool
		repl  string // "" when there is no replacement
	}{
		{ISMAPNumberExample, true, ISMAPNumberExample},
		{"C21-0008-2", true, "C21-0008-2"},
		{"C22-0123-123", true, "C22-0123-123"},
		{"c21-0008-2", false, "C21-0008-2"},
		{"ｃ２１－０００８－２", false, "C21-0008-2"},
		{" C21ー0008ー2 ", false, "C21-0008-2"},
		{"C21 - 0008 - 2", false, "C21-0008-2"},
		{"C21-0008-1234", false, ""},
		{"21-0008-2", false, ""},
		{"C21-008-2", false, ""},
		{"", false, ""},
	} {
		if got := ValidISMAPNumber(tt.in); got != tt.valid {
			t.Errorf("ValidISMAPNumber(%q) = %v, want %v", tt.in, got, tt.valid)
		}
		got, ok := ISMAPNumberReplacement(tt.in)
		if ok != (tt.repl != "") || got != tt.repl {
			t.Errorf("ISMAPNumberReplacement(%q) = %q, %v; want %q", tt.in, got, ok, tt.repl)
		}
	}
}
