package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"golang.org/x/net/html"
)

// visibleText returns the text of an HTML page that people read: the text
// of <body> outside <details>, <code>, <script>, <style> and <template>
// (the parts kept for those who edit the register), with URLs, @handles
// and file names (….yaml, .json, .csv, .html, .xlsx) blanked out.
func visibleText(t testing.TB, page []byte) string {
	t.Helper()
	z := html.NewTokenizer(bytes.NewReader(page))
	var b strings.Builder
	hidden, inBody := 0, false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return hiddenWords.ReplaceAllString(b.String(), " ")
		case html.StartTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "body":
				inBody = true
			case "details", "code", "script", "style", "template":
				hidden++
			}
			b.WriteByte(' ')
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "details", "code", "script", "style", "template":
				hidden--
			}
			b.WriteByte(' ')
		case html.TextToken:
			if inBody && hidden == 0 {
				b.Write(z.Text())
			}
		}
	}
}

// hiddenWords are the tokens visibleText blanks: URLs, @handles, e-mail
// addresses and file names.
var hiddenWords = regexp.MustCompile(`https?://\S+|\S+@\S+|@[\w.\-]+|[\w.\-/]+\.(?:yaml|json|csv|html|xlsx|ics|md)\b`)

// fieldPathRE matches what a register field path looks like: a snake_case
// name ("last_reviewed"), an indexed path ("certifications[0]",
// "contracts[]") or a dotted path of field names ("approval.status",
// "answers.Q-OUT-01").
var fieldPathRE = regexp.MustCompile(`\b[a-z]+_[a-z_]+\b|\b[a-z]+\[[0-9]*\]|\b[a-z_]{3,}\.[a-zA-Z_]{2,}`)

// TestVisibleTextHasNoFieldPathsOrStaffIDs builds the example site in
// Japanese and English and scans the text people read on every page
// (visibleText) for register field paths and for the ids of staff and
// positions of register.yaml: people read names, labels and dates; ids and
// paths are kept inside <details> or <code> for those who edit the files.
func TestVisibleTextHasNoFieldPathsOrStaffIDs(t *testing.T) {
	reg := loadExample(t)
	var ids []string
	for _, p := range reg.Org.People {
		ids = append(ids, regexp.QuoteMeta(p.ID))
	}
	for _, p := range reg.Org.Positions {
		ids = append(ids, regexp.QuoteMeta(p.ID))
	}
	staffRE := regexp.MustCompile(`(?:^|[^\w\-/.@])(` + strings.Join(ids, "|") + `)(?:$|[^\w\-/.@])`)

	// The test must be able to fail: the patterns find what they are for.
	for _, s := range []string{"last_reviewed を更新", "certifications[0] の期限", "根拠 approval.status", "sakamoto-r を指定", "承認者 kacho"} {
		if !fieldPathRE.MatchString(s) && !staffRE.MatchString(s) {
			t.Fatalf("the patterns miss %q", s)
		}
	}
	if got := visibleText(t, []byte(`<html><body><p>見直し</p><details><code>last_reviewed</code></details><a href="x_y.html">@chofu_gikai https://a.example/b_c</a></body></html>`)); fieldPathRE.MatchString(got) {
		t.Fatalf("visibleText kept hidden text: %q", got)
	}

	for _, lang := range []riskassess.Lang{"ja", "en"} {
		site := buildSite(t, reg, lang)
		for _, p := range htmlPages(t, site) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			rel, _ := filepath.Rel(site, p)
			text := visibleText(t, b)
			for _, m := range fieldPathRE.FindAllStringIndex(text, 3) {
				t.Errorf("%s %s: field path %q in %q", lang, rel, text[m[0]:m[1]], around(text, m[0], m[1]))
			}
			for _, m := range staffRE.FindAllStringSubmatchIndex(text, 3) {
				t.Errorf("%s %s: staff or position id %q in %q", lang, rel, text[m[2]:m[3]], around(text, m[2], m[3]))
			}
		}
	}
}

// around returns text around s[i:j] for an error message.
func around(s string, i, j int) string {
	lo, hi := max(0, i-60), min(len(s), j+40)
	for lo > 0 && !isRuneStart(s[lo]) {
		lo--
	}
	for hi < len(s) && !isRuneStart(s[hi]) {
		hi++
	}
	return strings.Join(strings.Fields(s[lo:hi]), " ")
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
