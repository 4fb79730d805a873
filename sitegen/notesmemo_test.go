package sitegen

import (
	"strings"
	"testing"
)

// TestNotesMemo: the memo returns what markdown renders for every text,
// repeated or not, keeps a text's HTML only from its second occurrence on
// and keeps no more than notesMemoBytes.
func TestNotesMemo(t *testing.T) {
	md := newMarkdown(nil)
	m := newNotesMemo(md)
	texts := []string{"## 経緯\n\n申請があった。", "- a\n- [link](x.html)", "## 経緯\n\n申請があった。", "  ", "- a\n- [link](x.html)", "## 経緯\n\n申請があった。", "*b*"}
	for i, src := range texts {
		got, err := m.render(src, "t")
		if err != nil {
			t.Fatal(err)
		}
		want, err := markdown(md, src, "t")
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("text %d %q: %q, want %q", i, src, got, want)
		}
	}
	if len(m.html) != 2 {
		t.Fatalf("memo holds %d texts, want the 2 repeated", len(m.html))
	}
	big := newNotesMemo(md)
	src := strings.Repeat("長い文章。", notesMemoBytes/15+1)
	for range 3 {
		if got, _ := big.render(src, "t"); !strings.Contains(got, "長い文章。") {
			t.Fatalf("long text rendered as %.40q", got)
		}
	}
	if len(big.html) != 0 || big.size != 0 {
		t.Fatalf("memo kept %d bytes over its bound", big.size)
	}
}
