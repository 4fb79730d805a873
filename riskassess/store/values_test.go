package store

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// valueCase is one misread value: the YAML of one file with %s where the
// value goes, and the problem Load must report there.
type valueCase struct {
	field string // path of the field, [] for list items (as enumFields lists them)
	file  string // "register.yaml", "contractors/x.yaml", "services/x.yaml" or "social/x.yaml"
	yaml  string // the file's own part, with %s for the value
	value string
	code  Code
	repl  string // the Replacement; "" when none is proposed
	msg   string // a part of the English message
}

// valueCases covers every closed-vocabulary field of the register files,
// the country of a data location and dates, with the spellings issue 9
// names: Japanese labels, common spellings, 和暦 and full-width dates, days
// that do not exist.
var valueCases = []valueCase{
	// contractors/
	{field: "approval.status", file: "contractors/x.yaml", yaml: "approval:\n  status: %s\n", value: "承認", code: CodeBadEnum, repl: "approved"},
	{field: "approval.status", file: "contractors/x.yaml", yaml: "approval:\n  status: %s\n", value: "条件付承認", code: CodeBadEnum, repl: "conditional"},
	{field: "approval.status", file: "contractors/x.yaml", yaml: "approval:\n  status: %s\n", value: "Approve", code: CodeBadEnum, repl: "approved"},
	{field: "approval.history[].status", file: "contractors/x.yaml", yaml: "approval:\n  status: approved\n  history:\n    - status: %s\n      on: 2025-04-01\n", value: "却下", code: CodeBadEnum, repl: "rejected"},
	{field: "certifications[].type", file: "contractors/x.yaml", yaml: "certifications:\n  - type: %s\n", value: "ISO27001", code: CodeBadEnum, repl: "isms"},
	{field: "certifications[].type", file: "contractors/x.yaml", yaml: "certifications:\n  - type: %s\n", value: "Pマーク", code: CodeBadEnum, repl: "privacy-mark"},
	{field: "contracts[].segments[]", file: "contractors/x.yaml", yaml: "contracts:\n  - id: k\n    scope: 保守\n    segments: [%s]\n", value: "LGWAN接続系", code: CodeBadEnum, repl: "lgwan"},
	{field: "contracts[].work_sites[].kind", file: "contractors/x.yaml", yaml: "contracts:\n  - id: k\n    scope: 保守\n    work_sites:\n      - kind: %s\n", value: "庁舎内", code: CodeBadEnum, repl: "our-premises"},
	{field: "last_confirmed", file: "contractors/x.yaml", yaml: "last_confirmed: %s\n", value: "令和8年4月10日", code: CodeBadDate, repl: "2026-04-10"},
	{field: "last_confirmed", file: "contractors/x.yaml", yaml: "last_confirmed: %s\n", value: "R8.4.10", code: CodeBadDate, repl: "2026-04-10"},
	{field: "last_confirmed", file: "contractors/x.yaml", yaml: "last_confirmed: %s\n", value: "２０２６年４月１０日", code: CodeBadDate, repl: "2026-04-10"},
	{field: "last_confirmed", file: "contractors/x.yaml", yaml: "last_confirmed: %s\n", value: "２０２６－０４－１０", code: CodeBadDate, repl: "2026-04-10"},
	{field: "last_confirmed", file: "contractors/x.yaml", yaml: "last_confirmed: %s\n", value: "2026/4/10", code: CodeBadDate, repl: "2026-04-10"},
	{field: "last_onsite_check", file: "contractors/x.yaml", yaml: "last_onsite_check: %s\n", value: "2026-02-30", code: CodeBadDate, msg: `date "2026-02-30" does not exist: 2026-02 has no day 30 (1–28)`},
	{field: "last_onsite_check", file: "contractors/x.yaml", yaml: "last_onsite_check: %s\n", value: "2026-13-01", code: CodeBadDate, msg: `date "2026-13-01" does not exist: month 13 does not exist (1–12)`},
	{field: "last_onsite_check", file: "contractors/x.yaml", yaml: "last_onsite_check: %s\n", value: "令和8年2月30日", code: CodeBadDate, msg: "does not exist: 2026-02 has no day 30"},
	{field: "last_onsite_check", file: "contractors/x.yaml", yaml: "last_onsite_check: %s\n", value: "平成31年5月1日", code: CodeBadDate, msg: "Heisei ended on 2019-04-30"},
	{field: "last_onsite_check", file: "contractors/x.yaml", yaml: "last_onsite_check: %s\n", value: "yesterday", code: CodeBadDate, msg: "want YYYY-MM-DD"},
	// services/
	{field: "contract_type", file: "services/x.yaml", yaml: "contract_type: %s\n", value: "約款", code: CodeBadEnum, repl: "terms"},
	{field: "contract_type", file: "services/x.yaml", yaml: "contract_type: %s\n", value: "個別契約", code: CodeBadEnum, repl: "negotiated"},
	{field: "delivery", file: "services/x.yaml", yaml: "delivery: %s\n", value: "SaaS", code: CodeBadEnum, repl: "saas"},
	{field: "delivery", file: "services/x.yaml", yaml: "delivery: %s\n", value: "ＳａａＳ", code: CodeBadEnum, repl: "saas"},
	{field: "delivery", file: "services/x.yaml", yaml: "delivery: %s\n", value: "クラウド", code: CodeBadEnum, msg: "want one of lgwan-asp, saas, iaas-paas, on-premises"},
	{field: "segments[]", file: "services/x.yaml", yaml: "segments:\n  - %s\n", value: "インターネット接続系", code: CodeBadEnum, repl: "internet"},
	{field: "ismap.list", file: "services/x.yaml", yaml: "ismap: {number: C-1, list: %s}\n", value: "ISMAP-LIU", code: CodeBadEnum, repl: "ismap-liu"},
	{field: "certifications[].type", file: "services/x.yaml", yaml: "certifications: [{type: %s}]\n", value: "SOC 2", code: CodeBadEnum, repl: "soc2"},
	{field: "approval.decided_on", file: "services/x.yaml", yaml: "approval: {status: approved, decided_on: %s}\n", value: "令和8年4月10日", code: CodeBadDate, repl: "2026-04-10"},
	{field: "data_locations[].country", file: "services/x.yaml", yaml: "data_locations:\n  - country: %s\n", value: "日本", code: CodeBadEnum, repl: "JP"},
	{field: "data_locations[].country", file: "services/x.yaml", yaml: "data_locations:\n  - country: %s\n", value: "Japan", code: CodeBadEnum, repl: "JP"},
	{field: "data_locations[].country", file: "services/x.yaml", yaml: "data_locations:\n  - country: %s\n", value: "JPN", code: CodeBadEnum, repl: "JP"},
	{field: "data_locations[].country", file: "services/x.yaml", yaml: "data_locations:\n  - country: %s\n", value: "ＪＰ", code: CodeBadEnum, repl: "JP"},
	{field: "data_locations[].country", file: "services/x.yaml", yaml: "data_locations:\n  - country: %s\n", value: "jp", code: CodeBadEnum, repl: "JP"},
	{field: "data_locations[].country", file: "services/x.yaml", yaml: "data_locations:\n  - {region: 東京, country: %s}\n", value: "アメリカ", code: CodeBadEnum, repl: "US"},
	{field: "data_locations[].country", file: "services/x.yaml", yaml: "data_locations:\n  - country: %s\n", value: "EU", code: CodeBadEnum, msg: "want an ISO 3166-1 alpha-2 code in capitals"},
	// social/
	{field: "platform", file: "social/x.yaml", yaml: "platform: %s\n", value: "twitter", code: CodeBadEnum, repl: "x"},
	{field: "platform", file: "social/x.yaml", yaml: "platform: %s\n", value: "X（旧Twitter）", code: CodeBadEnum, repl: "x"},
	{field: "platform", file: "social/x.yaml", yaml: "platform: %s\n", value: "mastodon", code: CodeBadEnum, msg: "want one of x, youtube"},
	{field: "status", file: "social/x.yaml", yaml: "status: %s\n", value: "運用中", code: CodeBadEnum, repl: "active"},
	{field: "status", file: "social/x.yaml", yaml: "status: %s\n", value: "休止中", code: CodeBadEnum, repl: "suspended"},
	{field: "password_changed_on", file: "social/x.yaml", yaml: "password_changed_on: %s\n", value: "令和７年１２月１日", code: CodeBadDate, repl: "2025-12-01"},
	// register.yaml
	{field: "approval_chain[].kinds[]", file: "register.yaml", yaml: "approval_chain:\n  - role: {ja: 課長}\n    position: kacho\n    kinds: [%s]\n", value: "委託事業者", code: CodeBadEnum, repl: "contractor"},
	{field: "approval_chain[].min_risk", file: "register.yaml", yaml: "approval_chain:\n  - role: {ja: 課長}\n    position: kacho\n    min_risk: %s\n", value: "高", code: CodeBadEnum, repl: "high"},
	{field: "requirements.override[].severity", file: "register.yaml", yaml: "requirements:\n  override:\n    - id: OUT-01\n      severity: %s\n", value: "重大", code: CodeBadEnum, repl: "critical"},
	{field: "requirements.add[].kinds[]", file: "register.yaml", yaml: "requirements:\n  add:\n    - id: X-1\n      kinds: [%s]\n", value: "外部サービス", code: CodeBadEnum, repl: "service"},
	{field: "requirements.add[].severity", file: "register.yaml", yaml: "requirements:\n  add:\n    - id: X-1\n      severity: %s\n", value: "中", code: CodeBadEnum, repl: "medium"},
	{field: "requirements.add[].attested_by", file: "register.yaml", yaml: "requirements:\n  add:\n    - id: X-1\n      attested_by: %s\n", value: "事業者", code: CodeBadEnum, repl: "vendor"},
	{field: "assessments[].by", file: "contractors/x.yaml", yaml: "assessments:\n  - on: 2026-04-01\n    source: q.xlsx\n    sha256: ab\n    by: %s\n    answers: {}\n", value: "自己点検", code: CodeBadEnum, repl: "council"},
	{field: "requirements.add[].question.type", file: "register.yaml", yaml: "requirements:\n  add:\n    - id: X-1\n      question: {id: q, type: %s}\n", value: "日付", code: CodeBadEnum, repl: "date"},
}

// valueBase holds, per file, the fields each case's file gets unless the
// case writes the key itself, so that the file is otherwise valid.
var valueBase = map[string][]string{
	"contractors/x.yaml": {"name: {ja: アクメ}\n", "legal_name: アクメ株式会社\n", "owner: {section: somu}\n", "approval: {status: approved}\n"},
	"services/x.yaml": {"name: {ja: Box}\n", "owner: {section: somu}\n", "approval: {status: approved}\n", "provider: {name: Box}\n",
		"contract_type: terms\n", "delivery: saas\n"},
	"social/x.yaml": {"name: {ja: 議会X}\n", "owner: {section: somu}\n", "approval: {status: approved}\n", "platform: x\n", "handle: gikai\n",
		"url: https://x.com/gikai\n", "status: active\n", "responsible: {section: somu}\n"},
}

// TestValues feeds each case through Load and checks that it is the only
// problem, with its code, its position (the value's line and column), the
// Replacement and a message in both languages that names it.
func TestValues(t *testing.T) {
	for _, tt := range valueCases {
		t.Run(tt.field+"="+tt.value, func(t *testing.T) {
			own := strings.Replace(tt.yaml, "%s", tt.value, 1)
			var text string
			if tt.file == "register.yaml" {
				text = strings.TrimPrefix(registerYAML, "-- register.yaml --\n") + own
			} else {
				for _, b := range valueBase[tt.file] {
					key, _, _ := strings.Cut(b, ":")
					if !strings.HasPrefix(own, key+":") && !strings.Contains(own, "\n"+key+":") {
						text += b
					}
				}
				text += own
			}
			i := strings.Index(text, own) + strings.Index(own, tt.value)
			line := strings.Count(text[:i], "\n") + 1
			col := utf8.RuneCountInString(text[strings.LastIndex(text[:i], "\n")+1:i]) + 1

			archive := "-- " + tt.file + " --\n" + text
			if tt.file != "register.yaml" {
				archive = registerYAML + archive
			}
			_, err := Load(writeTxtar(t, archive))
			var es Errors
			if !errors.As(err, &es) {
				t.Fatalf("Load: %v; want one %s", err, tt.code)
			}
			if len(es) != 1 {
				t.Fatalf("want one problem, got:\n%s", es.Error())
			}
			e := es[0]
			type got struct {
				File        string
				Line, Col   int
				Code        Code
				Replacement string
			}
			if diff := cmp.Diff(got{tt.file, line, col, tt.code, tt.repl}, got{e.File, e.Line, e.Col, e.Code, e.Replacement}); diff != "" {
				t.Errorf("(-want +got):\n%s\n%s", diff, e.Error())
			}
			en, ja := e.Message("en"), e.Message("ja")
			for _, m := range []string{en, ja} {
				if !strings.Contains(m, tt.value) || tt.repl != "" && !strings.Contains(m, tt.repl) {
					t.Errorf("message %q does not name the value %q and its replacement %q", m, tt.value, tt.repl)
				}
			}
			if tt.msg != "" && !strings.Contains(en, tt.msg) {
				t.Errorf("message %q lacks %q", en, tt.msg)
			}
			if !strings.ContainsFunc(strings.TrimPrefix(ja, tt.file), isJapanese) {
				t.Errorf("no Japanese message: %q", ja)
			}
		})
	}
}

// TestValueCasesCoverEveryEnumField lists the fields of every register file
// whose Go type is a closed vocabulary (riskassess.Enum) and checks that
// valueCases has a case for each, so that a new field cannot be left out.
func TestValueCasesCoverEveryEnumField(t *testing.T) {
	var fields []string
	for _, typ := range []reflect.Type{reflect.TypeFor[riskassess.Organisation](), reflect.TypeFor[riskassess.Contractor](),
		reflect.TypeFor[riskassess.Service](), reflect.TypeFor[riskassess.Social]()} {
		fields = append(fields, enumFields(typ, "", map[reflect.Type]bool{})...)
	}
	slices.Sort(fields)
	fields = slices.Compact(fields)
	t.Logf("closed-vocabulary fields: %q", fields)
	covered := map[string]bool{}
	for _, c := range valueCases {
		covered[c.field] = true
	}
	for _, f := range fields {
		if !covered[f] {
			t.Errorf("no case for the closed-vocabulary field %s", f)
		}
	}
	if len(fields) < 15 {
		t.Errorf("found only %d enum fields: %q", len(fields), fields)
	}
}

// enumFields returns the yaml paths of the Enum-typed fields under t.
func enumFields(t reflect.Type, prefix string, seen map[reflect.Type]bool) []string {
	var out []string
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t == dateType || seen[t] {
		return nil
	}
	seen[t] = true
	defer delete(seen, t)
	info := structInfoOf(t)
	for _, k := range info.keys {
		f := t.FieldByIndex(info.fields[k].index)
		path := prefix + k
		ft := f.Type
		for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice || ft.Kind() == reflect.Map {
			if ft.Kind() == reflect.Slice {
				path += "[]"
			}
			if ft.Kind() == reflect.Map {
				path += ".*"
			}
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.String && ft.Implements(enumType) {
			out = append(out, path)
			continue
		}
		out = append(out, enumFields(ft, path+".", seen)...)
	}
	return out
}
