package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// TestLockRemovesLeftovers: the temporary files of writes killed before
// their rename are removed by the next Lock and listed; other hidden files
// stay.
func TestLockRemovesLeftovers(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+commentedEntry)
	for _, rel := range []string{"contractors/.acme.yaml.tmp-123456", ".register.yaml.tmp-9", "social/.x.yaml.tmp-77",
		"contractors/.keep", "contractors/.acme.yaml.swp", "services/.notes.txt.tmp-1"} {
		write(t, dir, rel, []byte("half a file"))
	}
	l, err := Lock(dir, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Unlock()
	want := []string{".register.yaml.tmp-9", "contractors/.acme.yaml.tmp-123456", "social/.x.yaml.tmp-77"}
	if diff := cmp.Diff(want, l.Removed); diff != "" {
		t.Errorf("Removed (-want +got):\n%s", diff)
	}
	for _, rel := range want {
		if _, err := os.Lstat(filepath.Join(dir, rel)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s still there (%v)", rel, err)
		}
	}
	for _, rel := range []string{"contractors/.keep", "contractors/.acme.yaml.swp", "services/.notes.txt.tmp-1", LockFile} {
		if _, err := os.Lstat(filepath.Join(dir, rel)); err != nil {
			t.Errorf("%s removed: %v", rel, err)
		}
	}
	if _, err := Load(dir); err != nil {
		t.Errorf("the lock file disturbs Load: %v", err)
	}
}

// TestLockBusy: a second Lock while the first is held waits, then fails
// with CodeLocked in both languages; after Unlock it succeeds.
func TestLockBusy(t *testing.T) {
	dir := writeTxtar(t, registerYAML)
	l, err := Lock(dir, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	told := false
	start := time.Now()
	_, err = Lock(dir, 120*time.Millisecond, func(string) { told = true })
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeLocked {
		t.Fatalf("second Lock: %v, want CodeLocked", err)
	}
	if time.Since(start) < 120*time.Millisecond || !told {
		t.Errorf("gave up after %s (told %v): want a wait of 120ms and a call of waiting", time.Since(start), told)
	}
	if !strings.Contains(e.Message("ja"), "編集中") || !strings.Contains(e.Message("en"), "is editing the register") {
		t.Errorf("messages %q / %q", e.Message("ja"), e.Message("en"))
	}
	if err := l.Unlock(); err != nil {
		t.Fatal(err)
	}
	l2, err := Lock(dir, 0, nil)
	if err != nil {
		t.Fatalf("Lock after Unlock: %v", err)
	}
	l2.Unlock()
	if _, err := Lock(filepath.Join(dir, "missing"), 0, nil); !errors.As(err, &e) || e.Code != CodeIO {
		t.Errorf("Lock of a missing folder: %v, want CodeIO", err)
	}
}

// TestAppendAssessmentTooLarge: a record that would make the entry file
// larger than Load reads (a 3 MiB comment is stored twice: in the record
// and in answers:) is refused and nothing is written, so the register stays
// loadable.
func TestAppendAssessmentTooLarge(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+commentedEntry)
	orig, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
	set := map[string]riskassess.Answer{
		"Q-OUT-01": {Value: "yes", Comment: strings.Repeat("長い説明。", (MaxFileSize+1<<20)/15)},
	}
	rec := record(1, set)
	err := AppendAssessment(dir, riskassess.KindContractor, "acme", rec, set)
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeFileTooLarge || e.File != "contractors/acme.yaml" {
		t.Fatalf("AppendAssessment: %v, want CodeFileTooLarge on contractors/acme.yaml", err)
	}
	if !strings.Contains(e.Message("ja"), "記録していません") || !strings.Contains(e.Error(), "nothing written") {
		t.Errorf("message %q / %q", e.Message("ja"), e.Error())
	}
	assertUntouched(t, dir, "contractors/acme.yaml", orig)
	if _, err := Load(dir); err != nil {
		t.Errorf("register no longer loads: %v", err)
	}
	// Just under the limit is recorded, and loads.
	// (The answer is stored once: in answers:, not again in the record.)
	set["Q-OUT-01"] = riskassess.Answer{Value: "yes", Comment: strings.Repeat("x", MaxFileSize-4096)}
	if err := AppendAssessment(dir, riskassess.KindContractor, "acme", rec, set); err != nil {
		t.Fatalf("a record under the limit: %v", err)
	}
	if _, err := Load(dir); err != nil {
		t.Errorf("register no longer loads: %v", err)
	}
}

// TestAppendAssessmentTooManyItems: a record that would take the file over
// MaxItems (here a comment of commas, well under MaxFileSize) is refused and
// the file left as it was, so an import never writes what Load refuses.
func TestAppendAssessmentTooManyItems(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+commentedEntry)
	orig, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
	set := map[string]riskassess.Answer{"Q-OUT-01": {Value: "yes", Comment: strings.Repeat(",", MaxItems)}}
	err := AppendAssessment(dir, riskassess.KindContractor, "acme", record(1, set), set)
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeFileTooLarge || !strings.Contains(e.Error(), "nothing written") {
		t.Fatalf("AppendAssessment: %v, want CodeFileTooLarge, nothing written", err)
	}
	assertUntouched(t, dir, "contractors/acme.yaml", orig)
}
