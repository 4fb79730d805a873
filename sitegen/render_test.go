package sitegen

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
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
