package sitegen

import (
	"testing"

	"github.com/gikai-sec/riskregister/internal/codedoc"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// TestMissingLinks: a relative link the site shows is reported unless it
// names a file (or folder) of the site; external links, text and anchors
// are not, nor is a document's name (no slash, no extension); so are the relative links of notes, which the entry page
// resolves from the site root as it does evidence links. The public site
// reports only the notice_url of the accounts it lists.
func TestMissingLinks(t *testing.T) {
	asOf := riskassess.Date{Year: 2026, Month: 11, Day: 27}
	ev := func(urls ...string) []riskassess.Link {
		var ls []riskassess.Link
		for _, u := range urls {
			ls = append(ls, riskassess.Link{Title: "t", URL: u})
		}
		return ls
	}
	reg := &riskassess.Register{
		Contractors: []*riskassess.Contractor{{Common: riskassess.Common{ID: "acme", Source: "contractors/acme.yaml",
			Evidence: ev("docs/keiyaku.pdf", "https://example.jp/k.pdf", "downloads/contractors.csv", "requirements.html#out-10",
				"総務課キャビネット保管", "#top", "downloads/", "./downloads/../index.html", ""),
			Notes: "[判断記録](docs/handan.pdf)、[一覧](downloads/contractors.csv)、[外部](https://example.jp/a.pdf)、[節](#top)、[参照][r]\n\n[r]: sanko%20shiryo.pdf\n"}}},
		Services: []*riskassess.Service{{Common: riskassess.Common{ID: "mail", Source: "services/mail.yaml"},
			SLA: &riskassess.SLA{URL: "sla.pdf"}}},
		Social: []*riskassess.Social{{Common: riskassess.Common{ID: "x", Source: "social/x.yaml",
			Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: asOf}}, Status: riskassess.AccountActive,
			URL: "https://x.com/chofu", NoticeURL: "oshirase.html", ListedOn: "accounts.html", PostingRules: "unyo.pdf"},
			{Common: riskassess.Common{ID: "y", Source: "social/y.yaml"}, PostingRules: "SNS運用方針（総務課保管）", NoticeURL: "docs/sns.pdf"}},
	}
	var pages []*page
	for _, p := range []string{"index.html", "requirements.html", "accounts.html", "downloads/contractors.csv"} {
		pages = append(pages, &page{path: p})
	}
	tests := []struct {
		public bool
		want   []MissingLink
	}{
		{false, []MissingLink{
			{riskassess.KindContractor, "acme", "contractors/acme.yaml", "evidence[0].url", "docs/keiyaku.pdf"},
			{riskassess.KindContractor, "acme", "contractors/acme.yaml", "notes", "docs/handan.pdf"},
			{riskassess.KindContractor, "acme", "contractors/acme.yaml", "notes", "sanko%20shiryo.pdf"},
			{riskassess.KindService, "mail", "services/mail.yaml", "sla.url", "sla.pdf"},
			{riskassess.KindSocial, "x", "social/x.yaml", "notice_url", "oshirase.html"},
			{riskassess.KindSocial, "x", "social/x.yaml", "posting_rules", "unyo.pdf"},
			{riskassess.KindSocial, "y", "social/y.yaml", "notice_url", "docs/sns.pdf"},
		}},
		{true, []MissingLink{{riskassess.KindSocial, "x", "social/x.yaml", "notice_url", "oshirase.html"}}},
	}
	for _, tt := range tests {
		got := missingLinks(reg, pages, &Options{Public: tt.public, AsOf: asOf})
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("public=%v (-want +got):\n%s", tt.public, diff)
		}
	}
}

// TestLinkCodeDocumented: the code of the warning has its doc comment and
// its section in docs/errors.md.
func TestLinkCodeDocumented(t *testing.T) {
	if n := codedoc.Check(t, "links.go", "", "../docs/errors.md"); n != 1 {
		t.Errorf("found %d codes in links.go, want 1", n)
	}
}

// TestMayLinkIntoSite: notes are left unparsed by notesLinkDests only
// when none of their links can be relative; whenever mayLinkIntoSite
// says no, goldmark's parse of the notes finds no relative destination.
func TestMayLinkIntoSite(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"", false},
		{"## 経緯\n\n- 取り扱う情報: 会議録\n\n詳細は[確認記録](https://intra.example.lg.jp/records/1)を参照。", false},
		{"[a](http://example.jp/a) と [b](https://example.jp/b)", false},
		{"[a](https://example.jp/a) と [b](docs/b.pdf)", true},
		{"[a](docs/a.pdf)", true},
		{"[a]( docs/a.pdf)", true},
		{"[a](<docs/a.pdf>)", true},
		{"[a](\ndocs/a.pdf)", true},
		{"[a](HTTPS://example.jp/a)", true},
		{"[a][r]\n\n[r]: docs/a.pdf", true},
		{"[a][r]\n\n[r]: https://example.jp/a", true},
		{"[a](#top)", true},
		{"<https://example.jp/a> and https://example.jp/b", false},
	}
	for _, tt := range tests {
		if got := mayLinkIntoSite(tt.src); got != tt.want {
			t.Errorf("mayLinkIntoSite(%q) = %v, want %v", tt.src, got, tt.want)
		}
		if tt.want {
			continue
		}
		doc := notesParser().Parse(text.NewReader([]byte(tt.src)))
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if l, ok := n.(*ast.Link); ok && entering && classifyURL(resolvedDest(l.Destination)) == linkRelative {
				t.Errorf("%q: relative link %q not seen", tt.src, l.Destination)
			}
			return ast.WalkContinue, nil
		})
	}
}
