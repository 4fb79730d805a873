package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// messageRegister produces most codes in one Load.
const messageRegister = registerYAML + `  - id: tanaka
    name: {ja: 田中 次郎}
policy:
  title: {ja: 基本方針}
  url: "JavaScript:alert(1)"
-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
legal_name: 株式会社アクメ
legal_name: アクメ
owner: {section: soumu}
approval: {status: approve, decided_on: 2026/4/1}
sertifications: []
corporate_number: "1234567890123"
contracts: isms
-- contractors/beta.yaml --
name: {ja: ベータ}
legal_name: ベータ株式会社
legal_name_kana: べーた
owner: {section: somu}
approval: {status: approved, decided_on: 2026-04-01, valid_until: 2026-03-31}
contracts:
  - {id: k1, scope: 保守, from: 2026-04-01, to: 2025-03-31}
evidence:
  - {title: 契約書, url: "data:text/html,x"}
last_reviewed: 2026-04-01
reviews:
  - {on: 2026-12-01, position: kacho, person: tanaka, outcome: still-valid, reason: 変更なし, residual: low, decision: approve}
review_due: 2926-04-01
-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {contractor: box-japan}
contract_type: terms
delivery: saas
class: {confidentiality: "4"}
-- services/bomb.yaml --
name: {ja: x}
owner: &o {section: somu, <<: *o}
-- services/anchor.yaml --
name: {ja: x}
notes: *b
-- services/two.yaml --
name: {ja: A}
---
name: {ja: B}
-- services/empty.yaml --
-- services/Box2.yaml --
name: {ja: x}
-- services/old/mail.yaml --
name: {ja: x}
-- services/ismap.yaml --
name: {ja: 議事録クラウド}
owner: {section: somu}
approval: {status: approved}
provider: {name: 株式会社ミナト, corporate_number: "1234567890123"}
contract_type: terms
delivery: saas
ismap: {list: ismap, number: hello}
-- lists/ismap-2026-11-01.yaml --
list: ismap
date: 2026-10-01
file: list.csv
sha256: 0000000000000000000000000000000000000000000000000000000000000000
services:
  - {number: C21-0008-2, service: 議事録クラウド, provider: 株式会社ミナト}
-- social/x.yaml --
name: {ja: 議会X}
handle: "@gikai"
-- social/bad.yaml --
name: {ja: x}
handle: @gikai
-- social/esc.yaml --
name: {ja: "議会\e]0;x\a"}
`

// TestMessageLanguages checks the Japanese and English messages of every
// code: Message("en") is Error(), Message("ja") (and the default) is a
// Japanese text at the same position, and every code but internal (tested
// with its own guard) is produced by the files above.
func TestMessageLanguages(t *testing.T) {
	dir := writeTxtar(t, messageRegister)
	write(t, dir, "contractors/big.yaml", []byte("notes: "+strings.Repeat("x", MaxFileSize)+"\n"))
	write(t, dir, "contractors/nul.yaml", []byte("name: {ja: x}\x00\n"))
	var many strings.Builder
	for i := range maxErrors + 1 {
		fmt.Fprintf(&many, "k%d: x\n", i)
	}
	write(t, dir, "contractors/many.yaml", []byte(many.String()))
	var all []*Error
	_, err := Load(dir)
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("Load: %v", err)
	}
	all = append(all, es...)
	// The folder itself, a folder without register.yaml, an internal error.
	for _, d := range []string{filepath.Join(dir, "nope"), filepath.Join(dir, "services")} {
		_, err := Load(d)
		if !errors.As(err, &es) {
			t.Fatalf("Load(%s): %v", d, err)
		}
		all = append(all, es...)
	}
	all = append(all, loadFile(diskSource(realpath(t, dir)), job{kind: "robot", id: "acme", rel: "contractors/acme.yaml"}).errs...)
	// A register locked by another edit.
	if l, err := Lock(dir, 0, nil); err != nil {
		t.Fatal(err)
	} else {
		_, err := Lock(dir, 0, nil)
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("second Lock: %v", err)
		}
		all = append(all, e)
		l.Unlock()
	}
	// An answer changed in the file after an import read it.
	{
		d := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+acmeYAML)
		err := AppendAssessments(d, []Append{{Kind: riskassess.KindContractor, ID: "acme", Record: record(1, nil),
			Current: map[string]riskassess.Answer{"Q-OUT-02": {Value: "no"}}}})
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("AppendAssessments with changed answers: %v", err)
		}
		all = append(all, e)
	}
	if runtime.GOOS != "windows" {
		out := filepath.Join(t.TempDir(), "out.yaml")
		write(t, filepath.Dir(out), "out.yaml", []byte(acmeYAML))
		symlink(t, out, filepath.Join(dir, "contractors", "link.yaml"))
		_, err := Load(dir)
		errors.As(err, &es)
		all = append(all, es...)
	}

	seen := map[Code]bool{}
	for _, e := range all {
		seen[e.Code] = true
		en, ja := e.Message("en"), e.Message("ja")
		if en != e.Error() {
			t.Errorf("Message(en) = %q, want Error() %q", en, e.Error())
		}
		if e.Message("") != ja {
			t.Errorf("Message(\"\") = %q, want the Japanese %q", e.Message(""), ja)
		}
		pos := strings.TrimSuffix(e.Error(), e.Msg)
		if !strings.HasPrefix(ja, pos) {
			t.Errorf("Japanese message %q does not start with the position %q", ja, pos)
		}
		if ja == en || !strings.ContainsFunc(strings.TrimPrefix(ja, pos), isJapanese) {
			t.Errorf("%s: no Japanese message: %q", e.Code, ja)
		}
	}
	for code := range codeDocs(t) {
		if !seen[Code(code)] {
			t.Errorf("code %q not produced by the test register", code)
		}
	}

	// The forms the documentation shows.
	got := strings.Split(Errors(all).Message("ja"), "\n")
	missing := false
	for _, want := range []string{
		`contractors/acme.yaml:6:1: 未知の項目 "sertifications" です（"certifications" の誤りではありませんか）`,
		`contractors/acme.yaml:3:1: 項目 "legal_name" が重複しています（最初は 2 行目）。一つだけ残してください`,
		`contractors/acme.yaml:4:18: owner.section の課 "soumu" は register.yaml の sections: にありません（"somu" の誤りではありませんか）`,
		`contractors/acme.yaml:5:20: 値 "approve" は使えません。approved と書いてください（使える値: draft, requested, approved, conditional, rejected, suspended, retired）`,
		`contractors/acme.yaml:5:41: 日付 "2026/4/1" は 2026-04-01 と書いてください（YYYY-MM-DD、西暦）`,
		`contractors/acme.yaml:7:19: 法人番号 "1234567890123" が正しくありません: 法人番号のチェックデジットが一致しません`,
		`contractors/acme.yaml:8:12: 値の形が違います。リストを書いてください（文字列が書かれています）`,
		`contractors/beta.yaml:3:18: legal_name_kana "べーた" に 'べ' が含まれています。読みはカタカナで書いてください（例: カブシキガイシャアクメ）`,
		`contractors/beta.yaml:5:67: approval.valid_until（2026-03-31）が approval.decided_on（2026-04-01）より前になっています。どちらかの日付を直してください`,
		`contractors/beta.yaml:7:47: contracts[0].to（2025-03-31）が contracts[0].from（2026-04-01）より前になっています。どちらかの日付を直してください`,
		`contractors/beta.yaml:13:13: 日付 "2926-04-01" は 2099 年より後で、台帳の日付としてありえません。年を直してください`,
		`contractors/beta.yaml:9:23: evidence[0].url のリンク "data:text/html,x" は使えません（data: の URL は不可）。http:// か https:// で始まる URL、または相対パスを書いてください`,
		`register.yaml:23:8: policy.url のリンク "JavaScript:alert(1)" は使えません（javascript: の URL は不可）。http:// か https:// で始まる URL、または相対パスを書いてください`,
		`register.yaml:19:9: 職員の id "tanaka" が重複しています（最初は 12 行目）。それぞれ別の id にしてください`,
		`services/Box2.yaml: ファイル名 "Box2.yaml" は id として使えません。半角英小文字 a-z・数字・ハイフン（64文字まで）にしてください（例: box2.yaml に名前を変える）`,
		`services/box.yaml:4:24: provider.contractor の委託事業者 "box-japan" が見つかりません（contractors/box-japan.yaml がありません）`,
		`services/box.yaml:7:26: 機密性の水準 "4" は分類体系にありません。次のいずれかにしてください: 3A, 3B, 3C, 2, 1`,
		`services/empty.yaml: ファイルが空です。登録内容を書くか、ファイルを削除してください`,
		`services/old/mail.yaml: services/ の下のフォルダにあるファイルは読み込まれません。services/mail.yaml に移すか、台帳の外に出してください`,
		`services/two.yaml:3:1: 2つ目の YAML ドキュメントがあります（--- の後）。1ファイルに1件にしてください`,
		`social/bad.yaml:2:9: YAML の構文エラーです（found character that cannot start any token）。@ や ` + "`" + ` で始まる値は "..." で囲んでください（例: handle: "@chofu_gikai"）`,
		`social/x.yaml:1:1: 必須項目 "platform" がありません`,
		`social/esc.yaml:1:12: 文字列 "議会\x1b]0;x\a" の 3 文字目に制御文字 U+001B (ESC) があります。削除してください（制御文字は端末の表示を書き換えたり、文字を隠したりできます）`,
		`services/anchor.yaml:2:8: YAML の構文エラーです（unknown anchor 'b' referenced）。別名 *b より前に、アンカー &b を付けた値を書いてください`,
		`services/bomb.yaml:2:31: YAML のアンカーと別名の展開が多すぎます（1000000 個を超える値、または 64 階層を超える深さ）。*別名を使わず、値をそのまま書いてください`,
		`contractors/big.yaml: ファイルの大きさが 5.0 MiB で、上限の 5 MiB を超えています。添付資料は台帳の外に置き、evidence: にリンクを書いてください`,
		`contractors/acme.yaml: このファイルの読み込み中に内部エラーが起きました: store: unknown kind robot（このファイルを添えて報告してください）`,
		`contractors/nul.yaml:1:14: NUL バイトを含むため、テキストファイルではありません（UTF-8 のテキストとして保存してください）`,
		`.: 台帳フォルダを開けません: `,
		`register.yaml: register.yaml がありません。このフォルダは台帳ではありません（フォルダの指定を確かめるか、組織の課・職員を書いた register.yaml を作成してください）`,
	} {
		found := false
		for _, g := range got {
			if strings.HasPrefix(g, want) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("no message %q", want)
			missing = true
		}
	}
	if missing {
		t.Logf("got:\n%s", strings.Join(got, "\n"))
	}
}

func isJapanese(r rune) bool {
	return unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han)
}

// TestMessageForeignError: an Error built outside the package has no
// Japanese text and gives Msg in every language.
func TestMessageForeignError(t *testing.T) {
	e := &Error{File: "x.yaml", Line: 2, Col: 3, Code: CodeIO, Msg: "boom"}
	for _, lang := range []riskassess.Lang{"ja", "en", ""} {
		if got := e.Message(lang); got != "x.yaml:2:3: boom" {
			t.Errorf("Message(%q) = %q", lang, got)
		}
	}
}

// TestLoadFolderErrorFile: problems with the register folder itself are
// reported with File ".", so that a caller can put the folder's own path
// in front once.
func TestLoadFolderErrorFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file.yaml")
	write(t, dir, "file.yaml", []byte("a: 1\n"))
	for _, d := range []string{filepath.Join(dir, "nope"), file} {
		_, err := Load(d)
		var es Errors
		if !errors.As(err, &es) || len(es) != 1 {
			t.Fatalf("Load(%s) = %v; want one Error", d, err)
		}
		if es[0].File != "." || es[0].Code != CodeIO || !strings.HasPrefix(es[0].Error(), ".: cannot open the register folder: ") {
			t.Errorf("Load(%s): %q (File %q); want File \".\"", d, es[0].Error(), es[0].File)
		}
	}
	_, err := Load(file)
	if !strings.Contains(Errors{err.(Errors)[0]}.Message("ja"), "フォルダではありません") {
		t.Errorf("a file as register: %q", err.(Errors).Message("ja"))
	}
}

// TestSyntaxHints checks the column and the hint added to yaml.v3's syntax
// errors for the common causes.
func TestSyntaxHints(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // English
		wantJa    string // Japanese message after the position
	}{
		{"tab indentation", "name: {ja: x}\nowner:\n\tsection: somu\n",
			"x.yaml:3:1: YAML syntax error: found character that cannot start any token: indent with spaces, not tabs",
			"YAML の構文エラーです（found character that cannot start any token）。字下げにタブ文字が使われています。半角スペースにしてください"},
		{"tab after spaces", "name: {ja: x}\nowner:\n  section: somu\n  \tperson: tanaka\n",
			"x.yaml:4:3: YAML syntax error: found a tab character that violates indentation: indent with spaces, not tabs", ""},
		{"tab in a block", "name: 1\n\tb: 2\n",
			"x.yaml:2:1: YAML syntax error: found a tab character that violates indentation: indent with spaces, not tabs", ""},
		{"unquoted @", "handle: @gikai\n",
			"x.yaml:1:9: YAML syntax error: found character that cannot start any token: a value starting with @ or ` must be quoted, e.g. handle: \"@chofu_gikai\"", ""},
		{"unterminated double quote", "name: {ja: x}\nnotes: \"abc \\\" def\nlegal_name: y\n",
			"x.yaml:2:8: YAML syntax error: found unexpected end of stream: close the quote that starts here on the same line, or remove it",
			"YAML の構文エラーです（found unexpected end of stream）。ここで始まる引用符を同じ行で閉じるか、取り除いてください"},
		{"unterminated single quote", "a: 1\nb: 'it''s\n",
			"x.yaml:2:4: YAML syntax error: found unexpected end of stream: close the quote that starts here on the same line, or remove it", ""},
		{"unclosed [", "x: [\n",
			"x.yaml:1:4: YAML syntax error: did not find expected node content: close the [ that opens here with ] (quote the value if the bracket is part of the text)",
			"YAML の構文エラーです（did not find expected node content）。ここで開いた [ を ] で閉じてください（括弧が文字として値の一部なら \"...\" で囲んでください）"},
		{"unclosed [ with values", "permitted_uses: [a, [b], c\nnotes: x\n",
			"x.yaml:1:17: YAML syntax error: did not find expected ',' or ']': close the [ that opens here with ] (quote the value if the bracket is part of the text)", ""},
		{"unclosed {", "name: {ja: 株式会社アクメ\nowner: {section: somu}\n",
			"x.yaml:1:7: YAML syntax error: did not find expected ',' or '}': close the { that opens here with } (quote the value if the bracket is part of the text)", ""},
		{"colon in a value", "name: {ja: x}\nnotes: 注意: 要確認\n",
			`x.yaml:2:10: YAML syntax error: mapping values are not allowed in this context: quote a value that contains ": ", e.g. title: "Note: x"; or check the indentation of this line`,
			`YAML の構文エラーです（mapping values are not allowed in this context）。値に「: 」を含むときは "..." で囲んでください（例: title: "注意: x"）。または、この行の字下げを確かめてください`},
		{"indentation", "owner:\n  - x\n  y: 1\n",
			"x.yaml:2: YAML syntax error: did not find expected '-' indicator: check the indentation: the keys of one mapping, and the - of one list, start in the same column", ""},
		{"unclosed { further down", "a: 1\nb: 2\nname: {ja: 株式会社アクメ\nowner: {section: somu}\n",
			"x.yaml:3:7: YAML syntax error: did not find expected ',' or '}': close the { that opens here with } (quote the value if the bracket is part of the text)", ""},
		{"unclosed [ further down", "a: 1\n\nuses: [x, y\nb: 2\n",
			"x.yaml:3:7: YAML syntax error: did not find expected ',' or ']': close the [ that opens here with ] (quote the value if the bracket is part of the text)", ""},
		{"comment is not a bracket", "a: x # [\nb: [\n",
			"x.yaml:2:4: YAML syntax error: did not find expected node content: close the [ that opens here with ] (quote the value if the bracket is part of the text)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, e := parse("x.yaml", []byte(tt.src))
			if e == nil {
				t.Fatal("no error")
			}
			if e.Code != CodeSyntax {
				t.Errorf("code %s", e.Code)
			}
			if diff := cmp.Diff(tt.want, e.Error()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if tt.wantJa != "" {
				pos := strings.TrimSuffix(e.Error(), e.Msg)
				if diff := cmp.Diff(pos+tt.wantJa, e.Message("ja")); diff != "" {
					t.Errorf("Japanese (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// TestLinks checks the URL fields: http(s) URLs, relative paths and plain
// text pass; javascript:, vbscript:, data: and file: URLs do not, whatever
// their case and spacing, nor an http(s) URL with no host or typed in full
// width.
func TestLinks(t *testing.T) {
	for _, tt := range []struct {
		url string
		bad bool
	}{
		{"https://www.city.chofu.example/gikai/", false},
		{"http://intra.example/x.pdf", false},
		{"docs/keiyaku.pdf", false},
		{"docs/../shared/x.pdf", false},
		{"../shared/x.pdf", true},
		{"../../../../etc/passwd", true},
		{"%2e%2e/%2e%2e/etc/passwd", true},
		{`..\..\etc\passwd`, true},
		{"/etc/passwd", true},
		{"//evil.example/x", true},
		{"fIlE:///etc/passwd", true},
		{" file:/etc/passwd", true},
		{"運用方針（令和6年4月）", false},
		{"mailto:joho@city.chofu.example", false},
		{"javascript:alert(1)", true},
		{"  JavaScript:alert(1)", true},
		{"java\tscript:alert(1)", true},
		{"VBScript:msgbox", true},
		{"data:text/html;base64,PHNjcmlwdD4=", true},
		{"file:///etc/passwd", true},
		{"FILE://server/share/x.pdf", true},
		// An http(s) URL mistyped: no host after the scheme, or the
		// scheme in full width. The site showed it as text, no link and
		// no warning.
		{"https:/www.city.chofu.example/gikai/", true},
		{"https:www.city.chofu.example", true},
		{"http:///x.pdf", true},
		{"ｈｔｔｐｓ://www.city.chofu.example/", true},
		{"https：//www.city.chofu.example/", true},
		{"https://www.city.chofu.example/運用方針.pdf", false},
		{"https://www.city.chofu.example/規程（第２版）.pdf", false},
		{"SNS運用方針 v2.1", false},
		// A URL with a space before or after it: the site showed it as
		// text, no link and no warning.
		{" https://www.city.chofu.example/kitei.pdf", true},
		{"https://www.city.chofu.example/kitei.pdf ", true},
		{"\u3000https://www.city.chofu.example/kitei.pdf", true},
		{"https://www.city.chofu.example/kitei.pdf\u3000", true},
		{"https://www.city.chofu.example/kitei 第2版.pdf", false},
	} {
		src := "name: {ja: x}\nowner: {section: somu}\napproval: {status: approved}\nlegal_name: x\nevidence:\n  - title: t\n    url: " + quote(tt.url) + "\n"
		res := decodeFile(job{kind: "contractor", id: "x", rel: "contractors/x.yaml"}, []byte(src))
		var got []string
		for _, e := range res.errs {
			if e.Code == CodeBadText && strings.ContainsRune(tt.url, '\t') {
				continue // the tab itself is refused too (TestText)
			}
			got = append(got, string(e.Code)+" "+e.Error())
		}
		if !tt.bad {
			if len(got) > 0 {
				t.Errorf("%q: unexpected errors %q", tt.url, got)
			}
			continue
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], "bad-url contractors/x.yaml:7:10: ") {
			t.Errorf("%q: errors %q; want one bad-url at 7:10", tt.url, got)
		}
	}
}

func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\t", `\t`).Replace(s) + `"`
}

// TestLinkFields checks that every URL field is checked, at its place.
func TestLinkFields(t *testing.T) {
	dir := writeTxtar(t, strings.Replace(registerYAML, "name: {ja: 調布市議会, en: Chofu City Council}\n",
		"name: {ja: 調布市議会, en: Chofu City Council}\nwebsite: \"javascript:x\"\npolicy: {title: {ja: 方針}, url: \"file:///p\"}\n", 1)+`-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {name: Box}
contract_type: terms
delivery: saas
sla: {url: "data:x"}
-- social/x.yaml --
name: {ja: 議会X}
owner: {section: somu}
approval: {status: approved}
platform: x
handle: gikai
url: "javascript:a"
listed_on: "javascript:b"
notice_url: "javascript:c"
posting_rules: "javascript:d"
status: active
responsible: {section: somu}
`)
	_, err := Load(dir)
	var got []string
	for _, l := range lines(err) {
		code, rest, _ := strings.Cut(l, " ")
		where, _, _ := strings.Cut(rest, ": ")
		got = append(got, code+" "+where)
	}
	want := []string{
		"bad-url register.yaml:2:10",
		"bad-url register.yaml:3:32", // in characters: 方針 is two
		"bad-url services/box.yaml:7:12",
		"bad-url social/x.yaml:6:6",
		"bad-url social/x.yaml:7:12",
		"bad-url social/x.yaml:8:13",
		"bad-url social/x.yaml:9:16",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestKanaAndDateOrder checks legal_name_kana and the order of dates.
func TestKanaAndDateOrder(t *testing.T) {
	for _, tt := range []struct {
		name, yaml string
		want       []string
	}{
		{"katakana with letters, digits, spaces", "legal_name_kana: エヌティティ・データ　ABC 123 ﾃﾞｰﾀ ＡＢＣ１\n", nil},
		{"hiragana", "legal_name_kana: あくめ\n",
			[]string{`bad-value contractors/x.yaml:5:18: legal_name_kana "あくめ" contains 'あ': write the reading in katakana (e.g. カブシキガイシャアクメ)`}},
		{"kanji", "legal_name_kana: アクメ株式会社\n",
			[]string{`bad-value contractors/x.yaml:5:18: legal_name_kana "アクメ株式会社" contains '株': write the reading in katakana (e.g. カブシキガイシャアクメ)`}},
		{"contract dates in order", "contracts: [{id: k, scope: s, from: 2026-04-01, to: 2026-04-01}]\n", nil},
		{"contract ends before it starts", "contracts:\n  - id: k\n    scope: s\n    from: 2026-04-01\n    to: 2026-03-31\n",
			[]string{"bad-value contractors/x.yaml:9:9: contracts[0].to 2026-03-31 is before contracts[0].from 2026-04-01: correct one of the two dates"}},
		{"data returned on a day of the contract", "contracts: [{id: k, scope: s, from: 2025-04-01, to: 2026-03-31, data_returned_on: 2025-04-01}]\n", nil},
		{"data returned after the contract ended", "contracts: [{id: k, scope: s, from: 2025-04-01, to: 2026-03-31, data_returned_on: 2026-04-30}]\n", nil},
		{"data returned without a start", "contracts: [{id: k, scope: s, to: 2026-03-31, data_returned_on: 2020-04-30}]\n", nil},
		{"data returned before the contract began (a renewal's copied block)", "contracts:\n  - id: k\n    scope: s\n    from: 2026-04-01\n    to: 2027-03-31\n    data_returned_on: 2026-04-15\n  - id: k2\n    scope: s\n    from: 2027-04-01\n    to: 2028-03-31\n    data_returned_on: 2026-04-15\n",
			[]string{"bad-value contractors/x.yaml:15:23: contracts[1].data_returned_on 2026-04-15 is before contracts[1].from 2027-04-01: correct one of the two dates"}},
		{"contract without a start", "contracts: [{id: k, scope: s, to: 2020-01-01}]\n", nil},
		{"corrective action raised before its due date and closing", "remediation: [{summary: s, raised_on: 2026-06-19, due: 2026-08-31, closed_on: 2026-06-19}]\n", nil},
		{"certificate obtained before it expires", "certifications: [{type: isms, obtained_on: 2020-04-01, valid_until: 2027-03-31}]\n", nil},
		{"certificate expiring before it was obtained", "certifications: [{type: isms, obtained_on: 2027-04-01, valid_until: 2026-03-31}]\n",
			[]string{"bad-value contractors/x.yaml:5:69: certifications[0].valid_until 2026-03-31 is before certifications[0].obtained_on 2027-04-01: correct one of the two dates"}},
		{"corrective action closed before it was raised", "remediation: [{summary: s, raised_on: 2026-06-19, closed_on: 2026-06-12}]\n",
			[]string{"bad-value contractors/x.yaml:5:62: remediation[0].closed_on 2026-06-12 is before remediation[0].raised_on 2026-06-19: correct one of the two dates"}},
		{"corrective action due before it was raised", "remediation: [{summary: s, raised_on: 2026-06-19, due: 2026-05-31}]\n",
			[]string{"bad-value contractors/x.yaml:5:56: remediation[0].due 2026-05-31 is before remediation[0].raised_on 2026-06-19: correct one of the two dates"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "name: {ja: x}\nowner: {section: somu}\napproval: {status: approved}\nlegal_name: x\n" + tt.yaml
			res := decodeFile(job{kind: "contractor", id: "x", rel: "contractors/x.yaml"}, []byte(src))
			if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	for _, tt := range []struct {
		approval string
		want     []string
	}{
		{"{status: approved, decided_on: 2026-04-01, valid_until: 2027-03-31}", nil},
		{"{status: approved, valid_until: 2020-03-31}", nil},
		{"{status: approved, decided_on: 2026-04-01, valid_until: 2026-03-31}",
			[]string{"bad-value services/x.yaml:1:67: approval.valid_until 2026-03-31 is before approval.decided_on 2026-04-01: correct one of the two dates"}},
		// The history holds the decisions up to the one in status and
		// decided_on; a later one (a rejection recorded only there) was
		// silently ignored: the service scored as approved (CLD-32).
		{"{status: approved, decided_on: 2026-04-01, history: [{status: approved, on: 2026-04-01}]}", nil},
		{"{status: approved, history: [{status: approved, on: 2026-04-01}]}", nil},
		{"{status: conditional, decided_on: 2026-06-10, conditions: [x], history: [{status: conditional, on: 2026-06-10}, {status: rejected, on: 2026-09-01}]}",
			[]string{"bad-value services/x.yaml:1:146: approval.history[1].on 2026-09-01 is after approval.decided_on 2026-06-10: the history holds earlier decisions; write the latest decision in approval.status and decided_on (its record may stay in the history)"}},
		// A history record's valid_until (the approval's, kept on a
		// renewal) is a date not before its on, as the approval's own.
		{"{status: approved, decided_on: 2027-03-25, valid_until: 2028-03-31, history: [{status: approved, on: 2026-03-24, valid_until: 2027-03-31}]}", nil},
		{"{status: approved, decided_on: 2027-03-25, history: [{status: approved, on: 2026-03-24, valid_until: 2026-03-01}]}",
			[]string{"bad-value services/x.yaml:1:112: approval.history[0].valid_until 2026-03-01 is before approval.history[0].on 2026-03-24: correct one of the two dates"}},
	} {
		src := "approval: " + tt.approval + "\nname: {ja: x}\nowner: {section: somu}\nprovider: {name: p}\ncontract_type: terms\ndelivery: saas\n"
		res := decodeFile(job{kind: "service", id: "x", rel: "services/x.yaml"}, []byte(src))
		if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.approval, diff)
		}
	}
}

// TestSLAAvailability: sla.availability is a percentage. A fraction was
// scored as an availability under 1% (0.999 → "0.999% は 99% 未満") and a
// value over 100 or .inf as met ("保証稼働率 999%"), both without an error.
// A 0 written for "no guarantee" (as the question asks the vendor to
// answer) read as not recorded: CLD-19 said 「台帳に記録がなく…」 and was
// not answered instead of not met; it is refused with the way to record
// it. Left out or empty, nothing is recorded, as before.
func TestSLAAvailability(t *testing.T) {
	zero := []string{"bad-value services/x.yaml:7:21: sla.availability is 0, which reads as not recorded: when no availability is guaranteed, remove it and answer the question Q-CLD-19 with 0 (answers: {Q-CLD-19: {value: \"0\"}}); otherwise write the committed availability in percent (e.g. 99.9)"}
	for _, tt := range []struct {
		value string
		want  []string
	}{
		{"99.9", nil},
		{"100", nil},
		{"0", zero},
		{"0.0", zero},
		{"~", nil},
		{"", nil},
		{"1.5", nil},
		// A number of 1 or less reads as a fraction or as a percent (1 is
		// 100% or 1%, as for an answer to Q-CLD-19); the message said
		// only "is a fraction" (1 "is" 100%).
		{"0.999", []string{"bad-value services/x.yaml:7:21: sla.availability 0.999 is a number of 1 or less, which reads as a fraction (99.9%) or as 0.999%, and is taken as neither: write the availability in percent (99.9 if it means 99.9%)"}},
		{"0.9995", []string{"bad-value services/x.yaml:7:21: sla.availability 0.9995 is a number of 1 or less, which reads as a fraction (99.95%) or as 0.9995%, and is taken as neither: write the availability in percent (99.95 if it means 99.95%)"}},
		{"1", []string{"bad-value services/x.yaml:7:21: sla.availability 1 is a number of 1 or less, which reads as a fraction (100%) or as 1%, and is taken as neither: write the availability in percent (100 if it means 100%)"}},
		{"1.0", []string{"bad-value services/x.yaml:7:21: sla.availability 1 is a number of 1 or less, which reads as a fraction (100%) or as 1%, and is taken as neither: write the availability in percent (100 if it means 100%)"}},
		{"999", []string{"bad-value services/x.yaml:7:21: sla.availability 999 is not a percentage: write the committed availability between 0 and 100 (e.g. 99.9)"}},
		{".inf", []string{"bad-value services/x.yaml:7:21: sla.availability +Inf is not a percentage: write the committed availability between 0 and 100 (e.g. 99.9)"}},
		{".nan", []string{"bad-value services/x.yaml:7:21: sla.availability NaN is not a percentage: write the committed availability between 0 and 100 (e.g. 99.9)"}},
		{"-1", []string{"bad-value services/x.yaml:7:21: sla.availability -1 is not a percentage: write the committed availability between 0 and 100 (e.g. 99.9)"}},
		// yaml.v3 read 9_9.9 as 99.9 and 99_9 as 999 (Go's digit separator).
		{"9_9.9", []string{"wrong-type services/x.yaml:7:21: number 9_9.9 is not read: write it in decimal digits with a dot only, e.g. 99.9 (no _ separators, no 0x, 0o or 0b prefixes)"}},
		{"99_9", []string{"wrong-type services/x.yaml:7:21: number 99_9 is not read: write it in decimal digits with a dot only, e.g. 99.9 (no _ separators, no 0x, 0o or 0b prefixes)"}},
	} {
		src := "approval: {status: approved}\nname: {ja: x}\nowner: {section: somu}\nprovider: {name: p}\ncontract_type: terms\ndelivery: saas\nsla: {availability: " + tt.value + "}\n"
		res := decodeFile(job{kind: "service", id: "x", rel: "services/x.yaml"}, []byte(src))
		if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.value, diff)
		}
	}
	src := "approval: {status: approved}\nname: {ja: x}\nowner: {section: somu}\nprovider: {name: p}\ncontract_type: terms\ndelivery: saas\nsla: {availability: 1}\n"
	res := decodeFile(job{kind: "service", id: "x", rel: "services/x.yaml"}, []byte(src))
	want := "services/x.yaml:7:21: sla.availability（1）は 1 以下の数で、割合（100%）とも 1% とも読めるため、どちらとしても受け付けません。稼働率はパーセントで書いてください（100% の意味なら 100）"
	if len(res.errs) != 1 || res.errs[0].Message(riskassess.LangJa) != want {
		t.Errorf("availability 1 in Japanese: %v; want %q", res.errs, want)
	}
}

// TestHandleWidth: an account handle typed with the input method on
// (full-width letters, ＠, a full-width space after it) was accepted and
// shown on the public list of official accounts as the account's handle;
// it is refused with the handle to write. A name in Japanese is left alone.
func TestHandleWidth(t *testing.T) {
	for _, tt := range []struct {
		handle string
		want   []string
	}{
		{`"@chofu_gikai"`, nil},
		{`chofu.gikai`, nil},
		{`調布市議会（公式）`, nil},
		{`"＠ｃｈｏｆｕ＿ｇｉｋａｉ"`, []string{`bad-value social/x.yaml:5:9: account handle "＠ｃｈｏｆｕ＿ｇｉｋａｉ" is in full-width characters or has a space around it, which no platform's handle has: write "@chofu_gikai"`}},
		{"\"@chofu_gikai\u3000\"", []string{`bad-value social/x.yaml:5:9: account handle "@chofu_gikai\u3000" is in full-width characters or has a space around it, which no platform's handle has: write "@chofu_gikai"`}},
		{`ｃｈｏｆｕ.gikai`, []string{`bad-value social/x.yaml:5:9: account handle "ｃｈｏｆｕ.gikai" is in full-width characters or has a space around it, which no platform's handle has: write "chofu.gikai"`}},
		{`＠調布市議会`, []string{`bad-value social/x.yaml:5:9: account handle "＠調布市議会" is in full-width characters or has a space around it, which no platform's handle has: write "@調布市議会"`}},
		// The @name in a name in Japanese is folded too: the list showed
		// @ｃｈｏｆｕ＿ｇｉｋａｉ, and the fix offered kept it.
		{`調布市議会（＠ｃｈｏｆｕ＿ｇｉｋａｉ）`, []string{`bad-value social/x.yaml:5:9: account handle "調布市議会（＠ｃｈｏｆｕ＿ｇｉｋａｉ）" is in full-width characters or has a space around it, which no platform's handle has: write "調布市議会（@chofu_gikai）"`}},
		{`調布市議会（@ｃｈｏｆｕ＿ｇｉｋａｉ）`, []string{`bad-value social/x.yaml:5:9: account handle "調布市議会（@ｃｈｏｆｕ＿ｇｉｋａｉ）" is in full-width characters or has a space around it, which no platform's handle has: write "調布市議会（@chofu_gikai）"`}},
		{`調布市議会（@chofu_gikai）`, nil},
	} {
		res := decodeSocial("x", tt.handle, "https://x.example/chofu_gikai")
		if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.handle, diff)
		}
	}
}

// TestAccountURL: the public list of official accounts shows an account's
// handle linked to its url. A url of another account (copied from another
// entry, mistyped) or of another platform validated OK, so the list showed
// "@chofu_gikai" and sent citizens to @chofu_gikai_lib. It is refused on a
// known host; a handle in Japanese, a url of an account's page that names
// no account (a YouTube channel id, a Facebook profile.php) and unknown
// hosts are left alone. (A page that is no account's page, a hashtag page
// or a single post, is refused: TestNonAccountURL.)
func TestAccountURL(t *testing.T) {
	for _, tt := range []struct {
		platform, handle, url string
		want                  []string
	}{
		{"x", `"@chofu_gikai"`, "https://x.com/chofu_gikai", nil},
		{"x", `chofu_gikai`, "https://twitter.com/Chofu_Gikai/", nil},
		{"x", `"@chofu_gikai"`, "https://x.com/chofu_gikai_lib", otherAccount("https://x.com/chofu_gikai_lib", "chofu_gikai_lib", "@chofu_gikai")},
		{"x", `"@chofu_gikai"`, "https://www.youtube.com/@chofu_gikai", []string{
			`bad-value social/x.yaml:6:6: url "https://www.youtube.com/@chofu_gikai" is a page of YouTube, not of the account's platform X (formerly Twitter): correct the url or the platform`}},
		{"youtube", `"@chofu-gikai"`, "https://www.youtube.com/@chofu-gikai", nil},
		{"youtube", `"@chofu-gikai"`, "https://www.youtube.com/@chofu-gikai-test/videos", otherAccount("https://www.youtube.com/@chofu-gikai-test/videos", "chofu-gikai-test", "@chofu-gikai")},
		{"youtube", `"@chofu-gikai"`, "https://www.youtube.com/channel/UC0123456789", nil},
		// A YouTube handle may be in Japanese: it names the account as an
		// ASCII one does (a url of another account passed).
		{"youtube", `"@調布市議会"`, "https://www.youtube.com/@調布市議会", nil},
		{"youtube", `"@調布市議会"`, "https://www.youtube.com/@%E8%AA%BF%E5%B8%83%E5%B8%82%E8%AD%B0%E4%BC%9A/videos", nil},
		{"youtube", `"@調布市議会"`, "https://www.youtube.com/@chofu-gikai-test", otherAccount("https://www.youtube.com/@chofu-gikai-test", "chofu-gikai-test", "@調布市議会")},
		{"youtube", `"@調布市議会（公式）"`, "https://www.youtube.com/@chofu-gikai-test", nil},
		{"x", `"@調布市議会"`, "https://x.com/chofu_gikai", nil},
		{"instagram", `chofu_gikai`, "https://www.instagram.com/chofu_gikai/", nil},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/profile.php?id=1000", nil},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/chofu.kouhou", otherAccount("https://www.facebook.com/chofu.kouhou", "chofu.kouhou", "chofu.gikai")},
		{"line", `"@chofugikai"`, "https://line.me/R/ti/p/@chofugikai", nil},
		// A LINE official account has a basic ID (@123abcde) and may have
		// a premium ID, both valid for it: only the platform is compared.
		{"line", `"@chofugikai"`, "https://line.me/R/ti/p/@chofushi", nil},
		{"line", `"@chofugikai"`, "https://line.me/R/ti/p/@123abcde", nil},
		{"x", `"@chofugikai"`, "https://line.me/R/ti/p/@chofugikai", []string{
			`bad-value social/x.yaml:6:6: url "https://line.me/R/ti/p/@chofugikai" is a page of LINE, not of the account's platform X (formerly Twitter): correct the url or the platform`}},
		// An @ before the account name in the path, typed or escaped.
		{"x", `"@chofu_gikai"`, "https://twitter.com/@chofu_gikai", nil},
		{"x", `"@chofu_gikai"`, "https://x.com/%40chofu_gikai", nil},
		{"x", `"@chofu_gikai"`, "https://x.com/@chofu_gikai_lib", otherAccount("https://x.com/@chofu_gikai_lib", "chofu_gikai_lib", "@chofu_gikai")},
		// A follow button's link names the account in screen_name, an old
		// address after #!/: both passed whatever account they named.
		{"x", `"@chofu_gikai"`, "https://twitter.com/intent/follow?screen_name=chofu_gikai", nil},
		{"x", `"@chofu_gikai"`, "https://twitter.com/intent/follow?screen_name=chofu_gikai_lib", otherAccount("https://twitter.com/intent/follow?screen_name=chofu_gikai_lib", "chofu_gikai_lib", "@chofu_gikai")},
		{"x", `"@chofu_gikai"`, "https://x.com/intent/user?screen_name=chofu_gikai_lib", otherAccount("https://x.com/intent/user?screen_name=chofu_gikai_lib", "chofu_gikai_lib", "@chofu_gikai")},
		{"x", `"@chofu_gikai"`, "https://x.com/intent/user?user_id=123456", nil},
		{"x", `"@chofu_gikai"`, "https://twitter.com/#!/chofu_gikai", nil},
		{"x", `"@chofu_gikai"`, "https://twitter.com/#!/chofu_gikai_lib", otherAccount("https://twitter.com/#!/chofu_gikai_lib", "chofu_gikai_lib", "@chofu_gikai")},
		{"instagram", `"@chofu_gikai"`, "https://www.instagram.com/@chofu_gikai/", nil},
		{"facebook", `"@chofu.gikai"`, "https://www.facebook.com/@chofu.gikai", nil},
		{"note", `"@chofu_gikai_report"`, "https://note.com/@chofu_gikai_report", nil},
		// An old Facebook page address, a /pg/ page, and usernames
		// compared without dots (pages that are no account's are in
		// TestNonAccountURL).
		{"facebook", `chofu.gikai`, "https://www.facebook.com/pg/chofu.gikai/posts/", nil},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/pg/chofu.kouhou/posts/", otherAccount("https://www.facebook.com/pg/chofu.kouhou/posts/", "chofu.kouhou", "chofu.gikai")},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/Chofu-City-Council-123456789012345", nil},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/pg/Chofu-City-Council-123456789012345/about/", nil},
		{"facebook", `chofu.gikai`, "https://www.facebook.com/ChofuGikai", nil},
		{"facebook", `chofugikai`, "https://www.facebook.com/chofu.gikai/", nil},
		// Instagram's /_u/NAME opens NAME.
		{"instagram", `chofu_gikai`, "https://www.instagram.com/_u/chofu_gikai", nil},
		{"instagram", `chofu_gikai`, "https://www.instagram.com/_u/chofu_gikai_lib", otherAccount("https://www.instagram.com/_u/chofu_gikai_lib", "chofu_gikai_lib", "chofu_gikai")},
		{"tiktok", `"@chofu_gikai"`, "https://www.tiktok.com/@chofu_gikai", nil},
		{"note", `chofu_gikai_report`, "https://note.com/chofu_gikai_report", nil},
		// note.com/hashtag_fan is an account's page (note's own paths are
		// in TestNonAccountURL).
		{"note", `chofu_gikai_report`, "https://note.com/hashtag_fan", otherAccount("https://note.com/hashtag_fan", "hashtag_fan", "chofu_gikai_report")},
		{"x", `調布市議会（公式）`, "https://x.com/chofu_gikai", nil},
		// A name in Japanese with the account name after @ in it: the list
		// shows that @name, so the url must be its page.
		{"x", `調布市議会（@chofu_gikai）`, "https://x.com/chofu_gikai", nil},
		{"x", `調布市議会（@chofu_gikai）`, "https://x.com/chofu_gikai_lib", otherAccount("https://x.com/chofu_gikai_lib", "chofu_gikai_lib", "調布市議会（@chofu_gikai）")},
		{"x", `調布市議会 @chofu_gikai`, "https://x.com/chofu_gikai_lib", otherAccount("https://x.com/chofu_gikai_lib", "chofu_gikai_lib", "調布市議会 @chofu_gikai")},
		{"x", `調布市議会 @chofu_gikai・@chofu_gikai_lib`, "https://x.com/chofu_gikai_lib", nil},
		{"x", `調布市議会 gikai@city.chofu.example`, "https://x.com/chofu_gikai_lib", nil},
		{"other", `"@chofu_gikai"`, "https://www.youtube.com/@chofu_gikai", nil},
		{"x", `"@chofu_gikai"`, "https://x.example/other", nil},
		// Short and old hosts of the platforms: the platform is compared
		// (a LINE short link on an X entry passed), and the account where
		// the path names one.
		{"x", `"@chofu_gikai"`, "https://lin.ee/AbCdEfG", []string{
			`bad-value social/x.yaml:6:6: url "https://lin.ee/AbCdEfG" is a page of LINE, not of the account's platform X (formerly Twitter): correct the url or the platform`}},
		{"line", `"@chofugikai"`, "https://lin.ee/AbCdEfG", nil},
		{"line", `"@chofugikai"`, "https://page.line.me/chofugikai", nil},
		{"x", `"@chofu_gikai"`, "https://youtu.be/dQw4w9WgXcQ", []string{
			`bad-value social/x.yaml:6:6: url "https://youtu.be/dQw4w9WgXcQ" is a page of YouTube, not of the account's platform X (formerly Twitter): correct the url or the platform`}},
		{"tiktok", `"@chofu_gikai"`, "https://vm.tiktok.com/ZSabc123/", nil},
		{"facebook", `chofu.gikai`, "https://fb.com/chofu.kouhou", otherAccount("https://fb.com/chofu.kouhou", "chofu.kouhou", "chofu.gikai")},
		{"note", `chofu_gikai_report`, "https://note.mu/chofu_gikai_lib", otherAccount("https://note.mu/chofu_gikai_lib", "chofu_gikai_lib", "chofu_gikai_report")},
		// A url without https:// was read as a page of the site itself and
		// compared with no handle.
		{"x", `"@chofu_gikai"`, "x.com/chofu_gikai_lib", []string{
			`bad-url social/x.yaml:6:6: url "x.com/chofu_gikai_lib" has no https://: the site would read it as a page of its own, not the account's; write "https://x.com/chofu_gikai_lib"`}},
		{"instagram", `chofu_gikai`, "www.instagram.com/chofu_gikai/", []string{
			`bad-url social/x.yaml:6:6: url "www.instagram.com/chofu_gikai/" has no https://: the site would read it as a page of its own, not the account's; write "https://www.instagram.com/chofu_gikai/"`}},
		{"x", `"@chofu_gikai"`, "x.example/chofu_gikai", nil},
	} {
		res := decodeSocial(tt.platform, tt.handle, tt.url)
		if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s %s %s (-want +got):\n%s", tt.platform, tt.handle, tt.url, diff)
		}
	}
}

// TestDuplicateAccount: a social file copied for a new account with its
// URL left unchanged (or the same account registered twice) validated OK,
// and the public list of official accounts showed the account twice, one
// of them under the other account's name. Two entries in use with one URL
// (scheme, www., a trailing slash and case aside) are refused; a retired
// one is a record of the account and may stay.
func TestDuplicateAccount(t *testing.T) {
	social := func(name, url, status string) string {
		return "name: {ja: " + name + "}\nowner: {section: somu}\napproval: {status: approved}\nplatform: x\nhandle: \"@gikai\"\nurl: " + url +
			"\nstatus: " + status + "\nresponsible: {section: somu}\n"
	}
	dir := writeTxtar(t, registerYAML+"-- social/x-gikai.yaml --\n"+social("議会X", "https://x.example/gikai", "active")+
		"-- social/x-gikai-lib.yaml --\n"+social("議会図書室X", "http://www.X.example/gikai/", "active")+
		"-- social/x-gikai-old.yaml --\n"+social("議会X（旧）", "https://x.example/gikai", "retired")+
		"-- social/x-gikai-news.yaml --\n"+social("議会ニュースX", "https://x.example/gikai_news", "suspended"))
	_, err := Load(dir)
	want := []string{
		"duplicate-id social/x-gikai.yaml:6:6: this account is also registered in social/x-gikai-lib.yaml (line 6): keep one entry per account, correct the URL of a copied file, or set status: retired on the one no longer used",
	}
	if diff := cmp.Diff(want, lines(err)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestSubfolders: YAML files in sub-folders of a kind folder are reported,
// not silently dropped; other files there and hidden folders are not.
func TestSubfolders(t *testing.T) {
	dir := writeTxtar(t, registerYAML+`-- contractors/acme.yaml --
`+acmeYAML+`-- services/old/box.yaml --
x
-- services/old/deep/mail.YML --
x
-- services/old/notes.txt --
not YAML
-- services/attachments/contract.pdf --
not YAML
-- services/.git/x.yaml --
hidden
-- services/old/.swap.yaml --
hidden
`)
	_, err := Load(dir)
	want := []string{
		"bad-file-name services/old/box.yaml: files in sub-folders of services/ are not read: move the file up to services/box.yaml (or out of the register)",
		"bad-file-name services/old/deep/mail.YML: files in sub-folders of services/ are not read: move the file up to services/mail.YML (or out of the register)",
	}
	if diff := cmp.Diff(want, lines(err)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// A folder full of YAML files is reported with a bound.
	for i := range 30 {
		write(t, dir, "social/archive/a"+string(rune('a'+i%26))+string(rune('a'+i/26))+".yaml", []byte("x"))
	}
	_, err = Load(dir)
	if n := len(lines(err)); n != len(want)+maxSubfolderReports {
		t.Errorf("%d errors, want %d", n, len(want)+maxSubfolderReports)
	}
}

// TestMisnamedFolders: a top-level folder named like a folder Load reads
// but in another case or in the singular (Contractors/, service/, Lists/)
// was skipped without a word, so an entry kept there on a Windows PC,
// whose file system ignores case, dropped out of the register built on a
// case-sensitive server. It is reported when it holds YAML files, read
// from disk or from an fs.FS alike.
func TestMisnamedFolders(t *testing.T) {
	dir := writeTxtar(t, registerYAML+`-- contractors/acme.yaml --
`+acmeYAML+`-- Contractors/beta.yaml --
x
-- service/deep/box.YML --
x
-- Lists/ismap-2026-11-01.yaml --
x
-- Mappings/caiq.yaml --
x
-- Social/notes.txt --
not YAML
-- contractor/.hidden/x.yaml --
hidden
-- attachments/contract.yaml --
another folder
`)
	want := []string{
		`bad-file-name Contractors: the files in folder "Contractors" are not read: the register reads contractors/ (lower case); move them into contractors/`,
		`bad-file-name Lists: the files in folder "Lists" are not read: the register reads lists/ (lower case); move them into lists/`,
		`bad-file-name Mappings: the files in folder "Mappings" are not read: the register reads mappings/ (lower case); move them into mappings/`,
		`bad-file-name service: the files in folder "service" are not read: the register reads services/ (lower case); move them into services/`,
	}
	_, err := Load(dir)
	if diff := cmp.Diff(want, lines(err)); diff != "" {
		t.Errorf("Load (-want +got):\n%s", diff)
	}
	_, err = LoadFS(os.DirFS(dir))
	if diff := cmp.Diff(want, lines(err)); diff != "" {
		t.Errorf("LoadFS (-want +got):\n%s", diff)
	}
}

// TestFullWidthIndent: a full-width space (U+3000) typed in the
// indentation was reported at another line (the next one, or the line
// where the mapping began) with a hint about ": " in values or the
// indentation of that other line; it is reported where it is. A
// full-width space opening a paragraph of a multi-line text is never
// blamed for another error.
func TestFullWidthIndent(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"name: {ja: x}\nowner:\n\u3000section: a\n  position: b\n", "x.yaml:3:1: YAML syntax error: mapping values are not allowed in this context: a full-width space (U+3000) is used for indentation: indent with half-width spaces"},
		{"name: {ja: x}\nowner:\n  section: a\n\u3000position: b\n  person: c\n", "x.yaml:4:1: YAML syntax error: mapping values are not allowed in this context: a full-width space (U+3000) is used for indentation: indent with half-width spaces"},
		{"a: 1\nb: 2\nowner:\n  section: a\n  position: b\n \u3000person: c\n", "x.yaml:6:2: YAML syntax error: did not find expected key: a full-width space (U+3000) is used for indentation: indent with half-width spaces"},
		// A paragraph of notes opened by a full-width space is text; the
		// error is the unclosed bracket.
		{"notes: |\n  \u3000本件: 注意\n  \u3000- 項目\nname: {ja: x\n", "x.yaml:4:7: YAML syntax error: did not find expected ',' or '}': close the { that opens here with } (quote the value if the bracket is part of the text)"},
	} {
		_, e := parse("x.yaml", []byte(tt.src))
		if e == nil || e.Error() != tt.want {
			t.Errorf("%q:\n got %v\nwant %s", tt.src, e, tt.want)
		}
	}
}

// TestSyntaxLines: yaml.v3 numbers parser errors from 0 and reports either
// where the unclosed list or mapping began or the end of the file; the
// error must still name the line (and column) of the unclosed bracket,
// wherever it is in the file.
func TestSyntaxLines(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"x: [\n", "x.yaml:1:4:"},
		{"a: 1\nb: [\n", "x.yaml:2:4:"},
		{"a: 1\nb: [\nc: 2\n", "x.yaml:2:4:"},
		{"a: x # [\nb: [\n", "x.yaml:2:4:"},
		{"name: {ja: x\nowner: {section: somu}\n", "x.yaml:1:7:"},
		{"a: 1\nb: 2\nname: {ja: x\nowner: {section: somu}\n", "x.yaml:3:7:"},
		{"a: 1\n\nuses: [x, y\nb: 2\n", "x.yaml:3:7:"},
		{"a: 1\nb: 2\nc: 3\nowner:\n  - x\n  y: 1\n", "x.yaml:5:"},
	} {
		_, e := parse("x.yaml", []byte(tt.src))
		if e == nil || !strings.HasPrefix(e.Error(), tt.want) {
			t.Errorf("%q: got %v, want a message starting %q", tt.src, e, tt.want)
		}
	}
}

// TestLinkBadEscape checks that an http(s) URL with a character url.Parse
// refuses (a % not followed by two hex digits, a space in the host) is
// refused saying so, not as a URL with no host or in full width.
func TestLinkBadEscape(t *testing.T) {
	for _, u := range []string{"https://www.city.chofu.example/100%.pdf", "https://www.city chofu.example/x.pdf"} {
		src := "name: {ja: x}\nowner: {section: somu}\napproval: {status: approved}\nlegal_name: x\nevidence:\n  - title: t\n    url: " + quote(u) + "\n"
		res := decodeFile(job{kind: "contractor", id: "x", rel: "contractors/x.yaml"}, []byte(src))
		if len(res.errs) != 1 || res.errs[0].Code != CodeBadURL || !strings.Contains(res.errs[0].Error(), "%25") || strings.Contains(res.errs[0].Error(), "no host") {
			t.Errorf("%q: errors %v; want one bad-url naming %%25, not a missing host", u, res.errs)
		}
	}
}

// TestCertTypeOtherNamed: a certificate recorded as type other whose name
// is a type of its own (プライバシーマーク, ISO/IEC 27001（ISMS）) validated,
// and the requirements, which read the type, counted no such certificate
// (OUT-04 "nothing in the register"). It is refused with the type to
// write; another certificate's name, and the name of an "other" one, stay.
func TestCertTypeOtherNamed(t *testing.T) {
	refused := func(name, typ string) []string {
		return []string{"bad-value contractors/acme.yaml:6:11: certifications[0] has type other but its name \"" + name +
			"\" is the certificate type " + typ + ": write type: " + typ + " (the requirements and due dates read the type, and counted no such certificate)"}
	}
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"プライバシーマーク", refused("プライバシーマーク", "privacy-mark")},
		{"プライバシーマーク（JIPDEC）", refused("プライバシーマーク（JIPDEC）", "privacy-mark")},
		{"ISO/IEC 27001（ISMS）", refused("ISO/IEC 27001（ISMS）", "isms")},
		{"ISO 17100（翻訳サービス）", nil},
		// Not held: writing the type would count it as held.
		{"Pマーク（申請中）", nil},
		{"プライバシーマーク（取得予定）", nil},
		{"ISO/IEC 27001（ISMS、2025年失効）", nil},
		{"ISMS (application pending)", nil},
		// Lapsed: read as held (and refused, advising the type) by the
		// rule of the day before.
		{"プライバシーマーク（2026年10月失効済み）", nil},
		{"ISO/IEC 27001（有効期限切れ）", nil},
		{"Pマーク（JIPDEC、更新中）", refused("Pマーク（JIPDEC、更新中）", "privacy-mark")},
		// A renewal in progress is held: its type is to be written.
		{"プライバシーマーク（更新申請中）", refused("プライバシーマーク（更新申請中）", "privacy-mark")},
		{"情報セキュリティサービス基準適合", nil},
		{"その他", nil},
	} {
		src := acmeYAML + "certifications:\n  - type: other\n    name: " + tt.name + "\n    valid_until: 2027-03-31\n"
		res := decodeFile(job{kind: "contractor", id: "acme", rel: "contractors/acme.yaml"}, []byte(src))
		if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
		if tt.want != nil {
			if e := res.errs[0]; e.Path != "certifications[0].type" || e.Replacement == "" {
				t.Errorf("%s: path %q, replacement %q; want certifications[0].type and the type", tt.name, e.Path, e.Replacement)
			}
		}
	}
}

// TestURLUserPart: a link with a user part before @ opens the host after
// the @: https://x.com@evil.example/chofu_gikai went to evil.example while
// the handle check saw an unknown host and compared nothing, and the
// public list of official accounts linked to it. Refused in every
// published url field, with the host opened and the url without the part.
func TestURLUserPart(t *testing.T) {
	social := func(u string) []string {
		src := "name: {ja: 議会X}\nowner: {section: somu}\napproval: {status: approved}\nplatform: x\nhandle: \"@chofu_gikai\"\nurl: " + u +
			"\nstatus: active\nresponsible: {section: somu}\nlisted_on: " + u + "\n"
		return lines(Errors(decodeFile(job{kind: "social", id: "x", rel: "social/x.yaml"}, []byte(src)).errs))
	}
	want := []string{
		"bad-url social/x.yaml:6:6: link \"https://x.com@evil.example/chofu_gikai\" in url has a user part before @ (x.com@): browsers skip it and open the host after the @, evil.example; remove it and the @ (https://evil.example/chofu_gikai), and check that this is the page meant (for a page of the site written before the @, write that page's own address)",
		"bad-url social/x.yaml:9:12: link \"https://x.com@evil.example/chofu_gikai\" in listed_on has a user part before @ (x.com@): browsers skip it and open the host after the @, evil.example; remove it and the @ (https://evil.example/chofu_gikai), and check that this is the page meant (for a page of the site written before the @, write that page's own address)",
	}
	if diff := cmp.Diff(want, social("https://x.com@evil.example/chofu_gikai")); diff != "" {
		t.Errorf("x.com@evil.example (-want +got):\n%s", diff)
	}
	if got := social("https://user:pw@x.com/chofu_gikai"); len(got) != 2 || !strings.Contains(got[0], "(user:pw@)") || !strings.Contains(got[0], "(https://x.com/chofu_gikai)") {
		t.Errorf("user:pw@x.com: %q", got)
	}
	if got := social("https://x.com/chofu_gikai"); got != nil {
		t.Errorf("plain url: %q", got)
	}
	svc := "approval: {status: approved}\nname: {ja: x}\nowner: {section: somu}\nprovider: {name: p}\ncontract_type: terms\ndelivery: saas\nsla: {availability: 99.9, url: \"https://user@sla.example/x\"}\nevidence: [{title: 約款, url: \"https://a@b.example/terms\"}]\n"
	got := lines(Errors(decodeFile(job{kind: "service", id: "x", rel: "services/x.yaml"}, []byte(svc)).errs))
	if len(got) != 2 || !strings.Contains(got[1], "in sla.url has a user part before @ (user@)") || !strings.Contains(got[0], "in evidence[0].url has a user part before @ (a@)") {
		t.Errorf("service: %q", got)
	}
	_, err := Load(writeTxtar(t, registerYAML+"website: https://www.city.example.lg.jp@evil.example/gikai/\npublic_contact: {name: {ja: 議会事務局}, url: \"https://gikai@evil.example/form\"}\n"))
	got = lines(err)
	if len(got) != 2 || !strings.Contains(got[0], "in website has a user part before @ (www.city.example.lg.jp@)") || !strings.Contains(got[1], "in public_contact.url has a user part before @ (gikai@)") {
		t.Errorf("register.yaml: %q", got)
	}
}

// TestSignatureAfterDecision: a sign-off dated after approval.decided_on
// (a decision signed off after it was taken) was accepted, and APR-01
// counted it as given once the as-of date had passed it. It is refused at
// its on, in both languages, with what to correct.
func TestSignatureAfterDecision(t *testing.T) {
	for _, tt := range []struct {
		approval string
		want     []string
	}{
		{"{status: approved, decided_on: 2026-04-01, signatures: [{position: kacho, on: 2026-03-30}, {position: bucho, on: 2026-04-01}]}", nil},
		{"{status: approved, signatures: [{position: kacho, on: 2026-04-05}]}", nil},
		{"{status: approved, decided_on: 2026-04-01, signatures: [{position: kacho}]}", nil},
		{"{status: approved, decided_on: 2026-04-01, signatures: [{position: kacho, on: 2026-03-30}, {position: bucho, on: 2026-04-02}]}",
			[]string{"bad-value services/x.yaml:1:124: approval.signatures[1].on 2026-04-02 is after approval.decided_on 2026-04-01: a decision cannot be signed off after it was taken; correct the day of the sign-off, or decided_on to the day of the last sign-off (a later decision goes in approval.status and decided_on, the earlier one in approval.history)",
				"bad-value services/x.yaml:1:124: approval.signatures[1].on（2026-04-02）が approval.decided_on（2026-04-01）より後です。決定後に決裁することはできません。決裁日を直すか、decided_on を最後の決裁の日に直してください（後の決定なら approval.status と decided_on に書き、前の決定は approval.history に記録してください）"}},
	} {
		src := "approval: " + tt.approval + "\nname: {ja: x}\nowner: {section: somu}\nprovider: {name: p}\ncontract_type: terms\ndelivery: saas\n"
		res := decodeFile(job{kind: "service", id: "x", rel: "services/x.yaml"}, []byte(src))
		var got []string
		for _, e := range res.errs {
			got = append(got, string(e.Code)+" "+e.Message("en"), string(e.Code)+" "+e.Message("ja"))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.approval, diff)
		}
	}
}

// TestApprovedConditionsFlipped: status approved beside a history record
// of the same day's decision as a conditional approval, with its
// conditions kept (a conditional approval flipped to approved by hand),
// is refused at approval.status in both languages; it was read as an
// approval whose conditions the site showed under 承認. Conditions on an
// approval without such a record (the example register's 承認 with a
// condition of use), a conditional approval recorded so, and an approval
// decided later than the conditional one it replaced are accepted.
func TestApprovedConditionsFlipped(t *testing.T) {
	const flipped = "approval:\n  status: approved\n  decided_on: 2026-06-10\n  conditions: [録音データは暗号化した媒体で授受すること]\n  history:\n    - {status: requested, on: 2026-05-20}\n    - {status: conditional, on: 2026-06-10}\n"
	for _, tt := range []struct {
		name, approval string
		bad            bool
	}{
		{"flipped", flipped, true},
		{"conditions of an approval", "approval:\n  status: approved\n  decided_on: 2026-06-10\n  conditions: [機密性3の情報は置かないこと]\n", false},
		{"same day, no conditions", "approval:\n  status: approved\n  decided_on: 2026-06-10\n  history:\n    - {status: conditional, on: 2026-06-10}\n", false},
		{"conditional", "approval:\n  status: conditional\n  decided_on: 2026-06-10\n  conditions: [x]\n  history:\n    - {status: conditional, on: 2026-06-10}\n", false},
		{"approved later", "approval:\n  status: approved\n  decided_on: 2026-09-01\n  conditions: [x]\n  history:\n    - {status: conditional, on: 2026-06-10}\n", false},
		{"approved same day after a request", "approval:\n  status: approved\n  decided_on: 2026-06-10\n  conditions: [x]\n  history:\n    - {status: requested, on: 2026-06-10}\n", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.approval + "name: {ja: x}\nowner: {section: somu}\nprovider: {name: p}\ncontract_type: terms\ndelivery: saas\n"
			res := decodeFile(job{kind: "service", id: "x", rel: "services/x.yaml"}, []byte(src))
			var es Errors
			if err := Errors(res.errs); err != nil && !errors.As(err, &es) {
				t.Fatal(err)
			}
			if !tt.bad {
				if len(es) > 0 {
					t.Errorf("got %q, want no error", lines(Errors(res.errs)))
				}
				return
			}
			if len(es) != 1 || es[0].Code != CodeBadValue || es[0].Line != 2 || es[0].Col != 11 || es[0].Path != "approval.status" ||
				!strings.Contains(es[0].Msg, "approval.history[1] records the decision of the same day 2026-06-10 as conditionally approved") ||
				!strings.Contains(es[0].Message("ja"), "services/x.yaml:2:11: approval.status は承認ですが、approval.history[1] は同じ日（2026-06-10）の決裁を条件付承認と記録") ||
				!strings.Contains(es[0].Message("ja"), "status: conditional と書き") {
				for _, e := range es {
					t.Logf("%s %s %d:%d %s | %s", e.Code, e.Path, e.Line, e.Col, e.Msg, e.Message("ja"))
				}
				t.Errorf("got %d errors, want one bad-value at services/x.yaml:2:11 (approval.status)", len(es))
			}
		})
	}
}

// TestCertNameLapseAgrees: a certificate whose name gives its lapse date
// (ISMS（失効日：2025年3月31日）) beside a valid_until of another day
// validated, and the requirements, which read valid_until, counted it as
// valid until then. It is refused at valid_until; a name that agrees, a
// plan, a name without a date and a certificate without valid_until stay.
func TestCertNameLapseAgrees(t *testing.T) {
	refused := func(name, until, lapse string) []string {
		return []string{"bad-value contractors/acme.yaml:8:18: certifications[0].valid_until " + until + " is not the lapse date " + lapse +
			" its name \"" + name + "\" gives: correct the one that is wrong (the requirements and due dates read valid_until)"}
	}
	for _, tt := range []struct {
		name, until string
		want        []string
	}{
		{"ISMS（失効日：2025年3月31日）", "2027-09-30", refused("ISMS（失効日：2025年3月31日）", "2027-09-30", "2025-03-31")},
		{"ISMS（失効日 令和7年3月31日）", "2027-09-30", refused("ISMS（失効日 令和7年3月31日）", "2027-09-30", "2025-03-31")},
		{"ISMS（認証範囲：全社、失効日：２０２５／３／３１）", "2027-09-30", refused("ISMS（認証範囲：全社、失効日：２０２５／３／３１）", "2027-09-30", "2025-03-31")},
		{"ISMS（失効日は2025年3月31日）", "2026-03-31", refused("ISMS（失効日は2025年3月31日）", "2026-03-31", "2025-03-31")},
		// A trailing まで, です or 。 after the date.
		{"プライバシーマーク（失効日は2025年3月31日です）", "2027-09-30", refused("プライバシーマーク（失効日は2025年3月31日です）", "2027-09-30", "2025-03-31")},
		{"プライバシーマーク（失効日：2025年3月31日まで）", "2027-09-30", refused("プライバシーマーク（失効日：2025年3月31日まで）", "2027-09-30", "2025-03-31")},
		{"ISMS（失効日：2025年3月31日。）", "2027-09-30", refused("ISMS（失効日：2025年3月31日。）", "2027-09-30", "2025-03-31")},
		{"ISMS（失効日：2027年9月30日まで）", "2027-09-30", nil},
		// The lapse of an earlier certificate, not of the one recorded.
		{"ISMS（旧証明書の失効日：2025年9月30日、更新済）", "2027-09-30", nil},
		{"ISMS（前回の失効日：2025年9月30日）", "2027-09-30", nil},
		// The recorded certificate's own: 証明書の alone is not an earlier one.
		{"ISMS（本証明書の失効日：2025年3月31日）", "2027-09-30", refused("ISMS（本証明書の失効日：2025年3月31日）", "2027-09-30", "2025-03-31")},
		{"ISO/IEC 27001:2022（2013年版の失効日：2025年10月31日）", "2027-09-30", nil},
		{"ISMS（失効日：2025年9月30日、更新済）", "2027-09-30", nil},
		// ... but the recorded certificate's own lapse beside it is read.
		{"ISMS（前回の失効日：2025年9月30日、失効日：2026年9月30日）", "2027-09-30",
			refused("ISMS（前回の失効日：2025年9月30日、失効日：2026年9月30日）", "2027-09-30", "2026-09-30")},
		{"ISMS（認証範囲：旧本社を除く全社、失効日：2025年3月31日）", "2027-09-30",
			refused("ISMS（認証範囲：旧本社を除く全社、失効日：2025年3月31日）", "2027-09-30", "2025-03-31")},
		// The name and the field agree.
		{"ISMS（失効日：2027年9月30日）", "2027-09-30", nil},
		{"ISMS（失効日 令和9年9月30日）", "2027-09-30", nil},
		// A plan, or no date, says nothing against valid_until.
		{"ISMS（失効日：2025年3月31日（予定））", "2027-09-30", nil},
		{"ISMS（失効予定日：2025年3月31日）", "2027-09-30", nil},
		{"ISMS（失効日：未定）", "2027-09-30", nil},
		{"ISMS（JIPDEC）", "2027-09-30", nil},
	} {
		src := acmeYAML + "certifications:\n  - type: isms\n    name: " + tt.name + "\n    valid_until: " + tt.until + "\n"
		res := decodeFile(job{kind: "contractor", id: "acme", rel: "contractors/acme.yaml"}, []byte(src))
		if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
	// Without valid_until the name's date is left to the requirements
	// (partial: no expiry recorded).
	src := acmeYAML + "certifications:\n  - type: isms\n    name: ISMS（失効日：2025年3月31日）\n"
	if res := decodeFile(job{kind: "contractor", id: "acme", rel: "contractors/acme.yaml"}, []byte(src)); len(res.errs) != 0 {
		t.Errorf("no valid_until: %v; want no error", Errors(res.errs))
	}
}

// TestCertNumberSaysNotHeld: a certificate whose number says it is not
// held or names no number (申請中, 取得予定, 未取得, なし, -, 申請中（2026年3月）)
// validated, and the requirements counted it as held (OUT-02 有効（期限
// 2027-09-30）). It is refused at the number; a registration number, also
// with a renewal in progress, stays.
func TestCertNumberSaysNotHeld(t *testing.T) {
	refused := func(number string) []string {
		return []string{"bad-value contractors/acme.yaml:7:13: certifications[0].number " + strconv.Quote(number) +
			" is no registration number: it says the certificate is not held or names no number; record a certificate not held with its status in name (name: ISMS (application pending)) or leave it out, and leave number out when it is not known (the requirements counted the certificate as held)"}
	}
	for _, tt := range []struct {
		number string
		want   []string
	}{
		{"申請中", refused("申請中")},
		{"取得予定", refused("取得予定")},
		{"未取得", refused("未取得")},
		{"なし", refused("なし")},
		{"\"-\"", refused("-")},
		{"未定", refused("未定")},
		{"TBD", refused("TBD")},
		{"申請中（2026年3月）", refused("申請中（2026年3月）")},
		{"2025年3月失効", refused("2025年3月失効")},
		{"IS 999183", nil},
		{"ＩＳ ９９９１８３", nil},
		{"IS 999183（更新審査中）", nil},
		{"C22-0077-3", nil},
		{"JQA-IM1234", nil},
		{"10820123(05)", nil},
	} {
		src := acmeYAML + "certifications:\n  - type: isms\n    number: " + tt.number + "\n    valid_until: 2027-09-30\n"
		res := decodeFile(job{kind: "contractor", id: "acme", rel: "contractors/acme.yaml"}, []byte(src))
		got := lines(Errors(res.errs))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.number, diff)
		}
		// The English message holds no Japanese but the quoted input.
		for _, l := range got {
			if rest := strings.Replace(l, strconv.Quote(strings.Trim(tt.number, "\"")), "", 1); strings.ContainsFunc(rest, func(r rune) bool {
				return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r >= 0xFF01 && r <= 0xFF60
			}) {
				t.Errorf("%s: the English message holds Japanese outside the quoted input: %s", tt.number, l)
			}
		}
	}
}

// TestReportTitleSaysNotReceived: a report whose title says it was not
// received (未提出, 未受領, 督促中, 提出予定, 9月分報告なし, a bracket saying
// so, or a title of nothing: なし, -) validated, and its date counted as
// the day a report was received: OUT-32 met and the next report due a
// year later. It is refused at the title; the titles of reports received
// stay, also when they say something was none (障害なし, 該当なし).
func TestReportTitleSaysNotReceived(t *testing.T) {
	refused := func(title string) []string {
		return []string{"bad-value contractors/acme.yaml:6:30: reports[0].title " + strconv.Quote(title) +
			" says the report was not received: reports records a report when it is received, on the day it arrived (this date counted as one: the requirement met and the next report due from it); remove it, or record the report when it arrives"}
	}
	for _, tt := range []struct {
		title string
		want  []string
	}{
		{"未提出", refused("未提出")},
		{"未受領", refused("未受領")},
		{"督促中", refused("督促中")},
		{"提出予定", refused("提出予定")},
		{"9月分の報告書は未提出", refused("9月分の報告書は未提出")},
		{"9月定例会 配信実績報告（未提出）", refused("9月定例会 配信実績報告（未提出）")},
		{"9月分報告なし", refused("9月分報告なし")},
		{"なし", refused("なし")},
		{"\"-\"", refused("-")},
		{"ＴＢＤ", refused("ＴＢＤ")},
		{"9月定例会 配信実績報告（視聴数・障害なし）", nil},
		{"事故報告（該当なし）", nil},
		{"提出予定表の確認報告", nil},
		{"未提出分の督促に関する回答書", nil},
		{"定期報告（第2四半期）", nil},
		// The word after a word of the title, or before a note.
		{"報告書未提出", refused("報告書未提出")},
		{"月次報告書未提出", refused("月次報告書未提出")},
		{"報告未受領", refused("報告未受領")},
		{"月次報告なし", refused("月次報告なし")},
		{"報告書なし", refused("報告書なし")},
		{"未提出（9月分）", refused("未提出（9月分）")},
		{"報告書未着（督促済み）", refused("報告書未着（督促済み）")},
		{"月次報告書（9月分・未提出）", refused("月次報告書（9月分・未提出）")},
		{"月次報告（報告書未提出）", refused("月次報告（報告書未提出）")},
		{"提出されていない", refused("提出されていない")},
		{"Monthly report (not received)", refused("Monthly report (not received)")},
		{"not submitted", refused("not submitted")},
		// Notes saying something else was none stay.
		{"月次報告（障害報告なし）", nil},
		{"監査報告書（未提出事項なし）", nil},
		{"作業完了報告書（提出済）", nil},
		{"月次報告書（9月分）", nil},
		{"議会だより掲載予定表", nil},
	} {
		src := acmeYAML + "reports:\n  - { on: 2026-10-05, title: " + tt.title + " }\n"
		res := decodeFile(job{kind: "contractor", id: "acme", rel: "contractors/acme.yaml"}, []byte(src))
		if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.title, diff)
		}
	}
}

// TestApprovalConditionsNone: a conditional approval with no condition
// recorded, or a condition saying there is none (なし, 特になし, －, blank),
// validated, and the site showed 条件付承認 with the conditions なし or
// none at all. They are refused at approval.status or at the condition;
// conditions of use on an approval, a real condition beginning with a word
// for none (なしの場合は…) and a condition in brackets are accepted.
func TestApprovalConditionsNone(t *testing.T) {
	noCond := "bad-value services/x.yaml:2:11: approval.status is conditional but approval.conditions records no condition: write the conditions put on the approval in approval.conditions (one item each), or write status: approved if none was put"
	none := func(line, col int, i int, v string) string {
		return fmt.Sprintf("bad-value services/x.yaml:%d:%d: approval.conditions[%d] %q says there is no condition: write the condition put on the approval, or delete the item (an approval without conditions is status: approved)", line, col, i, v)
	}
	for _, tt := range []struct {
		name, approval string
		want           []string
	}{
		{"conditional without conditions", "approval:\n  status: conditional\n  decided_on: 2026-06-10\n", []string{noCond}},
		{"conditional, empty list", "approval:\n  status: conditional\n  decided_on: 2026-06-10\n  conditions: []\n", []string{noCond}},
		{"conditional, なし", "approval:\n  status: conditional\n  decided_on: 2026-06-10\n  conditions: [なし]\n", []string{none(4, 16, 0, "なし")}},
		{"conditional, 特になし。", "approval:\n  status: conditional\n  decided_on: 2026-06-10\n  conditions: [特になし。]\n", []string{none(4, 16, 0, "特になし。")}},
		{"conditional, full-width dash", "approval:\n  status: conditional\n  decided_on: 2026-06-10\n  conditions: [\"－\"]\n", []string{none(4, 16, 0, "－")}},
		{"conditional, N/A with a note", "approval:\n  status: conditional\n  decided_on: 2026-06-10\n  conditions: [\"Ｎ／Ａ（口頭で確認）\"]\n", []string{`bad-value services/x.yaml:4:16: approval.conditions[0] "Ｎ／Ａ（口頭で確認）" says there is no condition, with a note (口頭で確認): if the note is a condition put on the approval, write it alone as the item (口頭で確認); otherwise delete the item (an approval without conditions is status: approved)`}},
		{"conditional, blank", "approval:\n  status: conditional\n  decided_on: 2026-06-10\n  conditions: [\"  \"]\n", []string{none(4, 16, 0, "  ")}},
		{"conditional, a real one and なし", "approval:\n  status: conditional\n  decided_on: 2026-06-10\n  conditions: [録音データは暗号化すること, 無し]\n", []string{none(4, 31, 1, "無し")}},
		{"approved, なし", "approval:\n  status: approved\n  decided_on: 2026-06-10\n  conditions: [なし]\n", []string{none(4, 16, 0, "なし")}},
		{"conditional", "approval:\n  status: conditional\n  decided_on: 2026-06-10\n  conditions: [録音データは暗号化した媒体で授受すること]\n", nil},
		{"condition starting with なし", "approval:\n  status: conditional\n  decided_on: 2026-06-10\n  conditions: [なしの場合は利用を停止すること]\n", nil},
		{"condition in brackets", "approval:\n  status: conditional\n  decided_on: 2026-06-10\n  conditions: [（機密性3の情報は置かないこと）]\n", nil},
		{"conditions of use on an approval", "approval:\n  status: approved\n  decided_on: 2026-06-10\n  conditions: [機密性3の情報は置かないこと]\n", nil},
		{"approved without conditions", "approval:\n  status: approved\n  decided_on: 2026-06-10\n", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.approval + "name: {ja: x}\nowner: {section: somu}\nprovider: {name: p}\ncontract_type: terms\ndelivery: saas\n"
			res := decodeFile(job{kind: "service", id: "x", rel: "services/x.yaml"}, []byte(src))
			var es Errors
			if err := Errors(res.errs); err != nil && !errors.As(err, &es) {
				t.Fatal(err)
			}
			var got []string
			for _, e := range es {
				got = append(got, string(e.Code)+" "+e.Error())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestApprovalConditionNoneWithCaveat: a condition written as none with a
// caveat in brackets (なし（ただし機密性3の情報は置かないこと）) was refused as
// saying there is no condition, with the fix "write the condition, or
// delete the item": deleting it, as told, dropped the caveat, which is
// the condition. It is still refused (never recorded as none, nor as a
// condition that reads なし), and the message names the note and says to
// write it alone as the item. Without a note the message is as before; a
// caveat after a comma or in other brackets is a condition, kept whole.
func TestApprovalConditionNoneWithCaveat(t *testing.T) {
	for _, tt := range []struct {
		name, cond string
		want       []string // the error's message holds each; nil: accepted
	}{
		{"なし（ただし…）", "なし（ただし機密性3の情報は置かないこと）",
			[]string{`approval.conditions[0] "なし（ただし機密性3の情報は置かないこと）" says there is no condition, with a note (ただし機密性3の情報は置かないこと): if the note is a condition put on the approval, write it alone as the item (ただし機密性3の情報は置かないこと); otherwise delete the item`}},
		{"特になし (but …), half-width brackets", "特になし (but no class 3 data)。",
			[]string{"with a note (but no class 3 data): if the note is a condition"}},
		{"該当なし（口頭で確認）", "該当なし（口頭で確認）", []string{"with a note (口頭で確認)"}},
		{"なし", "なし", []string{`approval.conditions[0] "なし" says there is no condition: write the condition put on the approval, or delete the item`}},
		// Kept whole: the caveat is read with the word for none.
		{"なし、ただし…", "なし、ただし機密性3の情報は置かないこと", nil},
		{"なし【ただし…】", "なし【ただし機密性3の情報は置かないこと】", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "approval:\n  status: conditional\n  decided_on: 2026-06-10\n  conditions: [\"" + tt.cond + "\"]\n" +
				"name: {ja: x}\nowner: {section: somu}\nprovider: {name: p}\ncontract_type: terms\ndelivery: saas\n"
			res := decodeFile(job{kind: "service", id: "x", rel: "services/x.yaml"}, []byte(src))
			var es Errors
			if err := Errors(res.errs); err != nil && !errors.As(err, &es) {
				t.Fatal(err)
			}
			var got []string
			for _, e := range es {
				got = append(got, e.Error())
			}
			if tt.want == nil {
				if len(got) > 0 {
					t.Errorf("refused: %q", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("errors %q, want one", got)
			}
			for _, w := range tt.want {
				if !strings.Contains(got[0], w) {
					t.Errorf("the message does not say %q:\n%s", w, got[0])
				}
			}
			if ja := es[0].Message("ja"); strings.Contains(tt.want[0], "with a note") && !strings.Contains(ja, "括弧書きが承認に付した条件なら") {
				t.Errorf("ja: %s", ja)
			}
		})
	}
}
