package store

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLinkDateRefused: listed_on is the address of the council's page
// that lists a social account, but it is named as the register's dates
// are (decided_on, terms_checked_on, password_changed_on), and
// listed_on: 2026-04-01 validated: SNS-02 then read the date as the
// listing page recorded and was met. A date alone in a link field is
// refused at its place, in every form a date is written; a URL, a
// document's name with a date in it and a word for none still read.
func TestLinkDateRefused(t *testing.T) {
	src := func(listedOn string) string {
		return "name: {ja: 議会X}\nowner: {section: somu}\napproval: {status: approved}\nplatform: x\nhandle: \"@chofu_gikai\"\n" +
			"url: https://x.com/chofu_gikai\nstatus: active\nresponsible: {section: somu}\nlisted_on: " + listedOn + "\nposting_rules: 令和8年4月1日\n"
	}
	rules := "bad-url social/x.yaml:10:16: posting_rules holds a date, \"令和8年4月1日\", not a link: write the URL of the page (https://…) or the document's name"
	// 2026-04-01。 with a closing 。 too, as the catalogue reads a
	// document field (one rule, wareki.DateAlone): it loaded, and SNS-02
	// was partial instead.
	for _, v := range []string{"2026-04-01", `"2026-04-01"`, "2026/4/1", "令和8年4月1日", "R8.4.1", "2026-04-01。"} {
		res := decodeFile(job{kind: "social", id: "x", rel: "social/x.yaml"}, []byte(src(v)))
		want := []string{"bad-url social/x.yaml:9:12: listed_on holds a date, \"" + strings.Trim(v, `"`) + "\", not a link: write the URL of the page (https://…) or the document's name" +
			" (listed_on is the address of the council's page that lists the account, not the day it was listed)", rules}
		if diff := cmp.Diff(want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("listed_on: %s (-want +got):\n%s", v, diff)
		}
		if len(res.errs) > 0 && !strings.Contains(res.errs[0].Message("ja"), "listed_on に日付") {
			t.Errorf("listed_on: %s: Japanese message %q", v, res.errs[0].Message("ja"))
		}
	}
	for _, v := range []string{"https://www.city.chofu.example/gikai/sns.html", "議会公式SNS一覧（令和8年4月1日）", "なし"} {
		res := decodeFile(job{kind: "social", id: "x", rel: "social/x.yaml"}, []byte(src(v)))
		if diff := cmp.Diff([]string{rules}, lines(Errors(res.errs))); diff != "" {
			t.Errorf("listed_on: %s (-want +got):\n%s", v, diff)
		}
	}
}
