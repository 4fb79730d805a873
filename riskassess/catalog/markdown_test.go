package catalog

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite docs/catalog.md from the catalogue")

// docPath is docs/catalog.md, found from the package directory.
const docPath = "../../docs/catalog.md"

func TestMarkdownDoc(t *testing.T) {
	got := Markdown(Default())
	if *update {
		if err := os.WriteFile(filepath.FromSlash(docPath), got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(filepath.FromSlash(docPath))
	if err != nil {
		t.Fatalf("%v (create it: go test ./riskassess/catalog -run TestMarkdownDoc -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("docs/catalog.md is stale; regenerate: go test ./riskassess/catalog -run TestMarkdownDoc -update\n%s",
			cmp.Diff(string(want), string(got)))
	}
}

func TestMarkdownContent(t *testing.T) {
	reqs := Default()
	md := string(Markdown(reqs))
	for _, r := range reqs {
		for _, want := range []string{
			"#### " + r.ID + " " + r.Title.Ja + " / " + r.Title.En,
			"(#" + anchor(r.ID) + ")", r.Text.Ja, r.Text.En, r.Remediation.Ja, r.Remediation.En,
			"| 確認する者 / Attested by | " + r.AttestedBy.Label("ja") + " / " + r.AttestedBy.Label("en") + " |",
		} {
			if !strings.Contains(md, want) {
				t.Errorf("%s: Markdown lacks %q", r.ID, want)
			}
		}
		if r.Question != nil && !strings.Contains(md, "`"+r.Question.ID+"`") {
			t.Errorf("%s: Markdown lacks its question", r.ID)
		}
	}
	if !bytes.Equal(Markdown(reqs), Markdown(append(reqs[50:], reqs[:50]...))) {
		t.Error("Markdown depends on the order of its input")
	}
	// Custom requirements render too, with an unknown clause as given.
	c := yesnoCustom("ORG-01")
	c.Clause = "別表1"
	r, errs := Custom(c)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	out := string(Markdown([]riskassess.Requirement{r}))
	for _, want := range []string{"ORG-01 生成AIの入力制限", "| 方針の条項 / Clause | 別表1 |", "組織独自の要件"} {
		if !strings.Contains(out, want) {
			t.Errorf("custom Markdown lacks %q:\n%s", want, out)
		}
	}
}
