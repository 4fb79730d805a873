package riskassess

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// unlabelled lists the enum types whose values have no labels.
var unlabelled = []string{"AnswerType"}

// enumSource reads the package source (tests left out) and returns the
// types with an Allowed method and, per type name, the string values of
// its typed constants by constant name.
func enumSource(t *testing.T) (types []string, consts map[string]map[string]string) {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	consts = map[string]map[string]string{}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv != nil && d.Name.Name == "Allowed" {
					types = append(types, d.Recv.List[0].Type.(*ast.Ident).Name)
				}
			case *ast.GenDecl:
				if d.Tok != token.CONST {
					continue
				}
				for _, spec := range d.Specs {
					vs := spec.(*ast.ValueSpec)
					typ, ok := vs.Type.(*ast.Ident)
					if !ok {
						continue
					}
					for i, name := range vs.Names {
						lit, ok := vs.Values[i].(*ast.BasicLit)
						if !ok || lit.Kind != token.STRING {
							continue
						}
						v, _ := strconv.Unquote(lit.Value)
						if consts[typ.Name] == nil {
							consts[typ.Name] = map[string]string{}
						}
						consts[typ.Name][name.Name] = v
					}
				}
			}
		}
	}
	slices.Sort(types)
	return types, consts
}

// typeName returns the name of e's type without the package.
func typeName(e Enum) string {
	_, name, _ := strings.Cut(fmt.Sprintf("%T", e), ".")
	return name
}

// TestEnumTables ties each enum type's one declaration (its enumTable) to
// the rest: every type with an Allowed method has exactly one table; the
// table holds exactly the values of the type's constants, each once;
// Allowed and Valid come from it; and every value has both labels (except
// the types listed in unlabelled, whose values have none), which Label
// returns.
func TestEnumTables(t *testing.T) {
	types, consts := enumSource(t)
	var tables []string
	for _, tab := range enumTables {
		tables = append(tables, typeName(tab.value("")))
	}
	slices.Sort(tables)
	if diff := cmp.Diff(types, tables); diff != "" {
		t.Errorf("types with an Allowed method (-) and enum tables (+) differ: declare each type once with newEnum\n%s", diff)
	}
	for _, tab := range enumTables {
		zero := tab.value("")
		name := typeName(zero)
		allowed := zero.Allowed()
		if diff := cmp.Diff(tab.allowed(), allowed); diff != "" {
			t.Errorf("%s.Allowed is not its table (-table +Allowed):\n%s", name, diff)
		}
		var constValues []string
		for _, v := range consts[name] {
			constValues = append(constValues, v)
		}
		slices.Sort(constValues)
		sorted := slices.Sorted(slices.Values(allowed))
		if diff := cmp.Diff(constValues, sorted); diff != "" {
			t.Errorf("%s: the constants' values (-) and the table's (+) differ:\n%s", name, diff)
		}
		if len(slices.Compact(sorted)) != len(allowed) {
			t.Errorf("%s: a value is declared twice: %q", name, allowed)
		}
		if zero.Valid() {
			t.Errorf("%s(\"\").Valid() = true", name)
		}
		if e := tab.value("no-such-value"); e.Valid() {
			t.Errorf("%s(%q).Valid() = true", name, "no-such-value")
		}
		wantLabels := !slices.Contains(unlabelled, name)
		for _, a := range allowed {
			e := tab.value(a)
			if !e.Valid() {
				t.Errorf("%s(%q).Valid() = false", name, a)
			}
			ja, en := tab.labels(a)
			if wantLabels && (ja == "" || en == "") {
				t.Errorf("%s(%q): labels %q, %q; want both Japanese and English", name, a, ja, en)
			}
			if !wantLabels && (ja != "" || en != "") {
				t.Errorf("%s(%q): labels %q, %q on a type listed as unlabelled", name, a, ja, en)
			}
			if l, ok := e.(interface{ Label(string) string }); ok {
				if got := l.Label("ja"); got != ja {
					t.Errorf("%s(%q).Label(ja) = %q, want %q", name, a, got, ja)
				}
				if got := l.Label("en"); got != en {
					t.Errorf("%s(%q).Label(en) = %q, want %q", name, a, got, en)
				}
			}
		}
		if l, ok := tab.value("no-such-value").(interface{ Label(string) string }); ok {
			if got := l.Label("en"); got != "no-such-value" {
				t.Errorf("%s(%q).Label(en) = %q, want the value itself", name, "no-such-value", got)
			}
		}
	}
}

// TestEnumLists checks the exported lists of values against the tables:
// Outcomes is in display order but holds every outcome once.
func TestEnumLists(t *testing.T) {
	for _, tt := range []struct {
		name      string
		got, want []string
		anyOrder  bool
	}{
		{"Kinds", strs(Kinds()), Kind("").Allowed(), false},
		{"RiskLevels", strs(RiskLevels()), RiskLevel("").Allowed(), false},
		{"Attesters", strs(Attesters()), Attester("").Allowed(), false},
		{"Outcomes", strs(Outcomes()), Outcome("").Allowed(), true},
	} {
		got, want := tt.got, tt.want
		if tt.anyOrder {
			got, want = slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-Allowed +list):\n%s", tt.name, diff)
		}
	}
}

func strs[E ~string](es []E) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = string(e)
	}
	return out
}

// TestListsAndDefaultsAreFresh: the enum lists and the defaults are
// functions returning new values, so that a caller changing what it got
// cannot change what the package or another caller sees.
func TestListsAndDefaultsAreFresh(t *testing.T) {
	k, l, o, a := Kinds(), RiskLevels(), Outcomes(), Attesters()
	k[0], l[0], o[0], a[0] = "x", "x", "x", "x"
	if Kinds()[0] != KindContractor || RiskLevels()[0] != RiskLow || Outcomes()[0] != OutcomeNotMet || Attesters()[0] == "x" {
		t.Errorf("a changed copy leaked: %v %v %v %v", Kinds(), RiskLevels(), Outcomes(), Attesters())
	}
	if got := Count([]Finding{{Outcome: OutcomeNotMet}}); len(got) != 5 || got[OutcomeNotMet] != 1 || got["x"] != 0 {
		t.Errorf("Count after a caller changed its Outcomes copy: %v", got)
	}
	if RiskLow.Rank() != 1 {
		t.Errorf("RiskLow.Rank() = %d after a caller changed its RiskLevels copy", RiskLow.Rank())
	}
	m, th, ri := DefaultMatrix(), DefaultInherentThresholds(), DefaultReviewIntervals()
	m.Cells[0][0], th.Medium, ri.Low = RiskCritical, 99, 99
	if DefaultMatrix().Cells[0][0] != RiskLow || DefaultInherentThresholds().Medium != 3 || DefaultReviewIntervals().Low != 24 {
		t.Error("a changed default leaked into the next call")
	}
}
