package main

import (
	"runtime"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess/catalog"
)

func TestVersion(t *testing.T) {
	for _, tc := range []struct {
		lang, label string
	}{{"ja", "要件カタログ: "}, {"en", "Requirement catalogue: "}} {
		code, out, errOut := execCLI(t, "version", "--lang", tc.lang)
		if code != 0 || errOut != "" {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
		want := "riskregister " + buildVersion() + "\nGo: " + runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH + "\n" + tc.label + catalog.Version + "\n"
		if out != want {
			t.Errorf("--lang %s: got\n%s\nwant\n%s", tc.lang, out, want)
		}
	}
	if code, _, _ := execCLI(t, "version", "extra"); code != 2 {
		t.Errorf("version extra: exit %d, want 2", code)
	}
}

func TestBuildVersionFromLdflags(t *testing.T) {
	old := version
	t.Cleanup(func() { version = old })
	version = "v1.2.3"
	if got := buildVersion(); got != "v1.2.3" {
		t.Errorf("buildVersion() = %q", got)
	}
	_, out, _ := execCLI(t, "version")
	if !strings.HasPrefix(out, "riskregister v1.2.3\n") {
		t.Errorf("output %q", out)
	}
}
