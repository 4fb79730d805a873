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
	src := kanaRegister(t)
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

// kanaRegister is testRegister with readings that reverse the name order
// of the social accounts (ギカイコウシキ < ギカイフェイス < ライン).
func kanaRegister(t *testing.T) string {
	t.Helper()
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
	return src
}

// TestOwnersPageKanaOrder: on owners.html a person's entries follow the
// register page's order (kind, reading, id): 鈴木 花子 holds roles on
// fb-gikai and x-gikai, listed x-gikai first once readings say so.
func TestOwnersPageKanaOrder(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		want      []string
	}{
		{"without readings", testRegister, []string{"fb-gikai", "x-gikai"}},
		{"with readings", kanaRegister(t), []string{"x-gikai", "fb-gikai"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir, _, _ := testSite(t, tt.src, Options{})
			page := string(mustRead(t, filepath.Join(dir, "owners.html")))
			_, rest, ok := strings.Cut(page, "<h3>鈴木 花子")
			if !ok {
				t.Fatal("owners.html has no 鈴木 花子")
			}
			rest, _, _ = strings.Cut(rest, "<h3>")
			var got []string
			for _, m := range regexp.MustCompile(`entries/social/([a-z0-9-]+)\.html`).FindAllStringSubmatch(rest, -1) {
				if len(got) == 0 || got[len(got)-1] != m[1] {
					got = append(got, m[1])
				}
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("鈴木 花子's entries (-want +got):\n%s", d)
			}
		})
	}
}
