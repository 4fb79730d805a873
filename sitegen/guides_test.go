package sitegen

import (
	"strings"
	"testing"
)

// TestGuidePages checks the guides as the site renders them: one h1, links
// between guides to their pages, links to repository files the site does
// not carry kept as text, every table with a caption and column headers,
// and no raw HTML.
func TestGuidePages(t *testing.T) {
	for _, g := range guides {
		h, err := renderGuide(g.file)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(h, "<h1"); n != 1 {
			t.Errorf("%s: %d h1, want 1", g.file, n)
		}
		if strings.Contains(h, ".md\"") || strings.Contains(h, ".md#") {
			t.Errorf("%s: a link to a Markdown file is left:\n%s", g.file, h)
		}
		if strings.Count(h, "<table") != strings.Count(h, "<caption") {
			t.Errorf("%s: a table without caption", g.file)
		}
		if strings.Contains(h, "<th>") {
			t.Errorf("%s: a column header without scope", g.file)
		}
	}
	h, err := renderGuide("staff-guide.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<h1 id=`, `<h2 id=`, // the English title is demoted
		"riskregister check --register . --fail-on critical",
		`<caption class="vh">2. 年度のサイクル</caption>`, `<th scope="col">`,
		"reference.md", // the text of a link to a file the site does not carry
		"担当する職員のための手引きです。コマンドとフラグ", // no space where a Japanese line was broken
	} {
		if !strings.Contains(h, want) {
			t.Errorf("staff guide lacks %q", want)
		}
	}
	if strings.Contains(h, `href="reference.md"`) {
		t.Error("staff guide links reference.md, which the site does not carry")
	}
	h, err = renderGuide("developer-guide.md")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(h, `href="scoring.md"`) || !strings.Contains(h, "scoring.md") {
		t.Error("developer guide: scoring.md should be plain text")
	}
}

// TestGuideLinks checks the link rewriting on a guide that links another.
func TestGuideLinks(t *testing.T) {
	for file, want := range map[string]string{
		"staff-guide.md":          "staff.html",
		"../docs/vendor-guide.md": "vendor.html",
		"developer-guide.md":      "developer.html",
		"reference.md":            "",
		"../README.md":            "",
		"docs/staff-guide.md.bak": "",
	} {
		if got := guidePage(file); got != want {
			t.Errorf("guidePage(%q) = %q, want %q", file, got, want)
		}
	}
}
