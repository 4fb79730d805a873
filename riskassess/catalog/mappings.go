package catalog

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/foreign"
	"go.yaml.in/yaml/v3"
)

// The mappings of foreign questionnaires (CSA CAIQ, EDUCAUSE HECVAT) to the
// catalogue are data kept with it: one YAML file per questionnaire and
// version range under mappings/, embedded, checked by the package's tests
// (foreign.Mapping.Check) and listed in generated docs.

//go:embed mappings/*.yaml
var mappingFiles embed.FS

var (
	mappingsOnce   sync.Once
	mappingsLoaded []foreign.Mapping
	mappingsErr    error
)

// Mappings returns the built-in mappings of foreign questionnaires, in
// file-name order: CSA CAIQ v4.0.x, HECVAT 4.x, HECVAT Full 3.x and
// HECVAT Lite 3.x. Each call returns a fresh copy. It panics if the
// embedded files do not decode, which the package's tests rule out.
func Mappings() []foreign.Mapping {
	mappingsOnce.Do(func() {
		names, err := fs.Glob(mappingFiles, "mappings/*.yaml")
		if err != nil {
			mappingsErr = err
			return
		}
		slices.Sort(names)
		for _, n := range names {
			data, err := mappingFiles.ReadFile(n)
			if err != nil {
				mappingsErr = err
				return
			}
			m, err := ParseMapping("riskassess/catalog/"+n, data)
			if err != nil {
				mappingsErr = err
				return
			}
			mappingsLoaded = append(mappingsLoaded, m)
		}
	})
	if mappingsErr != nil {
		panic(mappingsErr)
	}
	out := make([]foreign.Mapping, len(mappingsLoaded))
	for i, m := range mappingsLoaded {
		m.Questions = slices.Clone(m.Questions)
		m.Links = slices.Clone(m.Links)
		m.Unmapped = slices.Clone(m.Unmapped)
		out[i] = m
	}
	return out
}

// ParseMapping decodes one mapping file: name is where it came from (for
// messages and foreign.Mapping.Source), data its YAML. Unknown fields and
// a second document are refused; the error names the file and the line.
// The result is not checked against the catalogue: see CheckMappings.
func ParseMapping(name string, data []byte) (foreign.Mapping, error) {
	var m foreign.Mapping
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&m); err != nil {
		return m, fmt.Errorf("%s: %w", name, err)
	}
	var extra any
	if err := dec.Decode(&extra); err == nil {
		return m, fmt.Errorf("%s: more than one YAML document", name)
	}
	m.Source = name
	for i := range m.Links {
		m.Links[i].Question = strings.TrimSpace(m.Links[i].Question)
		m.Links[i].Requirement = strings.TrimSpace(m.Links[i].Requirement)
	}
	return m, nil
}

// CheckMappings checks every mapping of ms against the catalogue reqs (see
// foreign.Mapping.Check) and that no two of them cover the same
// questionnaire and version range; it returns every problem, joined.
func CheckMappings(ms []foreign.Mapping, reqs []riskassess.Requirement) error {
	var errs []error
	seen := map[string]string{}
	for i := range ms {
		errs = append(errs, ms[i].Check(reqs)...)
		k := ms[i].Questionnaire + " " + ms[i].Versions
		if prev, dup := seen[k]; dup {
			errs = append(errs, fmt.Errorf("%s: %s %s is also mapped by %s", ms[i].Source, ms[i].Questionnaire, ms[i].Versions, prev))
		}
		seen[k] = ms[i].Source
	}
	return errors.Join(errs...)
}

// WithOrgMappings returns the mappings an import uses: the organisation's
// own (org, e.g. the files of the register's mappings/ folder) first, then
// the built-in ones whose questionnaire and version range no org mapping
// covers. An organisation's mapping of a range replaces the built-in one
// as a whole (copy the built-in file and edit it).
func WithOrgMappings(org, builtin []foreign.Mapping) []foreign.Mapping {
	out := slices.Clone(org)
	for _, b := range builtin {
		replaced := false
		for _, o := range org {
			if o.Questionnaire == b.Questionnaire && o.Versions == b.Versions {
				replaced = true
			}
		}
		if !replaced {
			out = append(out, b)
		}
	}
	return out
}

// MappingMarkdown renders mapping m as a Markdown document listing every
// question of m.Questions (or, without them, every linked question) with
// its links (requirement, title, strength, reason) or "not mapped" and the
// reason: the generated docs/mapping-*.md.
func MappingMarkdown(m foreign.Mapping, reqs []riskassess.Requirement) []byte {
	var b bytes.Buffer
	titles := map[string]riskassess.Text{}
	for _, r := range reqs {
		titles[r.ID] = r.Title
	}
	links := map[string][]foreign.Link{}
	var order []string
	for _, l := range m.Links {
		if _, ok := links[l.Question]; !ok {
			order = append(order, l.Question)
		}
		links[l.Question] = append(links[l.Question], l)
	}
	qs := m.Questions
	if len(qs) == 0 {
		qs = order
	}
	full, partial, evidence, mapped := 0, 0, 0, 0
	for _, q := range qs {
		if len(links[q]) > 0 {
			mapped++
		}
		for _, l := range links[q] {
			switch l.Strength {
			case riskassess.StrengthFull:
				full++
			case riskassess.StrengthPartial:
				partial++
			default:
				evidence++
			}
		}
	}
	fmt.Fprintf(&b, "# %s の対応表 / Mapping of %s\n\n", m.Name, m.Name)
	fmt.Fprintf(&b, "<!-- Generated from %s by `go test ./riskassess/catalog -run TestMappingDocs -update`; do not edit. -->\n\n", path.Base(m.Source))
	fmt.Fprintf(&b, "質問 %d 問のうち %d 問を要件に対応付けています（回答とみなす full %d 件、一部 partial %d 件、参考 evidence %d 件）。"+
		"full の回答だけが事業者の回答として記録され、partial と evidence は担当者が判断する参考として表示されます（docs/questionnaires.md）。\n\n",
		len(qs), mapped, full, partial, evidence)
	fmt.Fprintf(&b, "%d of the %d questions are linked to requirements (%d full, %d partial, %d evidence links). Only full links "+
		"record the vendor's answer; partial and evidence links are shown for a person to judge (docs/questionnaires.md).\n\n",
		mapped, len(qs), full, partial, evidence)
	b.WriteString("| 質問 / question | 要件 / requirement | 強さ / strength | 理由 / reason |\n|---|---|---|---|\n")
	for _, q := range qs {
		ls := links[q]
		if len(ls) == 0 {
			why, ok := m.UnmappedReason(q)
			reason := "—"
			if ok {
				reason = cell(why.Ja + " / " + why.En)
			}
			fmt.Fprintf(&b, "| %s | 対応なし / not mapped | — | %s |\n", cell(q), reason)
			continue
		}
		for _, l := range ls {
			t := titles[l.Requirement]
			fmt.Fprintf(&b, "| %s | %s %s / %s | %s | %s |\n", cell(q), l.Requirement, cell(t.Ja), cell(t.En),
				l.Strength, cell(l.Reason.Ja+" / "+l.Reason.En))
		}
	}
	return b.Bytes()
}
