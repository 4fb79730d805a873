package sitegen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// listsArchive adds two ISMAP snapshots and a corporate one to the test
// register: the newer ISMAP one is in use, the older is earlier, one is
// dated after the as-of date, and the corporate one is over three months
// old on the as-of date.
const listsArchive = `
-- lists/ismap-2026-08-01.yaml --
list: ismap
date: 2026-08-01
file: old-list.csv
sha256: 1111111111111111111111111111111111111111111111111111111111111111
services:
  - {number: C21-0008-2, service: 議事録クラウド, provider: 株式会社ミナト}
-- lists/ismap-2026-11-01.yaml --
list: ismap
date: 2026-11-01
file: cloud_service_list.xlsx
sha256: 2222222222222222222222222222222222222222222222222222222222222222
services:
  - {number: C21-0008-2, service: 議事録クラウド, provider: 株式会社ミナト}
  - {number: C22-0001-1, service: 会議録検索, provider: 株式会社ミナト}
-- lists/ismap-2027-01-01.yaml --
list: ismap
date: 2027-01-01
file: later.csv
sha256: 3333333333333333333333333333333333333333333333333333333333333333
services: []
-- lists/corporate-2026-05-01.yaml --
list: corporate
date: 2026-05-01
file: 00_zenkoku_all_20260501.zip
sha256: 4444444444444444444444444444444444444444444444444444444444444444
coverage: national
corporations:
  - {number: "2999001001111", name: 株式会社アクメ}
`

func TestPublicListsPage(t *testing.T) {
	dir, _, _ := testSite(t, testRegister+listsArchive, Options{})
	b, err := os.ReadFile(filepath.Join(dir, "public-lists.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	rows := strings.Split(page, "<tr")
	find := func(date string) string {
		for _, r := range rows {
			if strings.Contains(r, ">"+date+"<") {
				return r
			}
		}
		t.Fatalf("no row for %s in\n%s", date, page)
		return ""
	}
	for _, tt := range []struct{ date, want string }{
		{"2026-11-01", "照合に使用<"},
		{"2026-08-01", "過去"},
		{"2027-01-01", "基準日より後"},
		{"2026-05-01", "照合に使用（3か月超・要更新）"},
	} {
		if r := find(tt.date); !strings.Contains(r, tt.want) {
			t.Errorf("row of %s does not say %q:\n%s", tt.date, tt.want, r)
		}
	}
	for _, want := range []string{"cloud_service_list.xlsx", "2222222222222222222222222222222222222222222222222222222222222222", "lists/ismap-2026-11-01.yaml", "全国の全件データ", "ISMAPクラウドサービスリスト"} {
		if !strings.Contains(page, want) {
			t.Errorf("public-lists.html does not show %q", want)
		}
	}
	// chat-saas is on ISMAP-LIU, of which the register holds no snapshot:
	// its listing is not cross-checked while the ISMAP ones are, and its
	// page says so (it looked the same as a checked one).
	unchecked := "ISMAP-LIU LIU-INTERNAL-42（公表リストと未照合: 基準日以前のISMAP-LIUクラウドサービスリストのスナップショットがない。riskregister lists import ismap-liu で取り込む）"
	chat, _ := os.ReadFile(filepath.Join(dir, "entries", "service", "chat-saas.html"))
	if !strings.Contains(string(chat), unchecked) {
		t.Errorf("chat-saas.html does not say its ISMAP-LIU listing is unchecked")
	}
	idx, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	if !strings.Contains(string(idx), `href="public-lists.html"`) {
		t.Error("the menu does not link public-lists.html")
	}
	// Without snapshots there is no such page and no menu item.
	dir, _, _ = testSite(t, testRegister, Options{})
	if _, err := os.Stat(filepath.Join(dir, "public-lists.html")); err == nil {
		t.Error("public-lists.html written without snapshots")
	}
	// Nor is a listing marked in a register that is not cross-checked at all.
	if chat, _ := os.ReadFile(filepath.Join(dir, "entries", "service", "chat-saas.html")); strings.Contains(string(chat), "未照合") {
		t.Errorf("chat-saas.html marked unchecked without snapshots")
	}
}
