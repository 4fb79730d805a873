package sitegen

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
)

// TestDateCache: the cached texts of a date are those formatted without
// the cache, in every style and language, for dates inside and outside
// the years cached, the zero Date and invalid fields, from many
// goroutines at once.
func TestDateCache(t *testing.T) {
	dates := []riskassess.Date{
		{}, riskassess.NewDate(2026, 4, 1), riskassess.NewDate(2019, 5, 1), riskassess.NewDate(2019, 4, 30),
		riskassess.NewDate(1900, 1, 1), riskassess.NewDate(1899, 12, 31), riskassess.NewDate(2199, 12, 31), riskassess.NewDate(2200, 1, 1),
		{Year: 2026, Month: 13, Day: 1}, {Year: 2026, Month: 2, Day: 31}, {Year: 2026, Month: 1, Day: 32}, {Year: 2026, Month: time.December, Day: 0},
		{Year: 12345, Month: 1, Day: 1}, {Year: -1, Month: 1, Day: 1},
	}
	for _, style := range []riskassess.DateStyle{riskassess.DateISO, riskassess.DateWareki} {
		for _, lang := range []riskassess.Lang{riskassess.LangJa, riskassess.LangEn} {
			c := newDateCache(style, lang)
			var wg sync.WaitGroup
			for g := 0; g < 4; g++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for round := 0; round < 3; round++ {
						for _, d := range dates {
							iso, shown := c.texts(d)
							if want := d.String(); iso != want {
								t.Errorf("%s/%s: iso of %+v = %q, want %q", style, lang, d, iso, want)
							}
							if want := wareki.FormatStyle(d, style, lang); shown != want {
								t.Errorf("%s/%s: shown of %+v = %q, want %q", style, lang, d, shown, want)
							}
						}
					}
				}()
			}
			wg.Wait()
		}
	}
}

// TestMarkdownReusesNoState: markdown's pooled buffers carry nothing from
// one call to the next.
func TestMarkdownReusesNoState(t *testing.T) {
	md := newMarkdown(nil)
	first, err := markdown(md, "first **note** "+strings.Repeat("long ", 2000), "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		got, err := markdown(md, "second", "b.yaml")
		if err != nil {
			t.Fatal(err)
		}
		if got != "<p>second</p>\n" {
			t.Fatalf("second call = %q", got)
		}
	}
	again, err := markdown(md, "first **note** "+strings.Repeat("long ", 2000), "a.yaml")
	if err != nil || again != first {
		t.Fatalf("first note again differs (err %v)", err)
	}
}

// TestWordHasEsc: the eight-bytes-at-a-time tests (allAbove3F, wordHasEsc) agree with textEsc for
// every byte value at every position of a word otherwise made of bytes
// that need no escaping (ASCII letters, spaces, digits, UTF-8 bytes), and
// for random words.
func TestWordHasEsc(t *testing.T) {
	slow := func(x uint64) bool {
		for j := 0; j < 8; j++ {
			if textEsc[byte(x>>(8*j))] {
				return true
			}
		}
		return false
	}
	for _, fill := range []byte{'a', ' ', '0', 0x80, 0xe3, 0x3f, 0x3d, 0xff} {
		for pos := 0; pos < 8; pos++ {
			for v := 0; v < 256; v++ {
				x := lsb8 * uint64(fill)
				x = x&^(0xff<<(8*pos)) | uint64(v)<<(8*pos)
				if got, want := wordHasEsc(x), slow(x); got != want {
					t.Fatalf("wordHasEsc(%#016x) = %v, want %v", x, got, want)
				}
				if allAbove3F(x) != (v >= 0x40 && fill >= 0x40) {
					t.Fatalf("allAbove3F(%#016x) = %v", x, allAbove3F(x))
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 1_000_000; i++ {
		x := r.Uint64()
		if i%2 == 0 {
			x &= 0x3f3f3f3f3f3f3f3f // bytes below 0x40 only, where the escaped ones are
		}
		if got, want := wordHasEsc(x), slow(x); got != want {
			t.Fatalf("wordHasEsc(%#016x) = %v, want %v", x, got, want)
		}
	}
}

// TestTextMatchesByteLoop: text writes what escaping byte by byte writes,
// for strings of every length around the eight-byte steps with the
// escaped bytes anywhere.
func TestTextMatchesByteLoop(t *testing.T) {
	slow := func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case '&':
				b.WriteString("&amp;")
			case '<':
				b.WriteString("&lt;")
			case '>':
				b.WriteString("&gt;")
			case '"':
				b.WriteString("&#34;")
			case '\'':
				b.WriteString("&#39;")
			case 0:
				b.WriteString("\uFFFD")
			default:
				b.WriteByte(s[i])
			}
		}
		return b.String()
	}
	alphabet := []string{"a", " ", "1", "調", "布", "&", "<", ">", "\"", "'", "\x00", "\xff", "?", "="}
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 20000; i++ {
		var s strings.Builder
		n := r.IntN(40)
		for j := 0; j < n; j++ {
			if r.IntN(6) == 0 {
				s.WriteString(alphabet[5+r.IntN(6)])
			} else {
				s.WriteString(alphabet[r.IntN(len(alphabet))])
			}
		}
		var b bytes.Buffer
		hw{b: &b}.text(s.String())
		if want := slow(s.String()); b.String() != want {
			t.Fatalf("text(%q) = %q, want %q", s.String(), b.String(), want)
		}
	}
}

// BenchmarkText: the escaper on the strings an entry page is made of
// (dates, ids, short labels, sentences), none of which needs escaping.
func BenchmarkText(b *testing.B) {
	in := []string{"2026-11-27", "x-00055", "概要", "担当者", "鈴木 裕子", "social/x-00055.yaml", "SNS-08",
		"パスワードを変更し、変更日を台帳の「パスワード変更日」に記録する。",
		"台帳に書かれた見直し期限 2026-07-17（前回の見直し日 2025-07-17 ＋ 24か月（残留リスク 低）＝ 2027-07-17 より早い）。",
		"Record the password change date in the register.", "badge risk-medium"}
	n := 0
	for _, s := range in {
		n += len(s)
	}
	b.SetBytes(int64(n))
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		for _, s := range in {
			hw{b: &buf}.text(s)
		}
	}
}

// TestEntryScratchReuse: an entry page rendered after other entry pages
// (whose findings and answers arrays it reuses, entryScratchPool) is the
// same as rendered first, and as the page of its build.
func TestEntryScratchReuse(t *testing.T) {
	reg := synth.Generate(40, 7)
	reqs := catalog.Default()
	asOf := riskassess.NewDate(2026, 11, 27)
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, asOf))
	opts := Options{AsOf: asOf, Requirements: reqs, Lang: riskassess.LangJa}
	pages, err := assemble(reg, as, &opts)
	if err != nil {
		t.Fatal(err)
	}
	var entries []*page
	for _, p := range pages {
		if p.ent != nil {
			entries = append(entries, p)
		}
	}
	render := func(p *page) string {
		var b bytes.Buffer
		if err := renderPage(&b, p); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	first := map[string]string{}
	for _, p := range entries {
		first[p.path] = render(p)
	}
	for i := len(entries) - 1; i >= 0; i-- {
		if got := render(entries[i]); got != first[entries[i].path] {
			t.Fatalf("%s rendered again after other pages differs", entries[i].path)
		}
	}
	opts.OutDir = filepath.Join(t.TempDir(), "site")
	if _, err := Build(context.Background(), reg, as, opts); err != nil {
		t.Fatal(err)
	}
	for path, want := range first {
		got, err := os.ReadFile(filepath.Join(opts.OutDir, filepath.FromSlash(path)))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Fatalf("%s: built file differs from the page rendered alone", path)
		}
	}
}

// TestFramesMatchLayout: every page written with the site's frames (the
// layout written once per root and menu item) is the page layout writes
// around it, on the internal and the public site, with live reload, in
// both languages, titles with markup characters included.
func TestFramesMatchLayout(t *testing.T) {
	reg := synth.Generate(30, 11)
	reqs := catalog.Default()
	asOf := riskassess.NewDate(2026, 11, 27)
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, asOf))
	if len(reg.Contractors) > 0 {
		reg.Contractors[0].Name = riskassess.T(`<名前> & "引用" 'x'`, `<name> & "quoted"`)
	}
	for _, opts := range []Options{
		{AsOf: asOf, Requirements: reqs, Lang: riskassess.LangJa},
		{AsOf: asOf, Requirements: reqs, Lang: riskassess.LangEn, LiveReload: true},
		{AsOf: asOf, Requirements: reqs, Lang: riskassess.LangJa, Public: true},
	} {
		pages, err := assemble(reg, as, &opts)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, p := range pages {
			if p.view == nil {
				continue
			}
			if p.site.frames == nil {
				t.Fatal("the site has no frames")
			}
			var got, want bytes.Buffer
			if err := renderPage(&got, p); err != nil {
				t.Fatal(err)
			}
			if err := renderPage(&got, p); err != nil { // the frame again, from the cache
				t.Fatal(err)
			}
			site := *p.site
			site.frames = nil
			q := *p
			q.site = &site
			for range 2 {
				if err := renderPage(&want, &q); err != nil {
					t.Fatal(err)
				}
			}
			if got.String() != want.String() {
				t.Fatalf("%s (%s, public %v): page with frames differs from layout", p.path, opts.Lang, opts.Public)
			}
			n++
		}
		if n < 3 {
			t.Fatalf("%d pages", n)
		}
	}
}

// TestEntryLinkTail: the link to an entry written from its row's
// linkTail is the link written field by field, names with markup
// characters included.
func TestEntryLinkTail(t *testing.T) {
	reg := synth.Generate(12, 13)
	reg.Contractors[0].Name = riskassess.T(`<名前> & "引用"`, `<name> & "q"`)
	opts := Options{AsOf: riskassess.NewDate(2026, 11, 27), Lang: riskassess.LangJa}
	b := &builder{reg: reg, opts: &opts, lang: opts.Lang}
	b.prepareLabels()
	b.dates = newDateCache(b.dateStyle(), b.lang)
	for _, e := range reg.Entries() {
		r := b.row(e, nil)
		if r.linkTail == "" {
			t.Fatalf("%s: no linkTail", r.ID)
		}
		plain := r
		plain.linkTail = ""
		for _, root := range []string{"", "../", "../../"} {
			var got, want bytes.Buffer
			hw{b: &got}.entryLink(root, &r)
			hw{b: &want}.entryLink(root, &plain)
			if got.String() != want.String() {
				t.Fatalf("%s from %q: %q, want %q", r.ID, root, got.String(), want.String())
			}
		}
	}
}
