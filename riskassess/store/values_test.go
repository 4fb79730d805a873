package store

import (
	"errors"
	"os"
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

// valueCases reads testdata/values.tsv: every closed-vocabulary field of
// the register files, the country of a data location, dates, control
// characters and links, with the spellings issue 9 names: Japanese labels,
// common spellings, 和暦 and full-width dates, days that do not exist.
// riskassess/load reads the same file for its own table.
func valueCases(t testing.TB) []valueCase {
	t.Helper()
	b, err := os.ReadFile("testdata/values.tsv")
	if err != nil {
		t.Fatal(err)
	}
	unesc := strings.NewReplacer(`\\`, `\`, `\n`, "\n", `\t`, "\t")
	var out []valueCase
	for i, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			t.Fatalf("testdata/values.tsv:%d: %d fields, want 7", i+1, len(f))
		}
		c := valueCase{field: f[0], file: f[1], yaml: unesc.Replace(f[2]), value: f[3], code: Code(f[4]), repl: f[5], msg: f[6]}
		if c.repl == "-" {
			c.repl = ""
		}
		if c.msg == "-" {
			c.msg = ""
		}
		out = append(out, c)
	}
	return out
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
	for _, tt := range valueCases(t) {
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
				if (tt.code == CodeBadEnum || tt.code == CodeBadDate) && !strings.Contains(m, tt.value) || tt.repl != "" && !strings.Contains(m, tt.repl) {
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
	for _, c := range valueCases(t) {
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

// TestLeadingZeroNumbers: a number typed with leading zeros is read in
// decimal, as YAML 1.2 and the schemas read it. yaml.v3 read it as octal
// (YAML 1.1): review_intervals medium: 012 gave reviews every 10 months and
// reply_within_days: 021 a deadline 17 days off, without an error; 09 was
// refused as a number that is not whole. A quoted "012" stays a string,
// refused where a number is wanted.
func TestLeadingZeroNumbers(t *testing.T) {
	reg, err := Load(writeTxtar(t, registerYAML+`review_intervals: {low: 024, medium: 012, high: 06, critical: 02}
questionnaire: {reply_within_days: 021}
requirements:
  override:
    - {id: OUT-31, weight: 010}
residual_matrix:
  bands: [080, 060, 040]
  low: [low, low, medium, medium]
  medium: [low, medium, medium, high]
  high: [medium, medium, high, critical]
  critical: [medium, high, critical, critical]
`))
	if err != nil {
		t.Fatal(err)
	}
	type got struct {
		Intervals riskassess.ReviewIntervals
		Days      int
		Weight    float64
		Bands     []float64
	}
	want := got{riskassess.ReviewIntervals{Low: 24, Medium: 12, High: 6, Critical: 2}, 21, 10, []float64{80, 60, 40}}
	o := reg.Org
	g := got{o.ReviewIntervals, o.Questionnaire.ReplyWithinDays, o.Requirements.Override[0].Weight, o.ResidualMatrix.Bands[:]}
	if d := cmp.Diff(want, g); d != "" {
		t.Errorf("numbers with leading zeros (-want +got):\n%s", d)
	}

	reg, err = Load(writeTxtar(t, registerYAML+"review_intervals: {high: 09}\n"))
	if err != nil || reg.Org.ReviewIntervals.High != 9 {
		t.Errorf("high: 09: %v, %+v; want 9", err, reg)
	}

	_, err = Load(writeTxtar(t, registerYAML+"questionnaire: {reply_within_days: \"021\"}\n"))
	var es Errors
	if !errors.As(err, &es) || len(es) != 1 || es[0].Code != CodeWrongType {
		t.Errorf("quoted \"021\": %v; want one %s", err, CodeWrongType)
	}
}

// TestGoSyntaxNumbers: yaml.v3 reads the number forms of YAML 1.1 and Go:
// review_intervals high: 1_2 was 12 months (a slip for 12 or 2), 99_9 was
// 999, reply_within_days: 0x1e 30 days, weight: 0o17 15.
// Each is refused with the form to write; a quoted value stays a string.
func TestGoSyntaxNumbers(t *testing.T) {
	for _, tc := range []struct{ yaml, path string }{
		{"review_intervals: {high: 1_2}\n", "review_intervals.high"},
		{"questionnaire: {reply_within_days: 0x1e}\n", "questionnaire.reply_within_days"},
		{"questionnaire: {reply_within_days: 0b11}\n", "questionnaire.reply_within_days"},
		{"requirements: {override: [{id: OUT-31, weight: 9_9.9}]}\n", "requirements.override[0].weight"},
		{"requirements: {override: [{id: OUT-31, weight: 0o17}]}\n", "requirements.override[0].weight"},
		{"review_intervals: {high: 1_000}\n", "review_intervals.high"},
	} {
		_, err := Load(writeTxtar(t, registerYAML+tc.yaml))
		var es Errors
		if !errors.As(err, &es) || len(es) != 1 || es[0].Code != CodeWrongType || es[0].Path != tc.path ||
			!strings.Contains(es[0].Msg, "decimal digits with a dot only") {
			t.Errorf("%s: %v; want one %s at %s", strings.TrimSpace(tc.yaml), err, CodeWrongType, tc.path)
		}
	}
	reg, err := Load(writeTxtar(t, registerYAML+"review_intervals: {high: +6}\nrequirements: {override: [{id: OUT-31, weight: 1e1}]}\n"))
	if err != nil || reg.Org.ReviewIntervals.High != 6 || reg.Org.Requirements.Override[0].Weight != 10 {
		t.Errorf("+6, 1e1: %v", err)
	}
}
