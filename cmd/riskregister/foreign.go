package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/foreign"
)

// mappingsDir is the folder of a register that holds the organisation's
// own mappings of foreign questionnaires (one YAML file each).
const mappingsDir = "mappings"

// loadMappings returns the mappings an import uses: the organisation's
// own, read from the register folder's mappings/*.yaml (an explicit list,
// in file-name order), then the built-in ones they do not replace (see
// catalog.WithOrgMappings). A file that does not decode or fails the
// self-test against reqs stops the command (exit 1), naming the file.
func (a *app) loadMappings(dir string, reqs []riskassess.Requirement) ([]foreign.Mapping, error) {
	paths, err := filepath.Glob(filepath.Join(dir, mappingsDir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	// A mapping saved as .yml or .YAML would be left out without a word
	// and the built-in mapping used in its place (a Windows PC, whose
	// file system ignores case, reads .YAML; a server does not).
	ents, _ := os.ReadDir(filepath.Join(dir, mappingsDir))
	for _, de := range ents {
		name := de.Name()
		lower := strings.ToLower(name)
		if !strings.HasPrefix(name, ".") && (strings.HasSuffix(lower, ".yml") || strings.HasSuffix(lower, ".yaml") && !strings.HasSuffix(name, ".yaml")) {
			ext := filepath.Ext(name)
			return nil, &exitError{code: 1, msg: a.regPath(mappingsDir+"/"+name) + ": " + l10n(a.lang,
				"拡張子 "+ext+" のファイルは読み込まれません。"+strings.TrimSuffix(name, ext)+".yaml に名前を変えてください",
				"the extension "+ext+" is not read: rename to "+strings.TrimSuffix(name, ext)+".yaml")}
		}
	}
	slices.Sort(paths)
	var own []foreign.Mapping
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, &exitError{code: 1, msg: err.Error()}
		}
		m, err := catalog.ParseMapping(a.regPath(filepath.ToSlash(filepath.Join(mappingsDir, filepath.Base(p)))), data)
		if err != nil {
			return nil, &exitError{code: 1, msg: l10n(a.lang, "対応表を読めません: ", "cannot read the mapping: ") + err.Error()}
		}
		own = append(own, m)
	}
	if err := catalog.CheckMappings(own, reqs); err != nil {
		return nil, &exitError{code: 1, msg: l10n(a.lang, "対応表に誤りがあります（何も記録していません）:\n", "the mapping has errors (nothing recorded):\n") + err.Error()}
	}
	return catalog.WithOrgMappings(own, catalog.Mappings()), nil
}

// writeForeignText writes the foreign part of an import report: what was
// read, the evidence a person judges and the questions left for a gap
// questionnaire.
func (a *app) writeForeignText(w io.Writer, rep importFile) {
	if rep.Questionnaire == "" {
		return
	}
	f := rep.Foreign
	fmt.Fprintf(w, "  %s: %s（%s %d、%s %d: Yes %d / No %d / NA %d）%s %s\n", l10n(a.lang, "外部の質問票", "foreign questionnaire"), rep.Questionnaire,
		l10n(a.lang, "質問", "questions"), f.Rows, l10n(a.lang, "回答", "answered"), f.Answered, f.Yes, f.No, f.NA,
		l10n(a.lang, "対応表", "mapping"), f.Mapping)
	fmt.Fprintf(w, "  %s\n", l10n(a.lang,
		fmt.Sprintf("回答とみなした当方の質問 %d 問（対応の強さ full のみ。該当なし(NA) は議会の確認待ち）", f.Mapped),
		fmt.Sprintf("%d of our questions answered (full links only; an NA is a claim the council confirms)", f.Mapped)))
	if len(rep.Evidence) > 0 {
		fmt.Fprintf(w, "  %s:\n", l10n(a.lang, "参考（採点しません。担当者が判断してください）", "evidence (not scored: for a person to judge)"))
		for _, e := range rep.Evidence {
			line := fmt.Sprintf("    %s ← %s: %s (%s)", e.Requirement, e.Question, e.Answer, e.Strength.Label(a.lang))
			if en, ja, ok := strings.Cut(e.Note, " / "); ok {
				line += " — " + l10n(a.lang, ja, en)
			}
			if e.Comment != "" {
				line += " " + strings.ReplaceAll(e.Comment, "\n", " ")
			}
			fmt.Fprintln(w, line)
		}
	}
	if len(rep.Gap) > 0 {
		fmt.Fprintf(w, "  %s\n", l10n(a.lang,
			fmt.Sprintf("この質問票で回答されなかった当方の質問 %d 問は riskregister questionnaire --gap --entry %s で尋ねられます", len(rep.Gap), rep.Entry),
			fmt.Sprintf("%d of our questions were not answered by it: ask them with riskregister questionnaire --gap --entry %s", len(rep.Gap), rep.Entry)))
	}
}
