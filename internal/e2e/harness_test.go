package e2e

import (
	"os"
	"path/filepath"
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
