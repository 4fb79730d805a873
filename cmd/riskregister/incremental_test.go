package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBuildIncremental: a build after an edit (an entry's name, a
// contractor named by a service, by id or by corporate number, the
// approval of a contractor named as another's subcontractor, by id or by
// name, register.yaml, a public-list snapshot) gives the files a fresh build without the cache gives, and an unchanged
// rebuild carries every file forward.
func TestBuildIncremental(t *testing.T) {
	dir := copyExample(t)
	tmp := t.TempDir()
	out := filepath.Join(tmp, "site")
	build := func(out string, extra ...string) string {
		t.Helper()
		var o, e bytes.Buffer
		args := append([]string{"build", "--register", dir, "-o", out, "--as-of", "2026-11-27", "--lang", "en"}, extra...)
		if code := run(args, &o, &e); code != 0 {
			t.Fatalf("build: exit %d: %s", code, e.String())
		}
		return e.String()
	}
	tree := func(d string) map[string]string {
		t.Helper()
		m := map[string]string{}
		for p, b := range readFiles(t, d) {
			if p != ".riskregister-manifest" {
				m[p] = b
			}
		}
		return m
	}
	edit := func(file, from, to string) {
		t.Helper()
		p := filepath.Join(dir, file)
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), from) {
			t.Fatalf("%s: %q not found", file, from)
		}
		if err := os.WriteFile(p, []byte(strings.Replace(string(b), from, to, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	build(out)
	if msg := build(out); !regexp.MustCompile(`files \(([0-9]+) unchanged, 0 rendered\)`).MatchString(msg) {
		t.Errorf("unchanged rebuild rendered files: %s", msg)
	}
	for _, tc := range []struct{ name, file, from, to string }{
		{"entry name", "social/facebook-chofu-gikai.yaml", "ja: 調布市議会 Facebook ページ", "ja: 調布市議会 Facebook ページ改"},
		{"contractor of a service", "contractors/chofu-eizo-haishin.yaml", "株式会社調布映像配信", "株式会社調布映像配信改"},
		// chofu-eizo-haishin re-contracts to tama-shuwa: its page gains
		// REF-SUBCONTRACTOR-RECORD.
		{"subcontractor of a contractor", "contractors/tama-shuwa.yaml", "  status: approved\n", "  status: rejected\n"},
		// musashino-sokki re-contracts, by name only, to jindai-insatsu
		// (深大寺印刷株式会社): its page gains REF-SUBCONTRACTOR-RECORD
		// when that contractor is rejected.
		{"subcontractor given by name", "contractors/musashino-sokki.yaml", "name: 在宅速記者（個人事業者 3名）", "name: 深大寺印刷株式会社"},
		{"contractor named as a subcontractor by name", "contractors/jindai-insatsu.yaml", "  status: approved\n", "  status: rejected\n"},
		// internet-mail's provider, given by name and corporate number,
		// is fuda-data-entry: its page gains REF-PROVIDER-RECORD when
		// that contractor is rejected.
		{"provider given by number", "services/internet-mail.yaml", "  name: 株式会社多摩クラウドメール\n", "  name: 布田データ入力株式会社\n  corporate_number: \"7999001001370\"\n"},
		{"contractor named as a provider by number", "contractors/fuda-data-entry.yaml", "  status: conditional\n", "  status: rejected\n"},
		{"public list", "lists/ismap-2026-11-01.yaml", `valid_until: "2027-02-28"`, `valid_until: "2027-01-31"`},
		{"register.yaml", "register.yaml", "ja: ", "ja: 改"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			edit(tc.file, tc.from, tc.to)
			msg := build(out)
			if m := regexp.MustCompile(`([0-9]+) files \([0-9]+ unchanged, ([0-9]+) rendered\)`).FindStringSubmatch(msg); m == nil {
				t.Errorf("no counts in %q", msg)
			} else if tc.file != "register.yaml" && !strings.HasPrefix(tc.file, "lists/") && m[1] == m[2] {
				t.Errorf("an edit of %s rendered every file: %s", tc.file, msg)
			}
			fresh := filepath.Join(tmp, "fresh-"+strings.ReplaceAll(tc.name, " ", "-"))
			build(fresh, "--no-cache")
			if diff := cmp.Diff(tree(fresh), tree(out)); diff != "" {
				t.Errorf("incremental build differs from a fresh one (-fresh +incremental):\n%s", diff)
			}
		})
	}
}

// readFiles returns every file under dir by slash path.
func readFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
