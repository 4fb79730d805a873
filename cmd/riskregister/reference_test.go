package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/schemas"
	"github.com/google/go-cmp/cmp"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

var update = flag.Bool("update", false, "rewrite docs/reference.md from the command tree and the schemas")

// referencePath is docs/reference.md, from the package folder.
const referencePath = "../../docs/reference.md"

// regenerate is the one command that rewrites docs/reference.md.
const regenerate = "go test ./cmd/riskregister -run TestReferenceIsCurrent -update"

// TestReferenceIsCurrent checks that docs/reference.md is what
// referenceMarkdown makes of the command tree and the schemas; with
// -update it rewrites it.
func TestReferenceIsCurrent(t *testing.T) {
	got, err := referenceMarkdown()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(filepath.FromSlash(referencePath), got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(filepath.FromSlash(referencePath))
	if err != nil {
		t.Fatalf("%v (create it: %s)", err, regenerate)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("docs/reference.md is stale; regenerate: %s\n%s", regenerate, cmp.Diff(string(want), string(got)))
	}
}

// TestReferenceContent checks that the reference names every command and
// flag of the tree and every field of the schemas, so that a generator
// that skipped some would not pass as current.
func TestReferenceContent(t *testing.T) {
	b, err := referenceMarkdown()
	if err != nil {
		t.Fatal(err)
	}
	md := string(b)
	for _, c := range commandList(newRootCmd(&app{})) {
		if c.HasParent() && !strings.Contains(md, "### `"+c.CommandPath()+"`") {
			t.Errorf("reference lacks the command %s", c.CommandPath())
		}
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if !strings.Contains(md, "| `--"+f.Name+"`") && !strings.Contains(md, ", --"+f.Name+"`") {
				t.Errorf("reference lacks %s --%s", c.CommandPath(), f.Name)
			}
		})
	}
	for _, name := range []string{"register", "contractor", "service", "social"} {
		fields, err := schemaFields(name + ".schema.json")
		if err != nil {
			t.Fatal(err)
		}
		if len(fields) < 10 {
			t.Errorf("%s: only %d fields", name, len(fields))
		}
		for _, f := range fields {
			if !strings.Contains(md, "| `"+f.path+"` |") {
				t.Errorf("reference lacks the field %s of %s", f.path, name)
			}
		}
	}
	for _, want := range []string{"`contracts[].clauses[].requirement`", "`approval.signatures[].position`", "`sections[].id`"} {
		if !strings.Contains(md, want) {
			t.Errorf("reference lacks %s", want)
		}
	}
}

// commandList returns the commands under root that a user runs, in the
// order of the help (cobra sorts them by name), the root first.
func commandList(root *cobra.Command) []*cobra.Command {
	var out []*cobra.Command
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Hidden || c.Name() == "help" || c.Name() == "completion" {
			return
		}
		out = append(out, c)
		for _, s := range c.Commands() {
			walk(s)
		}
	}
	walk(root)
	return out
}

// referenceMarkdown returns docs/reference.md: every command with its
// usage, description, examples and flags (from the cobra command tree),
// then every field of each register file (from schemas/*.schema.json).
func referenceMarkdown() ([]byte, error) {
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	root := newRootCmd(&app{})
	p("# コマンド・フラグ・YAML 項目の一覧 / Reference of commands, flags and YAML fields\n\n")
	p("<!-- Generated from the command tree and schemas/*.schema.json; do not edit. Regenerate: %s -->\n\n", regenerate)
	p("このページはコードから生成しています。使い方の手引きは [staff-guide.md](staff-guide.md)（職員向け）、")
	p("[vendor-guide.md](vendor-guide.md)（事業者向け）、[developer-guide.md](developer-guide.md)（開発者向け）を見てください。\n")
	p("This page is generated from the code. For how to use the tool see the staff, vendor and developer guides linked above.\n\n")
	p("## 目次 / Contents\n\n")
	cmds := commandList(root)
	for _, c := range cmds {
		p("- [`%s`](#%s) — %s\n", c.CommandPath(), anchorOf(c.CommandPath()), c.Short)
	}
	p("- [YAML 項目 / YAML fields](#yaml-fields)\n\n")

	p("## 共通のフラグ / Global flags\n\n")
	flagTable(&b, root.PersistentFlags())
	p("\n表示の言語は `--lang` だけで決まり、環境変数 `LANG` は見ません。終了コード: 0 正常、1 台帳の誤り・検査の不合格・失敗、2 使い方の誤り。\n")
	p("The language is set by `--lang` alone (`LANG` is ignored). Exit status: 0 success, 1 invalid register / failed check / failure, 2 usage error.\n\n")

	p("## コマンド / Commands\n\n")
	for _, c := range cmds[1:] {
		p("<a id=\"%s\"></a>\n\n### `%s`\n\n%s\n\n", anchorOf(c.CommandPath()), c.CommandPath(), c.Short)
		p("```\n%s\n```\n\n", c.UseLine())
		if c.Long != "" {
			p("```text\n%s\n```\n\n", strings.TrimSpace(c.Long))
		}
		if c.Example != "" {
			p("例 / Examples:\n\n```sh\n%s\n```\n\n", strings.TrimRight(c.Example, "\n"))
		}
		if c.HasAvailableLocalFlags() {
			flagTable(&b, c.LocalFlags())
			p("\n")
		}
	}

	p("<a id=\"yaml-fields\"></a>\n\n## YAML 項目 / YAML fields\n\n")
	p("台帳の各ファイルの項目です（`schemas/*.schema.json` から生成）。`[]` は並び（リスト）、`<ID>` は任意のキーの対応表です。")
	p("エディタは同じスキーマで補完と検査をします。最終的な判定は `riskregister validate` です。\n")
	p("The fields of each register file, generated from `schemas/*.schema.json`. `[]` marks a list, `<ID>` a map with keys of your choice. ")
	p("Editors complete and check with the same schemas; `riskregister validate` has the last word.\n\n")
	for _, f := range []struct{ file, title string }{
		{"register.schema.json", "register.yaml（組織 / organisation）"},
		{"contractor.schema.json", "contractors/ID.yaml（委託事業者 / contractor）"},
		{"service.schema.json", "services/ID.yaml（外部サービス / external service）"},
		{"social.schema.json", "social/ID.yaml（SNS アカウント / social-media account）"},
		{"export.schema.json", "export --format json（JSON の書き出し / JSON export）"},
	} {
		fields, err := schemaFields(f.file)
		if err != nil {
			return nil, err
		}
		p("### %s\n\n", f.title)
		p("| 項目 / field | 型 / type | 必須 / required | 説明 / description |\n|---|---|---|---|\n")
		for _, fl := range fields {
			req := ""
			if fl.required {
				req = "✓"
			}
			p("| `%s` | %s | %s | %s |\n", fl.path, cell(fl.typ), req, cell(fl.desc))
		}
		p("\n")
	}
	return b.Bytes(), nil
}

// anchorOf is the HTML anchor of a command path.
func anchorOf(path string) string { return "cmd-" + strings.ReplaceAll(path, " ", "-") }

// flagTable writes the flags of fs as a Markdown table.
func flagTable(b *bytes.Buffer, fs *pflag.FlagSet) {
	b.WriteString("| フラグ / flag | 型 / type | 既定 / default | 説明 / description |\n|---|---|---|---|\n")
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" {
			return
		}
		name := "`--" + f.Name + "`"
		if f.Shorthand != "" {
			name = "`-" + f.Shorthand + ", --" + f.Name + "`"
		}
		def := f.DefValue
		if def == "" || def == "[]" {
			def = "—"
		} else {
			def = "`" + def + "`"
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", name, f.Value.Type(), def, cell(f.Usage))
	})
}

// cell makes s fit a Markdown table cell.
func cell(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "\n", " ")
	return strings.ReplaceAll(s, "|", `\|`)
}

// field is one field of a register file.
type field struct {
	path, typ, desc string
	required        bool
}

// schemaFields returns every field of the schema file name in schemas/,
// depth first in the order of the schema (properties sorted by name), with
// paths such as contracts[].clauses[].requirement.
func schemaFields(name string) ([]field, error) {
	raw, err := fs.ReadFile(schemas.FS, name)
	if err != nil {
		return nil, err
	}
	var root map[string]any
	if err := json.Unmarshal(raw, &root); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defs, _ := root["$defs"].(map[string]any)
	var out []field
	var walk func(node map[string]any, prefix string, stack []string)
	walk = func(node map[string]any, prefix string, stack []string) {
		props, _ := node["properties"].(map[string]any)
		required := map[string]bool{}
		if rs, ok := node["required"].([]any); ok {
			for _, r := range rs {
				required[fmt.Sprint(r)] = true
			}
		}
		keys := make([]string, 0, len(props))
		for k := range props {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			prop, _ := props[k].(map[string]any)
			path := prefix + k
			desc, _ := prop["description"].(string)
			target, suffix, ref := resolve(prop, defs)
			if desc == "" {
				desc, _ = target["description"].(string)
			}
			out = append(out, field{path: path, typ: typeOf(prop, target), desc: desc, required: required[k]})
			if ref != "" && slices.Contains(stack, ref) {
				continue // a recursive type: its fields are listed above
			}
			if _, ok := target["properties"]; ok {
				walk(target, path+suffix+".", append(stack, ref))
			}
		}
	}
	walk(root, "", nil)
	return out, nil
}

// resolve follows prop through arrays, maps and $ref to the schema of its
// elements; suffix is "[]" for a list, ".<ID>" for a map, ref the name of
// the definition reached ("" for none).
func resolve(prop map[string]any, defs map[string]any) (target map[string]any, suffix, ref string) {
	target = prop
	for range 4 {
		switch {
		case target["$ref"] != nil:
			ref = strings.TrimPrefix(fmt.Sprint(target["$ref"]), "#/$defs/")
			d, _ := defs[ref].(map[string]any)
			target = d
		case target["items"] != nil:
			suffix += "[]"
			target, _ = target["items"].(map[string]any)
		case isMap(target):
			suffix += ".<ID>"
			target, _ = target["additionalProperties"].(map[string]any)
		default:
			return target, suffix, ref
		}
		if target == nil {
			return map[string]any{}, suffix, ref
		}
	}
	return target, suffix, ref
}

// isMap reports whether schema s is an object with free keys.
func isMap(s map[string]any) bool {
	_, ok := s["additionalProperties"].(map[string]any)
	return ok && s["properties"] == nil
}

// typeOf describes the type of prop (whose elements are target): "string",
// "date", "list of object", "one of: a, b".
func typeOf(prop, target map[string]any) string {
	base := func(s map[string]any) string {
		if e, ok := s["enum"].([]any); ok {
			vals := make([]string, len(e))
			for i, v := range e {
				vals[i] = "`" + fmt.Sprint(v) + "`"
			}
			return strings.Join(vals, " ")
		}
		if f, ok := s["format"].(string); ok {
			return f
		}
		if t, ok := s["type"].(string); ok {
			return t
		}
		if _, ok := s["properties"]; ok {
			return "object"
		}
		return "any"
	}
	switch {
	case prop["items"] != nil:
		return "list of " + base(target)
	case isMap(prop):
		return "map of " + base(target)
	}
	return base(target)
}

// docCommand matches a command line "riskregister CMD …" at the start of a
// code segment (a line of a code block, an inline code span), after a
// list mark, "run:", "$ ", "go run ./cmd/" or a shell separator; an
// error message quoted in a code block ("another riskregister command is
// …") is not a command line.
var (
	docCommand = regexp.MustCompile(`(?:^\s*(?:[-*]\s+)?(?:run:\s*)?(?:\$\s*)?|[;&|]\s*)(?:go run \./cmd/|\./)?riskregister(?:\s+--lang[=\s]\S+)?\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)((?:\s+[^\s;&|]+)*)`)
	docFlag    = regexp.MustCompile(`(?:^|\s)(--[a-z][a-z0-9-]*|-[a-zA-Z])(?:[=\s]|$)`)
	inlineCode = regexp.MustCompile("`[^`\n]+`")
)

// TestDocsNameRealCommandsAndFlags scans README.md and docs/*.md for
// command lines ("riskregister CMD --flag …" in code blocks and inline
// code) and checks that each command exists and has each flag named after
// it, so that the guides cannot teach a command or flag the tool does not
// have.
func TestDocsNameRealCommandsAndFlags(t *testing.T) {
	files, _ := filepath.Glob("../../docs/*.md")
	files = append(files, "../../README.md")
	root := newRootCmd(&app{})
	checked := 0
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for i, segs := range codeLines(string(b)) {
			for _, seg := range segs {
				n, problems := checkDocLine(root, seg)
				checked += n
				for _, p := range problems {
					t.Errorf("%s:%d: %s", file, i+1, p)
				}
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d command lines found in the docs; is the scanner broken?", checked)
	}
}

// checkDocLine checks the command lines in line against the command tree
// under root: it returns how many it found and what is wrong with them
// (an unknown command, a flag the command does not have).
func checkDocLine(root *cobra.Command, line string) (n int, problems []string) {
	for _, m := range docCommand.FindAllStringSubmatch(line, -1) {
		n++
		cmd, rest, err := root.Find(strings.Fields(m[1]))
		if err != nil || cmd == root || (len(rest) > 0 && cmd.HasAvailableSubCommands()) {
			problems = append(problems, fmt.Sprintf("%q: no command riskregister %s", strings.TrimSpace(m[0]), m[1]))
			continue
		}
		for _, fm := range docFlag.FindAllStringSubmatch(strings.Join(rest, " ")+" "+m[2], -1) {
			name := fm[1]
			var f *pflag.Flag
			if strings.HasPrefix(name, "--") {
				if f = cmd.Flags().Lookup(name[2:]); f == nil {
					f = cmd.InheritedFlags().Lookup(name[2:])
				}
			} else {
				f = cmd.Flags().ShorthandLookup(name[1:])
			}
			if f == nil && name != "--help" && name != "-h" {
				problems = append(problems, fmt.Sprintf("%s has no flag %s (in %q)", cmd.CommandPath(), name, strings.TrimSpace(m[0])))
			}
		}
	}
	return n, problems
}

// codeLines returns the code segments of each line of a Markdown text:
// the whole line inside a fenced block, else the text of each inline code
// span; the index is the line number - 1.
func codeLines(md string) [][]string {
	lines := strings.Split(md, "\n")
	out := make([][]string, len(lines))
	fenced := false
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			fenced = !fenced
			continue
		}
		if fenced {
			out[i] = []string{l}
			continue
		}
		for _, span := range inlineCode.FindAllString(l, -1) {
			out[i] = append(out[i], strings.Trim(span, "`"))
		}
	}
	return out
}

// TestDocsScannerCatches checks checkDocLine on lines it must catch and
// lines it must pass.
func TestDocsScannerCatches(t *testing.T) {
	root := newRootCmd(&app{})
	tests := []struct {
		line string
		ok   bool
	}{
		{"riskregister validate --register .", true},
		{"riskregister valdate --register .", false},
		{"riskregister check --fail-on critical --strict", false},
		{"riskregister build -o public", true},
		{"riskregister build -x public", false},
		{"riskregister init my-register", true},
		{"riskregister --lang en version", true},
		{"riskregister --lang en versoin", false},
		{"$ riskregister due --within 90d", true},
		{"      - run: riskregister check --register . --fail-on critical", true},
		{"set -e; riskregister validate --regster .", false},
		{"go run ./cmd/riskregister build --register examples/chofu-gikai -o public", true},
		{"go run ./cmd/riskregister build --registr examples/chofu-gikai", false},
	}
	for _, tc := range tests {
		n, problems := checkDocLine(root, tc.line)
		if n != 1 || (len(problems) == 0) != tc.ok {
			t.Errorf("%q: %d lines, problems %q; want ok = %v", tc.line, n, problems, tc.ok)
		}
	}
}
