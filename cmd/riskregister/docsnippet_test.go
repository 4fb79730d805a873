package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// yamlBlock is a fenced ```yaml block of a Markdown file.
var yamlBlock = regexp.MustCompile("(?ms)^[ \\t]*```yaml[ \\t]*\\n(.*?)^[ \\t]*```")

// TestDocsYAMLSnippetsValidate: every YAML snippet of README.md and the
// guides in docs/ that a member of staff would copy into register.yaml or
// into an entry (residual_matrix, public_lists, approval …) is accepted by
// validate when put into the example register, so that a snippet cannot
// drift from the schema unseen. A snippet is put in place of the keys it
// names: register.yaml's when all its keys are register.yaml fields, else
// a contractor's when all are contractor fields. docs/errors.md shows wrong
// YAML on purpose and is left out.
func TestDocsYAMLSnippetsValidate(t *testing.T) {
	fields := func(kind string) map[string]bool {
		b, err := os.ReadFile(filepath.Join("../../schemas", kind+".schema.json"))
		if err != nil {
			t.Fatal(err)
		}
		var s struct{ Properties map[string]any }
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for k := range s.Properties {
			out[k] = true
		}
		return out
	}
	targets := []struct {
		file   string
		fields map[string]bool
	}{
		{"register.yaml", fields("register")},
		{"contractors/fuda-data-entry.yaml", fields("contractor")},
	}
	files, _ := filepath.Glob("../../docs/*.md")
	files = append(files, "../../README.md")
	checked := 0
	for _, file := range files {
		if filepath.Base(file) == "errors.md" {
			continue
		}
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range yamlBlock.FindAllStringSubmatch(string(b), -1) {
			var doc yaml.Node
			if yaml.Unmarshal([]byte(m[1]), &doc) != nil || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
				continue
			}
			snippet := doc.Content[0]
			for _, tg := range targets {
				if !allKeysIn(snippet, tg.fields) {
					continue
				}
				checked++
				t.Logf("%s: %s snippet %q", file, tg.file, strings.SplitN(m[1], "\n", 2)[0])
				dir := copyExample(t)
				path := filepath.Join(dir, filepath.FromSlash(tg.file))
				if err := replaceKeys(path, snippet); err != nil {
					t.Fatal(err)
				}
				if code, _, errOut := execCLI(t, "validate", "--register", dir); code != 0 {
					first, _, _ := strings.Cut(m[1], "\n")
					t.Errorf("%s: the snippet starting %q, put into %s, is refused:\n%s", file, first, tg.file, errOut)
				}
				break
			}
		}
	}
	if checked < 3 {
		t.Errorf("only %d YAML snippets of register.yaml or an entry found in the docs; is the scanner broken?", checked)
	}
}

// allKeysIn says whether every key of the mapping m is in fields.
func allKeysIn(m *yaml.Node, fields map[string]bool) bool {
	for i := 0; i < len(m.Content); i += 2 {
		if !fields[m.Content[i].Value] {
			return false
		}
	}
	return len(m.Content) > 0
}

// replaceKeys sets the keys of snippet in the YAML mapping file at path,
// replacing a key it has and appending one it has not.
func replaceKeys(path string, snippet *yaml.Node) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return err
	}
	m := doc.Content[0]
	for i := 0; i < len(snippet.Content); i += 2 {
		k, v := snippet.Content[i], snippet.Content[i+1]
		found := false
		for j := 0; j < len(m.Content); j += 2 {
			if m.Content[j].Value == k.Value {
				m.Content[j+1], found = v, true
			}
		}
		if !found {
			m.Content = append(m.Content, k, v)
		}
	}
	out, err := yaml.Marshal(&doc)
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o644)
}
