// Package schemagen generates the JSON Schemas in schemas/ from the Go
// types of riskassess, so that editors (through the yaml-language-server
// "$schema" line) can check and complete register files.
//
// Generate reads the doc comments of riskassess from the source tree for the
// English descriptions, so it runs from a checkout of the repository (go
// generate, go test), not from an installed binary. The CLI ships the
// generated files embedded in package schemas instead.
package schemagen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/invopop/jsonschema"
)

// BaseURL is where the schemas are published; each schema's $id is
// BaseURL + file name.
const BaseURL = "https://gikai-sec.github.io/riskregister/schemas/"

// modelPkgs are the packages whose types the schemas describe: the model,
// and riskassess/report for the export document. Their folders, relative
// to the riskassess source folder, are in modelDirs.
var (
	modelPkgs = []string{"github.com/gikai-sec/riskregister/riskassess", "github.com/gikai-sec/riskregister/riskassess/report"}
	modelDirs = []string{".", "report"}
)

// Doc is one generated schema: the Go type it describes, its title, the
// struct tag that names its fields and, for YAML files, the required fields.
type Doc struct {
	File  string
	Type  reflect.Type
	Title string
	// Tag is the struct tag giving field names: "yaml" for register files,
	// "json" for JSON output.
	Tag string
	// Required lists the required fields per Go type name, as the store
	// checks them ("" is the root). When nil, the fields without omitempty
	// or omitzero in Tag are required (right for JSON output).
	Required map[string][]string
}

// entryRequired holds what the store requires of every entry: a review
// record complete (checker.reviews), a questionnaire round's name and
// dates, a sign-off's position.
func entryRequired(kindFields ...string) map[string][]string {
	return map[string][]string{
		"":             append([]string{"name", "owner", "approval"}, kindFields...),
		"Owner":        {"section"},
		"Approval":     {"status"},
		"Signature":    {"position"},
		"ReviewRecord": {"on", "position", "person", "outcome", "reason", "residual", "decision"},
		"RoundRecord":  {"name", "sent_on", "reply_due"},
	}
}

// withRequired adds the required fields of the Go type named typ to req.
func withRequired(req map[string][]string, typ string, fields ...string) map[string][]string {
	req[typ] = fields
	return req
}

// Docs lists the schemas Generate writes, by file name. The required fields
// follow riskassess/store's checks (checker.org and checker.entry), so that
// an editor flags exactly what Load would reject.
var Docs = []Doc{
	{File: "register.schema.json", Type: reflect.TypeFor[riskassess.Organisation](), Tag: "yaml",
		Title:    "台帳の設定 register.yaml / register settings (register.yaml)",
		Required: map[string][]string{"": {"name"}, "Section": {"id"}, "Position": {"id"}, "Person": {"id"}, "Posting": {"section"}, "ApprovalStep": {"position"}, "Clause": {"id"}}},
	{File: "contractor.schema.json", Type: reflect.TypeFor[riskassess.Contractor](), Tag: "yaml",
		Title:    "委託事業者 contractors/ID.yaml / outsourcing contractor",
		Required: entryRequired("legal_name")},
	{File: "service.schema.json", Type: reflect.TypeFor[riskassess.Service](), Tag: "yaml",
		Title:    "外部サービス services/ID.yaml / external service",
		Required: withRequired(withRequired(entryRequired("provider", "contract_type", "delivery"), "DataLocation", "country"), "ISMAP", "number")},
	{File: "social.schema.json", Type: reflect.TypeFor[riskassess.Social](), Tag: "yaml",
		Title:    "ソーシャルメディアアカウント social/ID.yaml / social-media account",
		Required: entryRequired("platform", "handle", "url", "status", "responsible")},
	{File: "export.schema.json", Type: reflect.TypeFor[report.ExportDocument](), Tag: "json",
		Title: "台帳のJSONエクスポート（riskregister export --format json） / JSON export of the register"},
}

var (
	dateType   = reflect.TypeFor[riskassess.Date]()
	enumType   = reflect.TypeFor[riskassess.Enum]()
	countsType = reflect.TypeFor[riskassess.OutcomeCounts]()
)

// Generate returns every schema of Docs keyed by file name: JSON with sorted keys, indented by two spaces, ending
// in a newline. It returns an error when the riskassess source cannot be
// read (it must run from the repository) or when a field of the model has no
// description (add it to the descriptions map).
func Generate() (map[string][]byte, error) {
	comments, err := goComments()
	if err != nil {
		return nil, err
	}
	out := make(map[string][]byte)
	var missing []string
	for _, d := range Docs {
		b, miss, err := generate(d, comments)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.File, err)
		}
		missing = append(missing, miss...)
		out[d.File] = b
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		missing = slices.Compact(missing)
		return nil, fmt.Errorf("schemagen: no description for %s: add them to the descriptions map", strings.Join(missing, ", "))
	}
	return out, nil
}

func generate(d Doc, comments map[string]string) ([]byte, []string, error) {
	var missing []string
	r := &jsonschema.Reflector{
		FieldNameTag:               d.Tag,
		RequiredFromJSONSchemaTags: d.Required != nil,
		Anonymous:                  true,
		ExpandedStruct:             true,
		Mapper: func(t reflect.Type) *jsonschema.Schema {
			m := mapType(t)
			if t == dateType && d.Tag == "yaml" {
				// A register file's date; the export's computed
				// dates (a next review five years after a review
				// of 2099) may lie beyond MaxYear.
				m.Pattern = DatePattern
			}
			return m
		},
		LookupComment: func(t reflect.Type, field string) string {
			desc, ok := describe(t, field, comments)
			if !ok {
				missing = append(missing, key(t, field))
			}
			return desc
		},
	}
	s := r.ReflectFromType(d.Type)
	s.ID = jsonschema.ID(BaseURL + d.File)
	s.Title = d.Title
	applyBounds(s)
	if d.Required != nil {
		if err := applyRequired(s, d.Required); err != nil {
			return nil, nil, err
		}
	}
	if f := s.Definitions["Finding"]; f != nil {
		if err := requiredInJSONOrder(f, riskassess.Finding{FindingSpec: &riskassess.FindingSpec{}}); err != nil {
			return nil, nil, err
		}
	}
	raw, err := json.Marshal(s)
	if err != nil {
		return nil, nil, err
	}
	// Re-encode through a generic value: encoding/json sorts map keys,
	// which makes the output independent of field order.
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), missing, nil
}

// applyRequired sets the required lists of the root and of $defs from req.
// On register files the entry or organisation name must have its Japanese
// form, and a service's provider needs a contractor id or a name.
func applyRequired(s *jsonschema.Schema, req map[string][]string) error {
	for name, fields := range req {
		target := s
		if name != "" {
			target = s.Definitions[name]
			if target == nil {
				return fmt.Errorf("schemagen: no definition %s for required fields", name)
			}
		}
		for _, f := range fields {
			if _, ok := target.Properties.Get(f); !ok {
				return fmt.Errorf("schemagen: %s has no property %q", name, f)
			}
		}
		target.Required = fields
	}
	if p, ok := s.Properties.Get("name"); ok {
		p.Required = []string{"ja"}
	}
	if prov := s.Definitions["Provider"]; prov != nil {
		prov.AnyOf = []*jsonschema.Schema{{Required: []string{"contractor"}}, {Required: []string{"name"}}}
	}
	// A data location's country is a closed list, as the store checks it
	// (riskassess.ValidCountry), though its Go type is a plain string.
	if dl := s.Definitions["DataLocation"]; dl != nil {
		if c, ok := dl.Properties.Get("country"); ok {
			for _, code := range riskassess.CountryCodes() {
				c.Enum = append(c.Enum, code)
			}
		}
	}
	return nil
}

// DatePattern is the pattern of every date of the register files'
// schemas (the export's are not bound): YYYY-MM-DD with a year of at most
// riskassess.MaxYear, which the store refuses beyond (out-of-range), so
// that an editor flags 2926-04-01 as validate does. The schemas' format
// "date" checks that the day exists.
var DatePattern = "^" + yearsUpTo(riskassess.MaxYear) + "-[0-9]{2}-[0-9]{2}$"

// yearsUpTo returns a regular expression group that matches the
// four-digit years 0000 to max (0 ≤ max ≤ 9999): for 2099,
// (?:[0-1][0-9]{3}|20[0-8][0-9]|209[0-9]).
func yearsUpTo(max int) string {
	digits := fmt.Sprintf("%04d", max)
	var alts []string
	for i := 0; i < 4; i++ {
		d := digits[i]
		switch {
		case i == 3:
			alts = append(alts, digits[:3]+"[0-"+string(d)+"]")
		case d > '0':
			alt := digits[:i] + "[0-" + string(d-1) + "]"
			switch rest := 3 - i; rest {
			case 1:
				alt += "[0-9]"
			default:
				alt += "[0-9]{" + strconv.Itoa(rest) + "}"
			}
			alts = append(alts, alt)
		}
	}
	return "(?:" + strings.Join(alts, "|") + ")"
}

// applyBounds sets the numeric bounds the store checks on plain number
// fields of the register files (riskassess/store's checker), so that an
// editor flags what validate refuses: every review interval is 1 to
// riskassess.MaxReviewMonths months (low: 240 is refused, as in
// riskassess.CheckOrganisation), and questionnaire.reply_within_days and
// public_lists.max_age_months are at least 1 (a 0 written out would read
// as left out, the default, and a negative count is refused; the store
// has no upper bound for them). A field left out takes the default. A
// service's sla.availability is a percentage above 1 and at most 100 (a
// fraction such as 0.999, a 0 written out for "no guarantee", 999 for
// 99.9 are refused; left out, it is not recorded). A corporate_number
// (the contractor's, a service provider's) has the form of
// fieldrule.CorporateNumberPattern and ismap.number that of
// fieldrule.ISMAPNumberPattern.
func applyBounds(s *jsonschema.Schema) {
	// The forms the store checks with riskassess/fieldrule: a corporate
	// number of 13 digits (its check digit is not a pattern) and an ISMAP
	// registration number.
	for _, f := range []struct{ def, field, pattern string }{
		{"", "corporate_number", fieldrule.CorporateNumberPattern},
		{"Provider", "corporate_number", fieldrule.CorporateNumberPattern},
		{"ISMAP", "number", fieldrule.ISMAPNumberPattern},
	} {
		d := s
		if f.def != "" {
			d = s.Definitions[f.def]
		}
		if d == nil || d.Properties == nil {
			continue
		}
		if p, ok := d.Properties.Get(f.field); ok && p != nil {
			p.Pattern = f.pattern
		}
	}
	if sla := s.Definitions["SLA"]; sla != nil {
		if p, ok := sla.Properties.Get("availability"); ok && p != nil {
			p.ExclusiveMinimum = json.Number("1")
			p.Maximum = json.Number("100")
		}
	}
	if ri := s.Definitions["ReviewIntervals"]; ri != nil {
		for p := ri.Properties.Oldest(); p != nil; p = p.Next() {
			p.Value.Minimum = json.Number("1")
			p.Value.Maximum = json.Number(strconv.Itoa(riskassess.MaxReviewMonths))
		}
	}
	// A requirement's weight: 0 (by severity) to riskassess.MaxWeight.
	for _, def := range []string{"RequirementOverride", "CustomRequirement"} {
		if d := s.Definitions[def]; d != nil {
			if p, ok := d.Properties.Get("weight"); ok && p != nil {
				p.Minimum = json.Number("0")
				p.Maximum = json.Number(strconv.Itoa(riskassess.MaxWeight))
			}
		}
	}
	for _, f := range []struct{ def, field string }{
		{"QuestionnaireSettings", "reply_within_days"},
		{"PublicListSettings", "max_age_months"},
	} {
		if d := s.Definitions[f.def]; d != nil {
			if p, ok := d.Properties.Get(f.field); ok && p != nil {
				p.Minimum = json.Number("1")
			}
		}
	}
}

// requiredInJSONOrder orders the required fields of def as the keys of
// v's JSON. A riskassess.Finding embeds its *FindingSpec, whose fields the
// reflector lists before the finding's own, while Finding.MarshalJSON
// writes them in their places among them: the schema lists them as the
// JSON has them.
func requiredInJSONOrder(def *jsonschema.Schema, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	var keys []string
	dec := json.NewDecoder(bytes.NewReader(b))
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case json.Delim:
			if t == '{' || t == '[' {
				depth++
			} else {
				depth--
			}
		case string:
			// A key of the top object: its value follows (skipped when
			// it is a string; an object or array is walked with depth).
			if depth == 1 {
				keys = append(keys, t)
				if v, err := dec.Token(); err == nil {
					if d, ok := v.(json.Delim); ok && (d == '{' || d == '[') {
						depth++
					}
				}
			}
		}
	}
	for _, r := range def.Required {
		if !slices.Contains(keys, r) {
			return fmt.Errorf("schemagen: required field %q is not in the JSON of %T", r, v)
		}
	}
	slices.SortStableFunc(def.Required, func(a, b string) int {
		return slices.Index(keys, a) - slices.Index(keys, b)
	})
	return nil
}

// mapType gives the schema of types that are not plain structs: dates as
// ISO strings, enum types as string enums.
func mapType(t reflect.Type) *jsonschema.Schema {
	if t == dateType {
		return &jsonschema.Schema{Type: "string", Format: "date"}
	}
	if t == countsType {
		// Its JSON is that of a map of outcomes to numbers
		// (OutcomeCounts.MarshalJSON), as Assessment.Counts was.
		return &jsonschema.Schema{Type: "object", AdditionalProperties: &jsonschema.Schema{Type: "integer"}}
	}
	if t.Kind() == reflect.String && t.Implements(enumType) {
		e := reflect.Zero(t).Interface().(riskassess.Enum)
		var enum []any
		for _, a := range e.Allowed() {
			enum = append(enum, a)
		}
		return &jsonschema.Schema{Type: "string", Enum: enum}
	}
	return nil
}

func key(t reflect.Type, field string) string {
	if field == "" {
		return t.Name()
	}
	return t.Name() + "." + field
}

// describe returns "Japanese / English" for a type (field "") or a field.
// The Japanese comes from the descriptions map; the English from the Go doc
// comment or else from the map. ok is false when either half is missing for
// a field or a riskassess type.
func describe(t reflect.Type, field string, comments map[string]string) (string, bool) {
	if !slices.Contains(modelPkgs, t.PkgPath()) {
		return "", true
	}
	k := key(t, field)
	d, ok := descriptions[k]
	en := comments[k]
	if en == "" {
		en = d.en
	}
	if !ok || d.ja == "" || en == "" {
		return "", false
	}
	return d.ja + " / " + en, true
}

// sourceDir returns the riskassess source folder next to this file.
func sourceDir() (string, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", fmt.Errorf("schemagen: cannot locate the source tree")
	}
	dir := filepath.Join(filepath.Dir(file), "..", "..", "riskassess")
	if _, err := os.Stat(filepath.Join(dir, "register.go")); err != nil {
		return "", fmt.Errorf("schemagen: riskassess source not found (run from a checkout of the repository): %w", err)
	}
	return dir, nil
}

// goComments reads the doc comments of the packages of modelDirs (each
// folder only, not its sub-packages; test files skipped) into a map keyed
// "Type" and "Type.Field", as jsonschema.Reflector.AddGoComments does.
// A type's comment is reduced to its first sentence.
func goComments() (map[string]string, error) {
	dir, err := sourceDir()
	if err != nil {
		return nil, err
	}
	var files []string
	for _, sub := range modelDirs {
		fs, err := filepath.Glob(filepath.Join(dir, sub, "*.go"))
		if err != nil {
			return nil, err
		}
		sort.Strings(fs)
		files = append(files, fs...)
	}
	fset := token.NewFileSet()
	out := make(map[string]string)
	var pkg doc.Package
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return nil, fmt.Errorf("schemagen: %w", err)
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				ts := spec.(*ast.TypeSpec)
				if !ts.Name.IsExported() {
					continue
				}
				txt := ts.Doc.Text()
				if txt == "" {
					txt = gd.Doc.Text()
				}
				if s := pkg.Synopsis(txt); s != "" {
					out[ts.Name.Name] = s
				}
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					continue
				}
				for _, fld := range st.Fields.List {
					txt := fld.Doc.Text()
					if txt == "" {
						txt = fld.Comment.Text()
					}
					txt = strings.Join(strings.Fields(txt), " ")
					for _, n := range fld.Names {
						if n.IsExported() && txt != "" {
							out[ts.Name.Name+"."+n.Name] = txt
						}
					}
				}
			}
		}
	}
	return out, nil
}

// Write generates the schemas into dir, creating it if needed.
func Write(dir string) error {
	files, err := Generate()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
