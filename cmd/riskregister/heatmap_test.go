package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBuildHeatMapCustomMatrix: residual_matrix in register.yaml reaches
// the scoring and the dashboard's heat map through load and build.
func TestBuildHeatMapCustomMatrix(t *testing.T) {
	reg := strings.Replace(chkRegisterYAML, "name: {ja: テスト市議会, en: Test Council}\n", "name: {ja: テスト市議会, en: Test Council}\n"+
		"residual_matrix:\n  bands: [90, 70, 50]\n  low: [low, medium, medium, high]\n  medium: [low, medium, high, high]\n"+
		"  high: [medium, high, critical, critical]\n  critical: [high, critical, critical, critical]\n", 1)
	if reg == chkRegisterYAML {
		t.Fatal("register.yaml header not found")
	}
	dir := writeTxtar(t, reg+chkSocialOK)
	out := filepath.Join(t.TempDir(), "site")
	if code, _, errOut := execCLI(t, "build", "--register", dir, "-o", out, "--as-of", "2026-11-27"); code != 0 {
		t.Fatalf("build: exit %d\n%s", code, errOut)
	}
	b, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	svg := string(b)[strings.Index(string(b), `aria-labelledby="heat-t heat-d"`):]
	svg = svg[:strings.Index(svg, "</svg>")]
	var labels, cells []string
	for _, m := range regexp.MustCompile(`font-size="13">([^<]+)</text>`).FindAllStringSubmatch(svg, 4) {
		labels = append(labels, m[1])
	}
	for _, m := range regexp.MustCompile(`data-residual="([a-z]+)"`).FindAllStringSubmatch(svg, 4) {
		cells = append(cells, m[1]) // the critical row, weakest band first
	}
	if diff := cmp.Diff([]string{"50未満", "50–69.9", "70–89.9", "90以上"}, labels); diff != "" {
		t.Errorf("band labels (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"critical", "critical", "critical", "high"}, cells); diff != "" {
		t.Errorf("critical row (-want +got):\n%s", diff)
	}
	// An inverted matrix is refused at its field, like any bad value.
	bad := writeTxtar(t, strings.Replace(reg, "low: [low, medium, medium, high]", "low: [high, medium, medium, high]", 1)+chkSocialOK)
	if code, _, errOut := execCLI(t, "build", "--register", bad, "-o", filepath.Join(t.TempDir(), "x")); code != 1 || !strings.Contains(errOut, "register.yaml:4:") || !strings.Contains(errOut, "residual_matrix.low[1]") {
		t.Errorf("inverted matrix: exit %d, stderr %q; want 1 naming register.yaml:4 and residual_matrix.low[1]", code, errOut)
	}
}
