// Package e2e holds the end-to-end tests that drive the generated site in a
// real headless Chromium. It has no code used at run time; browser.go is the
// small harness the tests share.
package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// findChromium returns the path of a Chromium binary, or "".
func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// requireChromium returns the Chromium path. Without one the test is skipped,
// except under CI=true, where .ci/run has installed it and its absence fails.
func requireChromium(t testing.TB) string {
	t.Helper()
	p := findChromium()
	if p == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium not found, but CI=true: .ci/run must install the Debian package chromium")
		}
		t.Skip("chromium not installed: skipping browser test (apt-get install chromium)")
	}
	return p
}

// Browser is one headless Chromium with a record of what its pages did.
type Browser struct {
	ctx    context.Context
	cancel func()

	mu       sync.Mutex
	console  []string // console errors and uncaught exceptions
	requests []string // every URL requested
	dialogs  []string // alert/confirm/prompt messages (XSS probes)
}

// newBrowser starts Chromium with the flags this closed network needs and a
// fresh profile; the browser stops at the end of the test.
func newBrowser(t testing.TB) *Browser {
	t.Helper()
	exe := requireChromium(t)
	opts := append([]chromedp.ExecAllocatorOption{},
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("allow-file-access-from-files", false),
		chromedp.WindowSize(1280, 900),
	)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	b := &Browser{}
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(b.record))
	b.ctx, b.cancel = ctx, func() { cancel(); acancel() }
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		b.cancel()
		t.Fatalf("start chromium: %v", err)
	}
	if _, err := chromedp.Call(ctx, page.Enable, page.EnableParams{}); err != nil {
		b.cancel()
		t.Fatalf("page.enable: %v", err)
	}
	t.Cleanup(b.cancel)
	return b
}

// record is the event listener: it runs in chromedp's read loop, so it only
// appends under the lock (a dialog is dismissed from another goroutine).
func (b *Browser) record(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, strings.Trim(string(a.Value), `"`)+a.Description)
			}
			b.console = append(b.console, "console."+string(ev.Type)+": "+strings.Join(parts, " "))
		}
	case *runtime.EventExceptionThrown:
		msg := ev.ExceptionDetails.Text
		if ev.ExceptionDetails.Exception != nil {
			msg += " " + ev.ExceptionDetails.Exception.Description
		}
		b.console = append(b.console, "exception: "+msg)
	case *network.EventRequestWillBeSent:
		b.requests = append(b.requests, ev.Request.URL)
	case *network.EventLoadingFailed:
		b.console = append(b.console, "load failed: "+ev.ErrorText+" "+string(ev.BlockedReason))
	case *page.EventJavascriptDialogOpening:
		b.dialogs = append(b.dialogs, ev.Message)
		ctx := b.ctx
		go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false}) //nolint:errcheck // best effort: unblock the page
	}
}

// Do runs chromedp actions in the browser's tab.
func (b *Browser) Do(actions ...chromedp.Action[chromedp.Void]) error {
	return chromedp.Do(b.ctx, actions...)
}

// Eval evaluates a JavaScript expression in the page and decodes its value.
func Eval[T any](b *Browser, expr string) (T, error) {
	return chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
}

// Reset forgets what was recorded so far.
func (b *Browser) Reset() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.console, b.requests, b.dialogs = nil, nil, nil
}

// Record returns copies of the console errors, requested URLs and dialogs.
func (b *Browser) Record() (console, requests, dialogs []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.console...), append([]string(nil), b.requests...), append([]string(nil), b.dialogs...)
}

// fileURL returns the file:// URL of an absolute path.
func fileURL(path string) string { return "file://" + path }

// errorf formats a list of problems for a test failure.
func errorf(what string, items []string) string {
	return fmt.Sprintf("%s (%d):\n  %s", what, len(items), strings.Join(items, "\n  "))
}
