package sitegen

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRegisterPageKanaOrder: within a kind, register.html lists entries by
// their recorded reading (name_kana), else by name, then by id; kinds keep
// the register's order. Without readings the accounts sort by name
// (LINE… < 議会F… < 議会公…); the readings ギカイコウシキ < ギカイフェイス <
// ライン reverse that.
func TestRegisterPageKanaOrder(t *testing.T) {
	src := testRegister
	for name, kana := range map[string]string{
		"議会公式X, en: Council on X }":             "ギカイコウシキエックス",
		"議会Facebook, en: Council on Facebook }": "ギカイフェイスブック",
		"LINE（検討中）, en: LINE (planned) }":       "ライン",
	} {
		line := "name: { ja: " + name + "\n"
		if !strings.Contains(src, line) {
			t.Fatalf("test register has no line %q", line)
		}
		src = strings.Replace(src, line, line+"name_kana: "+kana+"\n", 1)
	}
	for _, tt := range []struct {
		name, src string
		want      []string
	}{
		{"without readings", testRegister, []string{"acme-johou", "old-storage", "chat-saas", "line-draft", "fb-gikai", "x-gikai"}},
		{"with readings", src, []string{"acme-johou", "old-storage", "chat-saas", "x-gikai", "fb-gikai", "line-draft"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir, _, _ := testSite(t, tt.src, Options{})
			b, err := os.ReadFile(filepath.Join(dir, "register.html"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range regexp.MustCompile(`data-label="ID">([a-z0-9-]+)<`).FindAllStringSubmatch(string(b), -1) {
				got = append(got, m[1])
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("register.html order (-want +got):\n%s", d)
			}
		})
	}
}
