package store

import (
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPersonalDataStated: a contract's information item whose description
// names personal data (署名者の氏名, 参加者名簿, 議員の緊急連絡網) and leaves
// personal_data out validated, and counted as holding none: OUT-23, OUT-24
// and the other personal-data requirements were not applicable. It is
// refused at the item; personal_data written either way, my_number, a
// description naming no personal data and one saying it is not there
// stay.
func TestPersonalDataStated(t *testing.T) {
	refused := func(col int, desc, word string) []string {
		return []string{"missing-field contractors/acme.yaml:9:" + strconv.Itoa(col) + ": contracts[0].information[0].description \"" + desc + "\" names personal data (\"" + word +
			"\") but the item does not say personal_data: an item without it counts as holding no personal data (OUT-23, OUT-24 and the other personal-data requirements were not applicable); write personal_data: true, or personal_data: false if it holds none"}
	}
	for _, tt := range []struct {
		item string
		want []string
	}{
		{"{description: 署名者の氏名・住所, class: {confidentiality: \"2\"}}", refused(9, "署名者の氏名・住所", "氏名")},
		{"{description: 姉妹都市議会との往復文書（参加者名簿）, class: {confidentiality: \"2\"}}", refused(9, "姉妹都市議会との往復文書（参加者名簿）", "名簿")},
		{"{description: 議員・職員の緊急連絡網, class: {confidentiality: 3C}}", refused(9, "議員・職員の緊急連絡網", "連絡網")},
		{"{description: 相談記録（個人情報を含む）, class: {confidentiality: 3B}}", refused(9, "相談記録（個人情報を含む）", "個人情報")},
		{"{description: 署名者の氏名・住所, class: {confidentiality: \"2\"}, personal_data: ~}", refused(80, "署名者の氏名・住所", "氏名")},
		// Stated either way, flagged my_number, or naming none: stays.
		{"{description: 署名者の氏名・住所, class: {confidentiality: \"2\"}, personal_data: true}", nil},
		{"{description: 議員の顔写真（公表済み）, class: {confidentiality: \"1\"}, personal_data: false}", nil},
		{"{description: 本会議・委員会の映像（公開）, class: {confidentiality: \"1\"}}", nil},
		{"{description: 集計結果（氏名なし）, class: {confidentiality: \"1\"}}", nil},
		{"{description: 統計データ（個人情報を含まない）, class: {confidentiality: \"1\"}}", nil},
	} {
		src := acmeYAML + "contracts:\n  - id: c1\n    scope: 入力業務\n    information:\n      - " + tt.item + "\n"
		res := decodeFile(job{kind: "contractor", id: "acme", rel: "contractors/acme.yaml"}, []byte(src))
		if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.item, diff)
		}
	}
}

// TestScopePersonalDataStated: a contract whose scope names personal data
// (請願・陳情の署名簿の入力) while no information item says personal_data
// (no item, or items that leave it out) validated, and counted as
// handling none: OUT-23, OUT-24 and the other personal-data requirements
// were not applicable. It is refused; an item saying personal_data either
// way, or my_number, and a scope naming no personal data stay.
func TestScopePersonalDataStated(t *testing.T) {
	msg := func(at string) []string {
		return []string{"missing-field contractors/acme.yaml:" + at + ": contracts[0].scope \"請願・陳情の署名簿の入力\" names personal data (\"名簿\") but no item of contracts[0].information says personal_data: the contract counted as handling no personal data (OUT-23, OUT-24 and the other personal-data requirements were not applicable); list the information with personal_data: true, or write personal_data: false on the items if none is personal data"}
	}
	for _, tt := range []struct {
		scope, info string
		want        []string
	}{
		{"請願・陳情の署名簿の入力", "", msg("6:5")},
		{"請願・陳情の署名簿の入力", "    information:\n      - {description: 入力データ, class: {confidentiality: 3B}}\n", msg("9:9")},
		{"請願・陳情の署名簿の入力", "    information:\n      - {description: 入力データ, class: {confidentiality: 3B}, personal_data: true}\n", nil},
		{"請願・陳情の署名簿の入力", "    information:\n      - {description: 集計表, class: {confidentiality: \"1\"}, personal_data: false}\n", nil},
		{"請願・陳情の署名簿の入力", "    information:\n      - {description: 入力データ, class: {confidentiality: 3B}, my_number: true}\n", nil},
		{"会議録の反訳", "    information:\n      - {description: 録音データ, class: {confidentiality: 3C}}\n", nil},
		{"会議録の反訳（個人情報を含まない）", "", nil},
	} {
		src := acmeYAML + "contracts:\n  - id: c1\n    scope: " + tt.scope + "\n" + tt.info
		res := decodeFile(job{kind: "contractor", id: "acme", rel: "contractors/acme.yaml"}, []byte(src))
		if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s %s (-want +got):\n%s", tt.scope, tt.info, diff)
		}
	}
}

// TestNamesPersonalDataDenialScope: a denial (なし, 含まない, 除く) anywhere
// in a description or scope made the whole text name no personal data, so
// an item naming one kind of it and denying another (住民相談記録（氏名・住所。
// マイナンバーなし）, 職員名簿（住所を除く）) validated without personal_data and
// counted as holding none. A denial now covers only the word it follows
// (with the words joined to it by ・ or 、: 氏名、住所は含まない), and a
// general one (個人情報を含まない, 個人情報なし) the whole text; 個人データ and
// 名前 name personal data too.
func TestNamesPersonalDataDenialScope(t *testing.T) {
	checkNamesPersonalData(t, []namesCase{
		{"住民相談記録（氏名・住所。マイナンバーなし）", namesGot{"氏名", true}},
		{"職員名簿（住所を除く）", namesGot{"名簿", true}},
		{"参加者の氏名を含む。生年月日は含まない", namesGot{"氏名", true}},
		{"氏名を含むが住所は含まない", namesGot{"氏名", true}},
		{"申請書（氏名・住所、個人番号は記載しない）", namesGot{"氏名", true}},
		{"相談記録（氏名・住所。特定個人情報は含まない）", namesGot{"氏名", true}},
		{"利用者の個人データ", namesGot{"個人データ", true}},
		{"参加者の名前と所属", namesGot{"名前", true}},
		{"署名者の氏名・住所", namesGot{"氏名", true}},
		// Denied: the word itself, the words joined to a denied one, or
		// personal data as a whole.
		{"集計結果（氏名なし）", namesGot{"", false}},
		{"統計データ（個人情報を含まない）", namesGot{"", false}},
		{"議事日程（個人情報なし）", namesGot{"", false}},
		// A comma ends a list as well as it joins one: a false refusal.
		{"氏名、住所は含まない集計表", namesGot{"氏名", true}},
		{"氏名・住所は含まない集計表", namesGot{"", false}},
		{"氏名及び住所を含まない", namesGot{"", false}},
		{"氏名・住所を除いた集計結果", namesGot{"", false}},
		// The note denies names in the result, not the signature books
		// the contractor is given.
		{"署名簿の集計（氏名なし）", namesGot{"名簿", true}},
		{"個人情報は含みません", namesGot{"", false}},
		{"議員名簿（個人情報を含まない公開情報のみ）", namesGot{"", false}},
		{"個人情報の入力は禁止", namesGot{"", false}},
		{"本会議の映像（公開）", namesGot{"", false}},
	})
}

// TestServicePersonalDataStated: a service whose purpose or permitted use
// names personal data (傍聴申込みの受付（氏名・連絡先）, 意見募集（氏名・連絡先・意見）)
// and leaves personal_data out validated, and counted as handling none
// (personal_data is a plain bool): CLS-14, OUT-04 and the other
// personal-data requirements were not applicable and the inherent risk
// lacked the personal-data factor. It is refused at the text naming it;
// personal_data written either way, my_number, and texts naming none or
// denying it stay.
func TestServicePersonalDataStated(t *testing.T) {
	const head = "approval: {status: approved}\nname: {ja: x}\nowner: {section: somu}\nprovider: {name: p}\ncontract_type: terms\ndelivery: saas\nclass: {confidentiality: \"2\"}\n"
	refused := func(at, path, v, word string) []string {
		return []string{"missing-field services/x.yaml:" + at + ": " + path + " \"" + v + "\" names personal data (\"" + word +
			"\") but the service does not say personal_data: a service without it counts as handling no personal data (CLS-14, OUT-04 and the other personal-data requirements were not applicable); write personal_data: true, or personal_data: false if it handles none"}
	}
	for _, tt := range []struct {
		body string
		want []string
	}{
		{"purpose: 傍聴申込みの受付（氏名・連絡先）\n", refused("8:10", "purpose", "傍聴申込みの受付（氏名・連絡先）", "氏名")},
		{"permitted_uses:\n  - 傍聴予約\n  - 意見募集（氏名・連絡先・意見）\n", refused("10:5", "permitted_uses[1]", "意見募集（氏名・連絡先・意見）", "氏名")},
		{"purpose: 議員名簿の共有\npersonal_data: ~\n", refused("8:10", "purpose", "議員名簿の共有", "名簿")},
		// Stated, flagged my_number, naming none or denying it: stays.
		{"purpose: 傍聴申込みの受付（氏名・連絡先）\npersonal_data: true\n", nil},
		{"purpose: 議員名簿の共有（公開情報）\npersonal_data: false\n", nil},
		{"purpose: 会期日程・中継のお知らせの予約投稿\n", nil},
		{"permitted_uses:\n  - 公開情報のみ（個人情報の入力は禁止）\n", nil},
	} {
		src := head + tt.body
		got := lines(Errors(decodeFile(job{kind: "service", id: "x", rel: "services/x.yaml"}, []byte(src)).errs))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.body, diff)
		}
	}
}

// TestNamesPersonalDataOrganisation: a description naming an
// organisation's address, telephone or list (事業所の住所一覧, 代表電話番号,
// 団体名簿, 指名業者名簿), a personal-data policy or rule (個人情報保護方針), or
// names masked (氏名はマスキング済み, 氏名等は匿名化済み) was refused as naming
// personal data: every such item had to say personal_data: false. A
// person's address or list beside them is still named.
func TestNamesPersonalDataOrganisation(t *testing.T) {
	checkNamesPersonalData(t, []namesCase{
		{"事業所の住所一覧", namesGot{"", false}},
		{"施設の住所", namesGot{"", false}},
		{"会場の住所・電話番号", namesGot{"", false}},
		{"代表電話番号", namesGot{"", false}},
		{"庁舎の住所", namesGot{"", false}},
		{"団体名簿", namesGot{"", false}},
		{"事業者名簿", namesGot{"", false}},
		{"指名業者名簿", namesGot{"", false}},
		{"問い合わせ先電話番号", namesGot{"", false}},
		{"個人情報保護方針", namesGot{"", false}},
		{"個人情報保護条例の解説資料", namesGot{"", false}},
		{"氏名はマスキング済み", namesGot{"", false}},
		{"氏名等は匿名化済み", namesGot{"", false}},
		{"氏名を伏せた資料", namesGot{"", false}},
		// Still named.
		{"事業所の住所と従業員の氏名", namesGot{"氏名", true}},
		{"団体名簿（代表者の氏名・住所）", namesGot{"氏名", true}},
		{"議員の住所", namesGot{"住所", true}},
		{"個人情報保護方針に基づく相談記録（氏名・住所）", namesGot{"氏名", true}},
		{"職員の電話番号", namesGot{"電話番号", true}},
	})
}

// TestNamesPersonalDataPersons: a description naming people by their role
// (傍聴者の受付簿, 請願者一覧, 相談者の記録, 申込者情報, 会員情報, 履歴書,
// 口座番号) and leaving personal_data out validated as holding no personal
// data: personalDataWords named only kinds of data (氏名, 住所, 名簿). A count
// of such people (傍聴者数, 申請者数の集計) names none.
func TestNamesPersonalDataPersons(t *testing.T) {
	checkNamesPersonalData(t, []namesCase{
		{"傍聴者の受付簿", namesGot{"傍聴者", true}},
		{"請願者一覧", namesGot{"請願者", true}},
		{"陳情者からの提出書類", namesGot{"陳情者", true}},
		{"相談者の記録", namesGot{"相談者", true}},
		{"申込者情報", namesGot{"申込者", true}},
		{"申請者の提出書類", namesGot{"申請者", true}},
		{"会員情報", namesGot{"会員情報", true}},
		{"利用者情報", namesGot{"利用者情報", true}},
		{"応募者の履歴書", namesGot{"履歴書", true}},
		{"報酬の振込先口座番号", namesGot{"口座番号", true}},
		{"住民相談記録", namesGot{"相談記録", true}},
		// Counts and none.
		{"傍聴者数の集計", namesGot{"", false}},
		{"申請者数", namesGot{"", false}},
		{"利用者数の推移", namesGot{"", false}},
		{"相談件数（個人情報なし）", namesGot{"", false}},
		// A denial after の covers the data, not the person: refused, a
		// false refusal rather than 相談者の住所を除く read as none.
		{"相談件数（相談者の氏名なし）", namesGot{"相談者", true}},
		{"相談者の住所を除く記録", namesGot{"相談者", true}},
	})
}

// TestNamesPersonalDataEnglish: a description, scope or service purpose
// naming personal data in English (names and addresses, contact list,
// personal information, résumés) with personal_data left out validated as
// holding none: personalDataWords were Japanese only. The English words
// count as whole words in any case; a denial before them (no names,
// without addresses, excluding names and addresses, non-personal data) or
// after them (names removed, addresses are redacted, names (none)), a
// thing's or an organisation's name or address (file names, IP addresses,
// company names and addresses), a count (number of applicants) and a
// protection policy name none; a denial of personal data as a whole
// (no personal data) makes the text name none.
func TestNamesPersonalDataEnglish(t *testing.T) {
	checkNamesPersonalData(t, []namesCase{
		{"names and addresses of petitioners", namesGot{"names", true}},
		{"Contact list of council members", namesGot{"contact list", true}},
		{"Personal information of applicants", namesGot{"personal information", true}},
		{"Applicants' résumés", namesGot{"applicants", true}},
		{"résumés", namesGot{"résumés", true}},
		{"NAMES", namesGot{"names", true}},
		{"Mailing list for the newsletter", namesGot{"mailing list", true}},
		{"Phone numbers and email addresses of staff", namesGot{"phone numbers", true}},
		{"Dates of birth", namesGot{"dates of birth", true}},
		{"PII", namesGot{"pii", true}},
		{"議会だより発送リスト (names)", namesGot{"names", true}},
		{"会議録（speaker names）", namesGot{"names", true}},
		// Not denied: a denial of another word, a later clause, a
		// negation that is no denial of the data.
		{"Names, no addresses", namesGot{"names", true}},
		{"No. 5 list of names", namesGot{"names", true}},
		{"Not only names but also addresses", namesGot{"names", true}},
		{"Names not yet entered", namesGot{"names", true}},
		{"list of names of removed members", namesGot{"names", true}},
		{"company names and home addresses", namesGot{"addresses", true}},
		{"No backup; names and addresses", namesGot{"names", true}},
		{"Except names, all data anonymised", namesGot{"names", true}},
		{"names removed after the meeting", namesGot{"names", true}},
		{"addresses deleted after 30 days", namesGot{"addresses", true}},
		{"names removed, addresses kept", namesGot{"addresses", true}},
		{"File names and user names", namesGot{"names", true}},
		// None.
		{"no personal data", namesGot{"", false}},
		{"Statistics (no personal data)", namesGot{"", false}},
		{"without personal information", namesGot{"", false}},
		{"Personal data: none", namesGot{"", false}},
		{"non-personal data only", namesGot{"", false}},
		{"Minutes without names", namesGot{"", false}},
		{"no names, addresses or phone numbers", namesGot{"", false}},
		{"excluding names and addresses", namesGot{"", false}},
		{"names removed", namesGot{"", false}},
		{"names: removed", namesGot{"", false}},
		{"names have been removed. Counts only", namesGot{"", false}},
		{"names and addresses are redacted", namesGot{"", false}},
		{"Survey results (names (none))", namesGot{"", false}},
		{"file names", namesGot{"", false}},
		{"domain names", namesGot{"", false}},
		{"IP addresses of servers", namesGot{"", false}},
		{"company names and addresses", namesGot{"", false}},
		{"office phone numbers", namesGot{"", false}},
		{"number of applicants", namesGot{"", false}},
		{"participants count", namesGot{"", false}},
		{"Personal information protection policy", namesGot{"", false}},
		{"nameplates and surnamesake", namesGot{"", false}},
		{"Resume the service", namesGot{"", false}},
		{"renames", namesGot{"", false}},
		{"", namesGot{"", false}},
	})
}

// TestPersonalDataStatedEnglish: the refusal of TestPersonalDataStated and
// TestServicePersonalDataStated for a description or a purpose in English.
func TestPersonalDataStatedEnglish(t *testing.T) {
	src := acmeYAML + "contracts:\n  - id: c1\n    scope: data entry\n    information:\n      - {description: names and addresses of petitioners, class: {confidentiality: \"2\"}}\n"
	want := []string{"missing-field contractors/acme.yaml:9:9: contracts[0].information[0].description \"names and addresses of petitioners\" names personal data (\"names\") but the item does not say personal_data: an item without it counts as holding no personal data (OUT-23, OUT-24 and the other personal-data requirements were not applicable); write personal_data: true, or personal_data: false if it holds none"}
	if diff := cmp.Diff(want, lines(Errors(decodeFile(job{kind: "contractor", id: "acme", rel: "contractors/acme.yaml"}, []byte(src)).errs))); diff != "" {
		t.Errorf("contractor (-want +got):\n%s", diff)
	}
	const head = "approval: {status: approved}\nname: {ja: x}\nowner: {section: somu}\nprovider: {name: p}\ncontract_type: terms\ndelivery: saas\nclass: {confidentiality: \"2\"}\n"
	src = head + "purpose: Contact list of council members\n"
	want = []string{"missing-field services/x.yaml:8:10: purpose \"Contact list of council members\" names personal data (\"contact list\") but the service does not say personal_data: a service without it counts as handling no personal data (CLS-14, OUT-04 and the other personal-data requirements were not applicable); write personal_data: true, or personal_data: false if it handles none"}
	if diff := cmp.Diff(want, lines(Errors(decodeFile(job{kind: "service", id: "x", rel: "services/x.yaml"}, []byte(src)).errs))); diff != "" {
		t.Errorf("service (-want +got):\n%s", diff)
	}
}

// namesGot is what namesPersonalData returns: the word naming personal
// data, and whether the text names any.
type namesGot struct {
	Word  string
	Names bool
}

// namesCase is a text and what namesPersonalData should return for it.
type namesCase struct {
	v    string
	want namesGot
}

// checkNamesPersonalData compares namesPersonalData's result for each
// case with its want.
func checkNamesPersonalData(t *testing.T, cases []namesCase) {
	t.Helper()
	for _, tt := range cases {
		w, ok := namesPersonalData(tt.v)
		if d := cmp.Diff(tt.want, namesGot{w, ok}); d != "" {
			t.Errorf("namesPersonalData(%q) (-want +got):\n%s", tt.v, d)
		}
	}
}
