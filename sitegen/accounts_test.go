package sitegen

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestAccountsContactAndHandles checks the official account list: with
// public_contact set, both sites tell a citizen where to report a fake
// account (office, phone, mailto link, contact page); without it the
// internal site tells staff that the public list has no contact and the
// public site shows no empty box. Handles are written one way, "@id",
// whether the register wrote the "@" (X) or not (Facebook).
func TestAccountsContactAndHandles(t *testing.T) {
	withContact := strings.Replace(testRegister, "website: https://www.city.test.example/gikai/\n",
		"website: https://www.city.test.example/gikai/\npublic_contact:\n  name: {ja: 議会事務局 広報係, en: Public Relations Unit}\n  phone: 042-000-0000\n  email: koho@city.test.example\n  url: https://www.city.test.example/gikai/toiawase\n", 1)
	if withContact == testRegister {
		t.Fatal("test register has no website line to add public_contact after")
	}
	for _, public := range []bool{false, true} {
		dir, _, _ := testSite(t, withContact, Options{Public: public})
		page := string(readTree(t, dir)["accounts.html"])
		for _, want := range []string{
			`<h2 id="h-contact">なりすましアカウントを見つけたら</h2>`,
			`<dd>議会事務局 広報係</dd>`, `<dd>042-000-0000</dd>`,
			`<a href="mailto:koho@city.test.example">koho@city.test.example</a>`,
			`href="https://www.city.test.example/gikai/toiawase"`,
			`>@test.gikai</a>`, `>@test_gikai</a>`,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("public=%v: accounts.html lacks %s", public, want)
			}
		}
		if strings.Contains(page, ">test.gikai<") || strings.Contains(page, "@@") {
			t.Errorf("public=%v: a handle is written without or with two @", public)
		}
	}
	for _, public := range []bool{false, true} {
		dir, _, _ := testSite(t, testRegister, Options{Public: public, OutDir: filepath.Join(t.TempDir(), "site")})
		page := string(readTree(t, dir)["accounts.html"])
		if strings.Contains(page, `id="h-contact"`) {
			t.Errorf("public=%v: a contact box without public_contact", public)
		}
		if got := strings.Contains(page, "<code>public_contact</code>"); got == public {
			t.Errorf("public=%v: note to staff about the missing contact shown = %v", public, got)
		}
	}
}

// TestAccountsNoneListed: with no account approved for the list, the page
// says so in a sentence of its own under an accounts heading, not a bare
// "該当なし" under the report-contact box (read as "no contact").
func TestAccountsNoneListed(t *testing.T) {
	src := testRegister
	for _, a := range []string{
		"approval: { status: approved, approver: kacho, decided_on: 2025-04-01 }\ntakeover",
		"approval: { status: suspended, approver: kacho, decided_on: 2025-09-20 }\n",
	} {
		next := strings.Replace(src, a, "approval: { status: requested }\n"+strings.TrimPrefix(a, a[:strings.Index(a, "\n")+1]), 1)
		if next == src {
			t.Fatalf("test register has no %q", a)
		}
		src = next
	}
	for _, lang := range []riskassess.Lang{"ja", "en"} {
		dir, _, _ := testSite(t, src, Options{Public: true, Lang: lang, OutDir: filepath.Join(t.TempDir(), "site")})
		page := string(readTree(t, dir)["accounts.html"])
		want := map[riskassess.Lang]string{
			"ja": `<h2 id="h-accounts">公式アカウント</h2>` + "\n" + `<p class="muted">公開中の公式アカウントはありません。</p>`,
			"en": `<h2 id="h-accounts">Official accounts</h2>` + "\n" + `<p class="muted">No official account is listed at present.</p>`,
		}[lang]
		if !strings.Contains(page, want) {
			t.Errorf("%s: accounts.html lacks %q:\n%s", lang, want, page)
		}
		if strings.Contains(page, `<p class="muted">該当なし</p>`) || strings.Contains(page, `<p class="muted">None</p>`) || strings.Contains(page, "<table") {
			t.Errorf("%s: accounts.html shows a bare none or a table:\n%s", lang, page)
		}
	}
}

// TestPublishedAccountRetiredLater: an account whose retirement (status
// retired, approval retired) is decided after the site's date was still an
// official account in use then, and the list shows it as running; on the
// day of the decision it leaves the list.
func TestPublishedAccountRetiredLater(t *testing.T) {
	on := riskassess.NewDate
	s := &riskassess.Social{Status: riskassess.AccountRetired}
	s.Approval = riskassess.Approval{Status: riskassess.StatusRetired, Approver: "kacho", DecidedOn: on(2026, 12, 15),
		History: []riskassess.DecisionRecord{
			{Status: riskassess.StatusApproved, Approver: "kacho", On: on(2026, 5, 1)},
			{Status: riskassess.StatusRetired, Approver: "kacho", On: on(2026, 12, 15)},
		}}
	for _, tt := range []struct {
		asOf riskassess.Date
		want bool
	}{{on(2026, 4, 30), false}, {on(2026, 11, 27), true}, {on(2026, 12, 15), false}} {
		if got := publishedAccount(s, tt.asOf); got != tt.want {
			t.Errorf("publishedAccount on %s = %v, want %v", tt.asOf, got, tt.want)
		}
	}
}
