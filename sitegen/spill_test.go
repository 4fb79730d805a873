package sitegen

import (
	"bytes"
	"errors"
	"strconv"
	"sync"
	"testing"
)

// chunks records what is written to it, and fails every write from
// failAt on (0: never).
type chunks struct {
	all    bytes.Buffer
	n, max int
	failAt int
}

var errChunk = errors.New("disk full")

func (c *chunks) Write(p []byte) (int, error) {
	c.n++
	if c.failAt > 0 && c.n >= c.failAt {
		return 0, errChunk
	}
	c.max = max(c.max, len(p))
	c.all.Write(p)
	return len(p), nil
}

// bigPage is a heavy page of rows table rows, each written with raw and
// text as the list pages write theirs.
func bigPage(rows int) *page {
	site := &siteView{lang: "ja", Title: "台帳", frames: newFrames()}
	return &page{path: "owners.html", title: "責任者", nav: "owners", site: site, heavy: true, size: 1 << 20,
		view: func(string) func(hw) error {
			return func(w hw) error {
				for i := range rows {
					w.raw("\n<tr><td>")
					w.text("項目 <" + strconv.Itoa(i) + "> の責任者と承認の記録")
					w.raw("</td></tr>")
				}
				return nil
			}
		}}
}

// TestSpillPage checks that a heavy page is written out as it is
// rendered, in pieces of about spillSize bytes, and that the bytes are
// those renderPage holds whole.
func TestSpillPage(t *testing.T) {
	p := bigPage(40000) // about 3 MB
	var whole bytes.Buffer
	if err := renderPage(&whole, p); err != nil {
		t.Fatal(err)
	}
	var c chunks
	if err := spillPage(p, &c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(c.all.Bytes(), whole.Bytes()) {
		t.Fatalf("spilled page differs from the page rendered whole (%d bytes, want %d)", c.all.Len(), whole.Len())
	}
	if c.n < whole.Len()/spillSize || c.max > spillSize+4096 {
		t.Errorf("%d writes of at most %d bytes for a page of %d bytes: want pieces of about %d", c.n, c.max, whole.Len(), spillSize)
	}
}

// TestSpillPageWriteError checks that a failed write fails the page and
// that nothing is written after it.
func TestSpillPageWriteError(t *testing.T) {
	c := chunks{failAt: 2}
	if err := spillPage(bigPage(40000), &c); !errors.Is(err, errChunk) {
		t.Fatalf("spillPage = %v, want %v", err, errChunk)
	}
	if c.n != 2 {
		t.Errorf("%d writes, want none after the failed second one", c.n)
	}
}

// TestBeforeRender: Options.BeforeRender is called once, before the
// first page is rendered.
func TestBeforeRender(t *testing.T) {
	calls, pages, pagesBefore := 0, 0, -1
	var mu sync.Mutex
	testHookPage = func(string) error {
		mu.Lock()
		pages++
		mu.Unlock()
		return nil
	}
	defer func() { testHookPage = nil }()
	testSite(t, testRegister, Options{BeforeRender: func() {
		calls++
		pagesBefore = pages
	}})
	if calls != 1 || pagesBefore != 0 || pages == 0 {
		t.Errorf("BeforeRender called %d times, after %d of %d pages; want once, before the first", calls, pagesBefore, pages)
	}
}
