// Package libreoffice is test support: the tests that open what
// riskregister writes in LibreOffice Calc (questionnaires re-saved, CSV
// exports read back) find it with Binary and convert files with Convert.
package libreoffice

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Find returns the path of soffice (or libreoffice) on PATH, or "" when
// LibreOffice is not installed.
func Find() string {
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Binary returns Find's path, or skips t when LibreOffice is missing. With
// CI=true, where .ci/run installs it, a missing LibreOffice fails t.
func Binary(t testing.TB) string {
	t.Helper()
	if p := Find(); p != "" {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("LibreOffice (soffice) not found; CI=true requires it")
	}
	t.Skip("LibreOffice (soffice) not found: skipping the LibreOffice round trip")
	return ""
}

// Convert runs bin --headless --convert-to format on the file in, with a
// fresh user profile and HOME (so that no setting of an earlier run
// applies), args before --convert-to (an import filter:
// "--infilter=CSV:44,34,76,1"), and returns the path of the file written:
// in's name with the extension of format ("xlsx" for "xlsx:Calc MS Excel
// 2007 XML"). It fails t when soffice fails, takes over 3 minutes or
// writes nothing.
func Convert(t testing.TB, bin, in, format string, args ...string) string {
	t.Helper()
	out := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	argv := append([]string{"-env:UserInstallation=file://" + filepath.ToSlash(t.TempDir()), "--headless", "--norestore"}, args...)
	argv = append(argv, "--convert-to", format, "--outdir", out, in)
	cmd := exec.CommandContext(ctx, bin, argv...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	ext, _, _ := strings.Cut(format, ":")
	base := filepath.Base(in)
	p := filepath.Join(out, strings.TrimSuffix(base, filepath.Ext(base))+"."+ext)
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("soffice wrote no %s: %v", p, err)
	}
	return p
}
