package schemagen_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/gikai-sec/riskregister/internal/schemagen"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite schemas/ from Generate()")

const schemasDir = "../../schemas"

// TestSchemasUpToDate fails when the committed schemas/*.json differ from
// what Generate produces (run "go test ./internal/schemagen -update" or
// "go generate ./schemas" after changing the model).
func TestSchemasUpToDate(t *testing.T) {
	got, err := schemagen.Generate()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := schemagen.Write(schemasDir); err != nil {
			t.Fatal(err)
		}
	}
	onDisk, err := filepath.Glob(filepath.Join(schemasDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range onDisk {
		if _, ok := got[filepath.Base(path)]; !ok {
			t.Errorf("%s is not generated any more: delete it", path)
		}
	}
	for name, want := range got {
		disk, err := os.ReadFile(filepath.Join(schemasDir, name))
		if err != nil {
			t.Errorf("%v: run go test ./internal/schemagen -update", err)
			continue
		}
		if diff := cmp.Diff(string(want), string(disk)); diff != "" {
			t.Errorf("schemas/%s is stale: run go test ./internal/schemagen -update (-generated +on disk):\n%s", name, diff)
		}
	}
}

func TestGenerateDeterministic(t *testing.T) {
	a, err := schemagen.Generate()
	if err != nil {
		t.Fatal(err)
	}
	b, err := schemagen.Generate()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("two runs differ:\n%s", diff)
	}
	for name, s := range a {
		if !bytes.HasSuffix(s, []byte("}\n")) || !bytes.HasPrefix(s, []byte("{\n  \"")) {
			t.Errorf("%s: want 2-space indented JSON ending in a newline", name)
		}
	}
}

// walk calls f for every schema object under v with its JSON pointer.
func walk(ptr string, v any, f func(ptr string, m map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		f(ptr, v)
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(ptr+"/"+k, v[k], f)
		}
	case []any:
		for i, x := range v {
			walk(fmt.Sprintf("%s/%d", ptr, i), x, f)
		}
	}
}

// TestSchemaShape checks the conventions every generated schema follows:
// every property described in Japanese and English, objects closed, dates
// as format "date", enums listed.
func TestSchemaShape(t *testing.T) {
	files, err := schemagen.Generate()
	if err != nil {
		t.Fatal(err)
	}
	hasJa := func(s string) bool {
		for _, r := range s {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				return true
			}
		}
		return false
	}
	for name, b := range files {
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if doc["$id"] != schemagen.BaseURL+name {
			t.Errorf("%s: $id = %v", name, doc["$id"])
		}
		if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
			t.Errorf("%s: $schema = %v", name, doc["$schema"])
		}
		bilingual := func(d string) bool {
			ja, en, ok := strings.Cut(d, " / ")
			return ok && hasJa(ja) && strings.ContainsFunc(en, unicode.IsLetter)
		}
		for _, d := range []any{doc["description"], doc["title"]} {
			if s, _ := d.(string); !bilingual(s) {
				t.Errorf("%s: root title or description %q is not \"日本語 / English\"", name, s)
			}
		}
		defs, _ := doc["$defs"].(map[string]any)
		for k, def := range defs {
			if d, _ := def.(map[string]any)["description"].(string); !bilingual(d) {
				t.Errorf("%s#/$defs/%s: description %q is not \"日本語 / English\"", name, k, d)
			}
		}
		walk("", doc, func(ptr string, m map[string]any) {
			if m["type"] == "object" && m["properties"] != nil && m["additionalProperties"] != false {
				t.Errorf("%s#%s: object without additionalProperties: false", name, ptr)
			}
			props, _ := m["properties"].(map[string]any)
			for k, p := range props {
				d, _ := p.(map[string]any)["description"].(string)
				if !bilingual(d) {
					t.Errorf("%s#%s/properties/%s: description %q is not \"日本語 / English\"", name, ptr, k, d)
				}
			}
		})
	}
	// Spot checks of mapped types.
	var svc map[string]any
	if err := json.Unmarshal(files["service.schema.json"], &svc); err != nil {
		t.Fatal(err)
	}
	props := svc["properties"].(map[string]any)
	want := map[string]any{"description": props["contract_end"].(map[string]any)["description"], "type": "string", "format": "date", "pattern": schemagen.DatePattern}
	if diff := cmp.Diff(want, props["contract_end"]); diff != "" {
		t.Errorf("contract_end (-want +got):\n%s", diff)
	}
	if got := props["delivery"].(map[string]any)["enum"]; !cmp.Equal(got, []any{"lgwan-asp", "saas", "iaas-paas", "on-premises"}) {
		t.Errorf("delivery enum = %v", got)
	}
}

// compile compiles every generated schema and returns them by file name.
func compile(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	files, err := schemagen.Generate()
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	for name, b := range files {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.AddResource(schemagen.BaseURL+name, doc); err != nil {
			t.Fatal(err)
		}
	}
	out := map[string]*jsonschema.Schema{}
	for name := range files {
		s, err := c.Compile(schemagen.BaseURL + name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = s
	}
	return out
}

// yamlToJSON converts a YAML document to the generic JSON value a JSON
// Schema validator sees (as an editor's YAML 1.2 parser would: unquoted
// dates are strings).
func yamlToJSON(t *testing.T, src []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(src, &v); err != nil {
		t.Fatal(err)
	}
	var conv func(any) any
	conv = func(v any) any {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				v[k] = conv(x)
			}
		case []any:
			for i, x := range v {
				v[i] = conv(x)
			}
		case time.Time:
			return v.Format(time.DateOnly)
		}
		return v
	}
	b, err := json.Marshal(conv(v))
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// schemaFor returns the schema file for a register file path.
func schemaFor(path string) string {
	switch {
	case path == "register.yaml":
		return "register.schema.json"
	case strings.HasPrefix(path, "contractors/"):
		return "contractor.schema.json"
	case strings.HasPrefix(path, "services/"):
		return "service.schema.json"
	case strings.HasPrefix(path, "social/"):
		return "social.schema.json"
	}
	return ""
}

// validRegister is a small register that store.Load accepts with no errors.
const validRegister = `
-- register.yaml --
name: {ja: 見本市議会, en: Sample City Council}
policy:
  title: {ja: 情報セキュリティ基本方針}
  clauses:
    - {id: 6(8), title: {ja: 業務委託と外部サービスの利用}}
sections:
  - {id: somu, name: {ja: 総務課}}
  - {id: koho, name: {ja: 広報係}, parent: somu}
positions:
  - {id: kacho, title: {ja: 課長}}
people:
  - {id: yamada, name: {ja: 山田 花子}, section: somu, position: kacho}
  - {id: suzuki, name: {ja: 鈴木 一郎}, section: koho, from: 2026-04-01, previous: [{section: somu, until: 2026-03-31}]}
review_intervals: {high: 6}
approval_chain:
  - {role: {ja: 所属長}, position: kacho, kinds: [contractor], min_risk: medium}
requirements:
  disable: [OUT-99]
-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
legal_name: 株式会社アクメ
corporate_number: "2999001001037"
owner: {section: somu, position: kacho, person: yamada}
approval:
  status: conditional
  approver: kacho
  signatures: [{position: kacho, person: yamada, on: 2026-04-01}]
  decided_on: 2026-04-01
  conditions: [年1回の実地確認]
contracts:
  - id: C-1
    scope: 保守
    from: 2026-04-01
    to: 2027-03-31
    information:
      - {description: 会議録, class: {confidentiality: "2"}, personal_data: true}
    segments: [lgwan]
    clauses: [{requirement: OUT-10, article: 第3条}]
    work_sites: [{kind: remote}]
certifications:
  - {type: isms, number: IS 1, valid_until: 2027-01-31}
review_due: 2027-04-01
last_reviewed: 2026-06-01
reviews:
  - {on: 2026-06-01, position: kacho, person: yamada, outcome: still-valid, reason: 変更なし, residual: low, decision: approve}
rounds:
  - {name: R8-1, sent_on: 2026-04-01, reply_due: 2026-04-30}
answers:
  Q-OUT-01: {value: "yes", cell: Questions!D5}
assessments:
  - on: 2026-03-01
    source: questionnaires/acme.xlsx
    sha256: 0123abcd
    respondent: {company: 株式会社アクメ, date: 2026-02-27}
    answers:
      Q-OUT-01: {value: "yes"}
-- services/mail.yaml --
name: {ja: メール配信サービス}
owner: {section: koho}
approval: {status: approved}
provider: {contractor: acme}
contract_type: terms
delivery: saas
segments: [internet]
class: {confidentiality: "2", integrity: "1", availability: "1"}
ismap: {list: ismap-liu, number: L23-0001-1, functions_in_scope: true}
data_locations: [{country: JP}]
sla: {availability: 99.9}
exit: {data_return: true, deletion: true}
auth: {sso: false, admin_mfa: true}
manager: yamada
-- social/x.yaml --
name: {ja: 公式X}
owner: {section: koho}
approval: {status: approved}
platform: x
handle: sample_gikai
url: https://x.com/sample_gikai
responsible: {section: koho, person: yamada}
operators: [yamada]
mfa: true
status: active
`

func TestValidDocuments(t *testing.T) {
	schemas := compile(t)
	ar := txtar.Parse([]byte(validRegister))
	dir := t.TempDir()
	for _, f := range ar.Files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := schemas[schemaFor(f.Name)].Validate(yamlToJSON(t, f.Data)); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
	}
	// The same files pass the store: the schemas are not stricter than
	// the loader on this register.
	if _, err := store.Load(dir); err != nil {
		t.Errorf("store.Load: %v", err)
	}
}

func TestInvalidDocuments(t *testing.T) {
	schemas := compile(t)
	ar := txtar.Parse([]byte(validRegister))
	base := map[string]string{}
	for _, f := range ar.Files {
		base[f.Name] = string(f.Data)
	}
	tests := []struct {
		name, file, old, new string
		want                 string // substring of the validation error
	}{
		{"unknown field", "contractors/acme.yaml", "legal_name:", "legal_nam:", "legal_nam"},
		{"bad enum", "contractors/acme.yaml", "status: conditional", "status: approve", "/approval/status"},
		{"bad date", "contractors/acme.yaml", "review_due: 2027-04-01", "review_due: 2027/04/01", "date"},
		{"missing legal name", "contractors/acme.yaml", "legal_name: 株式会社アクメ\n", "", "legal_name"},
		{"missing name.ja", "contractors/acme.yaml", "name: {ja: 株式会社アクメ}", "name: {en: Acme}", "ja"},
		{"missing owner section", "services/mail.yaml", "owner: {section: koho}", "owner: {person: yamada}", "section"},
		{"provider neither id nor name", "services/mail.yaml", "provider: {contractor: acme}", "provider: {}", "provider"},
		{"bad delivery", "services/mail.yaml", "delivery: saas", "delivery: cloud", "/delivery"},
		{"list for mapping", "services/mail.yaml", "auth: {sso: false, admin_mfa: true}", "auth: [sso]", "auth"},
		{"bad platform", "social/x.yaml", "platform: x", "platform: twitter", "/platform"},
		{"country name", "services/mail.yaml", "{country: JP}", "{country: 日本}", "/data_locations/0/country"},
		{"country in lower case", "services/mail.yaml", "{country: JP}", "{country: jp}", "/data_locations/0/country"},
		{"location without country", "services/mail.yaml", "{country: JP}", "{region: 東京}", "country"},
		{"missing status", "social/x.yaml", "status: active\n", "", "status"},
		{"unknown register key", "register.yaml", "review_intervals:", "review_interval:", "review_interval"},
		{"section without id", "register.yaml", "{id: koho, name: {ja: 広報係}, parent: somu}", "{name: {ja: 広報係}}", "id"},
		// The store refuses a review interval over MaxReviewMonths or
		// a 0 written out; the schema let editors take them.
		{"review interval of 20 years", "register.yaml", "review_intervals: {high: 6}", "review_intervals: {low: 240}", "/review_intervals/low"},
		{"review interval over 60 months", "register.yaml", "review_intervals: {high: 6}", "review_intervals: {high: 61}", "/review_intervals/high"},
		{"review interval of 0", "register.yaml", "review_intervals: {high: 6}", "review_intervals: {critical: 0}", "/review_intervals/critical"},
		// The store refuses a 0 or negative count written out (it would
		// read as the default); the schema let editors take them.
		{"reply within 0 days", "register.yaml", "review_intervals: {high: 6}\n", "review_intervals: {high: 6}\nquestionnaire: {reply_within_days: 0}\n", "/questionnaire/reply_within_days"},
		{"reply within -7 days", "register.yaml", "review_intervals: {high: 6}\n", "review_intervals: {high: 6}\nquestionnaire: {reply_within_days: -7}\n", "/questionnaire/reply_within_days"},
		{"list snapshots 0 months old", "register.yaml", "review_intervals: {high: 6}\n", "review_intervals: {high: 6}\npublic_lists: {max_age_months: 0}\n", "/public_lists/max_age_months"},
		// The store refuses a date after riskassess.MaxYear
		// (out-of-range) and an availability that is not a percentage
		// above 1; the schemas let editors take them.
		{"date after MaxYear", "contractors/acme.yaml", "review_due: 2027-04-01", fmt.Sprintf("review_due: %d-04-01", riskassess.MaxYear+1), "/review_due"},
		{"date typed 2926 for 2026", "contractors/acme.yaml", "valid_until: 2027-01-31", "valid_until: 2927-01-31", "/certifications/0/valid_until"},
		{"no end written 9999-12-31", "services/mail.yaml", "sla: {availability: 99.9}", "sla: {availability: 99.9}\ncontract_end: 9999-12-31", "/contract_end"},
		{"person's post until 2926", "register.yaml", "section: somu, position: kacho}", "section: somu, position: kacho, until: 2926-03-31}", "/people/0/until"},
		{"availability as a fraction", "services/mail.yaml", "availability: 99.9", "availability: 0.999", "/sla/availability"},
		{"availability 0 written out", "services/mail.yaml", "availability: 99.9", "availability: 0", "/sla/availability"},
		{"availability 999 for 99.9", "services/mail.yaml", "availability: 99.9", "availability: 999", "/sla/availability"},
		// The store requires a review record complete, a round's name
		// and dates, a sign-off's position, an ISMAP number and an
		// earlier post's section (missing-field); the schemas did not.
		{"review without reason", "contractors/acme.yaml", "reason: 変更なし, ", "", "reason"},
		{"review without person", "contractors/acme.yaml", "person: yamada, outcome", "outcome", "person"},
		{"round without reply_due", "contractors/acme.yaml", ", reply_due: 2026-04-30", "", "reply_due"},
		{"sign-off without position", "contractors/acme.yaml", "{position: kacho, person: yamada, on: 2026-04-01}", "{person: yamada, on: 2026-04-01}", "position"},
		{"ISMAP without number", "services/mail.yaml", "number: L23-0001-1, ", "", "number"},
		{"earlier post without section", "register.yaml", "{section: somu, until: 2026-03-31}", "{until: 2026-03-31}", "section"},
		// The store refuses a corporate number that is not 13 digits and
		// an ISMAP number not in the published form; the schemas did not.
		{"corporate number of 12 digits", "contractors/acme.yaml", `corporate_number: "2999001001037"`, `corporate_number: "299900100103"`, "/corporate_number"},
		{"corporate number with hyphens", "contractors/acme.yaml", `corporate_number: "2999001001037"`, `corporate_number: "2-9990-0100-1037"`, "/corporate_number"},
		{"ISMAP number in lower case", "services/mail.yaml", "number: L23-0001-1", "number: l23-0001-1", "/ismap/number"},
		{"ISMAP number without branch", "services/mail.yaml", "number: L23-0001-1", "number: L23-0001", "/ismap/number"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := base[tc.file]
			if !strings.Contains(src, tc.old) {
				t.Fatalf("%s does not contain %q", tc.file, tc.old)
			}
			src = strings.Replace(src, tc.old, tc.new, 1)
			err := schemas[schemaFor(tc.file)].Validate(yamlToJSON(t, []byte(src)))
			if err == nil {
				t.Fatalf("schema accepted %s with %q", tc.file, tc.new)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not mention %q", err, tc.want)
			}
		})
	}
}

// TestReviewIntervalBounds: review intervals of 1 to MaxReviewMonths
// (60) months pass the schema, as they pass the store, and so do a reply
// deadline of 1 day and a snapshot age of 1 month.
func TestReviewIntervalBounds(t *testing.T) {
	schemas := compile(t)
	ar := txtar.Parse([]byte(validRegister))
	dir := t.TempDir()
	for _, f := range ar.Files {
		data := f.Data
		if f.Name == "register.yaml" {
			data = []byte(strings.Replace(string(data), "review_intervals: {high: 6}",
				fmt.Sprintf("review_intervals: {low: %d, medium: 12, high: 6, critical: 1}\n"+
					"questionnaire: {reply_within_days: 1}\npublic_lists: {max_age_months: 1}", riskassess.MaxReviewMonths), 1))
			if err := schemas[schemaFor(f.Name)].Validate(yamlToJSON(t, data)); err != nil {
				t.Errorf("register.yaml: %v", err)
			}
		}
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := store.Load(dir); err != nil {
		t.Errorf("store.Load: %v", err)
	}
}

// TestRegisterFilesMatchSchemas checks every register file of the example
// register and of the templates "riskregister init" writes against its
// schema.
func TestRegisterFilesMatchSchemas(t *testing.T) {
	schemas := compile(t)
	for _, root := range []string{"../../examples/chofu-gikai", "../../cmd/riskregister/templates/init"} {
		n := 0
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".yaml") {
				return err
			}
			rel, _ := filepath.Rel(root, path)
			s := schemas[schemaFor(filepath.ToSlash(rel))]
			if s == nil {
				return nil
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			n++
			if err := s.Validate(yamlToJSON(t, src)); err != nil {
				t.Errorf("%s: %v", path, err)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if n < 4 {
			t.Errorf("%s: only %d files checked, want register.yaml and an entry of each kind at least", root, n)
		}
	}
}

// TestExportDocument validates a real export document against
// export.schema.json.
func TestExportDocument(t *testing.T) {
	schemas := compile(t)
	asOf := riskassess.NewDate(2026, 4, 1)
	reg := &riskassess.Register{
		Org: riskassess.Organisation{Name: riskassess.T("見本市議会", "Sample"),
			Sections: []riskassess.Section{{ID: "somu", Name: riskassess.T("総務課", "")}}},
		Contractors: []*riskassess.Contractor{{Common: riskassess.Common{ID: "acme", Name: riskassess.T("アクメ", ""),
			Owner: riskassess.Owner{Section: "somu"}, Approval: riskassess.Approval{Status: riskassess.StatusApproved},
			ReviewDue: riskassess.NewDate(2026, 3, 1)}, LegalName: "株式会社アクメ"}},
		Services: []*riskassess.Service{{Common: riskassess.Common{ID: "mail", Name: riskassess.T("メール", ""),
			Owner: riskassess.Owner{Section: "somu"}, Approval: riskassess.Approval{Status: riskassess.StatusDraft}},
			Provider: riskassess.Provider{Name: "X社"}, ContractType: riskassess.ContractTerms, Delivery: riskassess.DeliverySaaS}},
	}
	reqs := []riskassess.Requirement{{
		ID: "T-1", Kinds: riskassess.Kinds(), Title: riskassess.T("テスト要件", "Test"), Severity: riskassess.SeverityHigh,
		Check: func(*riskassess.Subject) riskassess.Result {
			return riskassess.Result{Outcome: riskassess.OutcomeNotMet, Message: riskassess.T("未達", "not met")}
		},
	}}
	doc := report.NewExportDocument(reg, mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, asOf)), asOf, "test")
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if err := schemas["export.schema.json"].Validate(inst); err != nil {
		t.Errorf("export document does not match export.schema.json: %v\n%s", err, b)
	}
}

// enumTypes returns the Allowed values of every enum type reachable from t
// through the fields that tag names (fields tagged "-" are not in the
// schema), keyed by type name.
func enumTypes(t reflect.Type, tag string, seen map[reflect.Type]bool, out map[string][]string) {
	enum := reflect.TypeFor[riskassess.Enum]()
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	if seen[t] {
		return
	}
	seen[t] = true
	if t.Kind() == reflect.String && t.Implements(enum) {
		out[t.Name()] = reflect.Zero(t).Interface().(riskassess.Enum).Allowed()
		return
	}
	if t.Kind() != reflect.Struct {
		return
	}
	for f := range t.Fields() {
		if !f.IsExported() || f.Tag.Get(tag) == "-" {
			continue
		}
		enumTypes(f.Type, tag, seen, out)
	}
}

// TestSchemaEnumsAreAllowed ties the schemas' enums to the enum types: the
// enums of each schema are exactly the Allowed lists of the enum types its
// Go type reaches (plus the country codes), in Allowed order.
func TestSchemaEnumsAreAllowed(t *testing.T) {
	files, err := schemagen.Generate()
	if err != nil {
		t.Fatal(err)
	}
	countries := strings.Join(riskassess.CountryCodes(), ",")
	for _, d := range schemagen.Docs {
		types := map[string][]string{}
		enumTypes(d.Type, d.Tag, map[reflect.Type]bool{}, types)
		if len(types) == 0 {
			t.Errorf("%s: no enum types reached from %s; the walk is broken", d.File, d.Type)
		}
		want := map[string]bool{}
		for _, allowed := range types {
			want[strings.Join(allowed, ",")] = true
		}
		var doc any
		if err := json.Unmarshal(files[d.File], &doc); err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		walk("", doc, func(ptr string, m map[string]any) {
			e, ok := m["enum"].([]any)
			if !ok {
				return
			}
			var vals []string
			for _, v := range e {
				vals = append(vals, fmt.Sprint(v))
			}
			if s := strings.Join(vals, ","); s != countries {
				got[s] = true
			}
		})
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: Allowed lists of the enum types (-) and the schema's enums (+) differ:\n%s", d.File, diff)
		}
	}
}

// TestLinkURLDescription: the schemas' description of evidence[].url (and
// the other links) agrees with build's link-not-in-site warning. It said
// "URL or file location", inviting the relative path of a document on a
// file share, which build then warns of as a broken link of the site.
func TestLinkURLDescription(t *testing.T) {
	files, err := schemagen.Generate()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"contractor.schema.json", "service.schema.json", "social.schema.json"} {
		b := string(files[name])
		if strings.Contains(b, "file location") || !strings.Contains(b, "leave url out and write its name and place in title") {
			t.Errorf("%s: the description of evidence[].url does not say to write a file share's document in title (build's link-not-in-site)", name)
		}
	}
}

// TestDatePatternIsMaxYear: every date of the register files' schemas
// carries schemagen.DatePattern, and the pattern takes a year exactly when
// the store does: every year up to riskassess.MaxYear, none after it (the
// store refuses it, out-of-range). It fails when MaxYear and the schemas
// disagree (run go test ./internal/schemagen -update after changing it).
// The export's dates are not bound: a next review may fall after MaxYear.
func TestDatePatternIsMaxYear(t *testing.T) {
	re, err := regexp.Compile(schemagen.DatePattern)
	if err != nil {
		t.Fatal(err)
	}
	for y := 0; y <= 9999; y++ {
		for _, d := range []string{fmt.Sprintf("%04d-01-01", y), fmt.Sprintf("%04d-12-31", y)} {
			if got, want := re.MatchString(d), y <= riskassess.MaxYear; got != want {
				t.Errorf("DatePattern matches %s: %v, want %v (MaxYear %d)", d, got, want, riskassess.MaxYear)
			}
		}
	}
	for _, bad := range []string{"2026-4-1", "2026/04/01", "R8-04-01", "12026-04-01", ""} {
		if re.MatchString(bad) {
			t.Errorf("DatePattern matches %q", bad)
		}
	}
	for _, d := range schemagen.Docs {
		b, err := os.ReadFile(filepath.Join(schemasDir, d.File))
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		dates := 0
		var walk func(v any, path string)
		walk = func(v any, path string) {
			switch v := v.(type) {
			case map[string]any:
				if v["format"] == "date" {
					dates++
					want := schemagen.DatePattern
					if d.Tag != "yaml" {
						want = ""
					}
					if got, _ := v["pattern"].(string); got != want {
						t.Errorf("%s%s: pattern %q, want %q", d.File, path, got, want)
					}
				}
				for k, x := range v {
					walk(x, path+"/"+k)
				}
			case []any:
				for i, x := range v {
					walk(x, fmt.Sprintf("%s/%d", path, i))
				}
			}
		}
		walk(doc, "")
		if dates == 0 {
			t.Errorf("%s has no date", d.File)
		}
	}
}

// TestDateAndAvailabilityBoundsAtTheirEnds: the last day of
// riskassess.MaxYear and an availability of just above 1 or of 100 pass
// the schemas, as they pass the store.
func TestDateAndAvailabilityBoundsAtTheirEnds(t *testing.T) {
	schemas := compile(t)
	for _, avail := range []string{"1.01", "100", "99.99"} {
		ar := txtar.Parse([]byte(validRegister))
		dir := t.TempDir()
		for _, f := range ar.Files {
			data := string(f.Data)
			data = strings.Replace(data, "review_due: 2027-04-01", fmt.Sprintf("review_due: %d-12-31", riskassess.MaxYear), 1)
			data = strings.Replace(data, "availability: 99.9", "availability: "+avail, 1)
			if err := schemas[schemaFor(f.Name)].Validate(yamlToJSON(t, []byte(data))); err != nil {
				t.Errorf("%s with availability %s: %v", f.Name, avail, err)
			}
			write := filepath.Join(dir, filepath.FromSlash(f.Name))
			if err := os.MkdirAll(filepath.Dir(write), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(write, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := store.Load(dir); err != nil {
			t.Errorf("store.Load with availability %s: %v", avail, err)
		}
	}
}
