package e2e

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestHarnessSeesProblems proves the harness can fail: a page with a script
// error, an outside request and an alert must each be recorded.
func TestHarnessSeesProblems(t *testing.T) {
	b := newBrowser(t)
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("bad.js", "alert('x'); console.error('boom'); undefinedFunction();")
	write("bad.html", `<!doctype html><html lang="en"><title>t</title><img src="http://127.0.0.1:9/outside.png" alt=""><script src="bad.js"></script>`)
	if err := b.Do(chromedp.Navigate(fileURL(filepath.Join(dir, "bad.html"))), chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
		t.Fatal(err)
	}
	console, requests, dialogs := b.Record()
	if len(dialogs) != 1 || dialogs[0] != "x" {
		t.Errorf("dialogs = %q, want [x]", dialogs)
	}
	joined := strings.Join(console, "\n")
	for _, want := range []string{"boom", "undefinedFunction"} {
		if !strings.Contains(joined, want) {
			t.Errorf("console record lacks %q:\n%s", want, joined)
		}
	}
	if outside := outsideRequests(requests, dir); len(outside) != 1 {
		t.Errorf("outside requests = %q, want the one image", outside)
	}
}

// TestAxeSeesViolations proves the accessibility check can fail: axe must
// report a page without a language and an image without alternative text.
func TestAxeSeesViolations(t *testing.T) {
	axeJS := loadAxe(t)
	b := newBrowser(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "bad.html")
	if err := os.WriteFile(page, []byte(`<!doctype html><html><title>t</title><img src="x.png"></html>`), 0o644); err != nil {
		t.Fatal(err)
	}
	b.open(t, page)
	var ids []string
	for _, v := range axeRun(t, b, axeJS).Violations {
		ids = append(ids, v.ID)
	}
	for _, want := range []string{"html-has-lang", "image-alt"} {
		if !slices.Contains(ids, want) {
			t.Errorf("axe violations %q lack %s", ids, want)
		}
	}
}
