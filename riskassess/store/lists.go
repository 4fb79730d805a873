package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
)

// ListsDir is the folder of a register that holds the snapshots of public
// lists, one file per list and date: lists/ismap-2026-11-01.yaml.
const ListsDir = "lists"

// SnapshotFile returns the file, relative to the register folder, of the
// snapshot of list dated d: "lists/ismap-2026-11-01.yaml".
func SnapshotFile(list riskassess.PublicList, d riskassess.Date) string {
	return ListsDir + "/" + string(list) + "-" + d.String() + ".yaml"
}

// listSnapshots lists the snapshot files of lists/ in name order. Files
// not ending in .yaml and hidden files are ignored; .yml files and
// sub-folders are reported, as in the kind folders.
func listSnapshots(root string) ([]job, []*Error) {
	dir := filepath.Join(root, ListsDir)
	fi, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		var t string
		if t, err = filepath.EvalSymlinks(dir); err == nil && !within(root, t) {
			return nil, []*Error{newError(ListsDir, 0, 0, CodeSymlinkOutside,
				"folder is a symbolic link to "+t+", outside the register folder: move the files into the register instead",
				"フォルダが台帳フォルダの外（"+t+"）へのシンボリックリンクです。ファイルを台帳フォルダの中に移してください")}
		}
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		e := newError(ListsDir, 0, 0, CodeIO, "cannot read folder: "+err.Error(), "フォルダを読めません: "+err.Error())
		e.Err = err
		return nil, []*Error{e}
	}
	return snapshotJobs(ents, func(name string) []*Error { return subfolderFiles(dir, ListsDir, name) })
}

// snapshotJobs returns the jobs of the snapshot files among ents, the
// entries of lists/, and the errors of misnamed files; sub reports the
// YAML files in a sub-folder.
func snapshotJobs(ents []fs.DirEntry, sub func(name string) []*Error) ([]job, []*Error) {
	var jobs []job
	var errs []*Error
	for _, de := range ents {
		name := de.Name()
		rel := ListsDir + "/" + name
		lower := strings.ToLower(name)
		switch {
		case strings.HasPrefix(name, "."):
		case de.IsDir():
			errs = append(errs, sub(name)...)
		case strings.HasSuffix(lower, ".yml") || (strings.HasSuffix(lower, ".yaml") && !strings.HasSuffix(name, ".yaml")):
			ext := filepath.Ext(name)
			errs = append(errs, newError(rel, 0, 0, CodeBadFileName,
				fmt.Sprintf("the extension %s is not read: rename to %s.yaml", ext, strings.TrimSuffix(name, ext)),
				fmt.Sprintf("拡張子 %s のファイルは読み込まれません。%s.yaml に名前を変えてください", ext, strings.TrimSuffix(name, ext))))
		case strings.HasSuffix(name, ".yaml"):
			jobs = append(jobs, job{id: strings.TrimSuffix(name, ".yaml"), rel: rel, list: true})
		}
	}
	return jobs, errs
}

// snapshot checks a decoded snapshot whose file name without .yaml is
// name: required fields, the name LIST-DATE, the rows of its list only,
// the form of every number and no number twice.
func (c *checker) snapshot(s *riskassess.ListSnapshot, name string) {
	c.require(string(s.List), p{"list"})
	c.require(s.File, p{"file"})
	c.require(s.SHA256, p{"sha256"})
	if s.Date.IsZero() {
		c.require("", p{"date"})
	}
	if s.SHA256 != "" && !isHex64(s.SHA256) {
		c.errorf(p{"sha256"}, CodeBadValue, nil,
			fmt.Sprintf("sha256 %q is not a SHA-256 in hex (64 characters 0-9a-f): import the list again with riskregister lists import", s.SHA256),
			fmt.Sprintf("sha256 %q は16進数64文字の SHA-256 ではありません。riskregister lists import でリストを取り込み直してください", s.SHA256))
	}
	if s.List.Valid() && !s.Date.IsZero() {
		if want := string(s.List) + "-" + s.Date.String(); name != want {
			c.errorf(p{"date"}, CodeBadSnapshot, nil,
				fmt.Sprintf("the snapshot of list %s dated %s must be named %s.yaml: rename the file or correct list and date", s.List, s.Date, want),
				fmt.Sprintf("リスト %s・日付 %s のスナップショットのファイル名は %s.yaml です。ファイル名か list・date を直してください", s.List, s.Date, want))
		}
	}
	switch s.List {
	case riskassess.ListISMAP, riskassess.ListISMAPLIU:
		if len(s.Corporations) > 0 {
			c.errorf(p{"corporations"}, CodeBadSnapshot, nil,
				"an ISMAP snapshot holds services, not corporations: move the corporations to a corporate snapshot",
				"ISMAP のスナップショットに法人（corporations）は書けません。法人番号のスナップショットに移してください")
		}
		if s.Coverage != "" {
			c.errorf(p{"coverage"}, CodeBadSnapshot, nil,
				"coverage is for corporate snapshots only: remove it",
				"coverage は法人番号のスナップショットだけの項目です。削除してください")
		}
		first := map[string]int{}
		for i, l := range s.Services {
			c.require(l.Number, p{"services", i, "number"})
			c.require(l.Service, p{"services", i, "service"})
			c.require(l.Provider, p{"services", i, "provider"})
			c.ismapNumber(l.Number, p{"services", i, "number"})
			if j, dup := first[l.Number]; dup && l.Number != "" {
				line, _, _ := c.at(p{"services", j, "number"})
				c.errorf(p{"services", i, "number"}, CodeBadSnapshot, nil,
					fmt.Sprintf("registration number %s is listed twice (first at line %d): keep one row", l.Number, line),
					fmt.Sprintf("登録番号 %s が2回あります（最初は %d 行目）。1行にしてください", l.Number, line))
			} else {
				first[l.Number] = i
			}
		}
	case riskassess.ListCorporate:
		c.require(string(s.Coverage), p{"coverage"})
		if len(s.Services) > 0 {
			c.errorf(p{"services"}, CodeBadSnapshot, nil,
				"a corporate snapshot holds corporations, not services: move the services to an ISMAP snapshot",
				"法人番号のスナップショットにサービス（services）は書けません。ISMAP のスナップショットに移してください")
		}
		for i, n := range s.Searched {
			c.corporateNumber(n, p{"searched", i})
		}
		first := map[string]int{}
		for i, r := range s.Corporations {
			c.require(r.Number, p{"corporations", i, "number"})
			c.require(r.Name, p{"corporations", i, "name"})
			c.corporateNumber(r.Number, p{"corporations", i, "number"})
			c.corporateNumber(r.Successor, p{"corporations", i, "successor"})
			c.kana(r.Kana, p{"corporations", i, "kana"})
			if j, dup := first[r.Number]; dup && r.Number != "" {
				line, _, _ := c.at(p{"corporations", j, "number"})
				c.errorf(p{"corporations", i, "number"}, CodeBadSnapshot, nil,
					fmt.Sprintf("corporate number %s is listed twice (first at line %d): keep one row", r.Number, line),
					fmt.Sprintf("法人番号 %s が2回あります（最初は %d 行目）。1行にしてください", r.Number, line))
			} else {
				first[r.Number] = i
			}
		}
	}
}

// ismapNumber reports an ISMAP registration number not in the published
// form, with the right form when one is recognisable.
func (c *checker) ismapNumber(v string, path p) {
	if v == "" || fieldrule.ValidISMAPNumber(v) {
		return
	}
	if fix, ok := fieldrule.ISMAPNumberReplacement(v); ok {
		l, col, _ := c.at(path)
		e := newError(c.file, l, col, CodeBadISMAPNumber,
			fmt.Sprintf("ISMAP registration number %q: write %s", v, fix),
			fmt.Sprintf("ISMAP の登録番号 %q は %s と書いてください", v, fix))
		e.Path, e.Replacement = path.String(), fix
		c.add(e)
		return
	}
	c.errorf(path, CodeBadISMAPNumber, nil,
		fmt.Sprintf("ISMAP registration number %q is not in the published form (a capital letter, two digits, four digits and a branch number, e.g. %s): copy it from the cloud service list", v, fieldrule.ISMAPNumberExample),
		fmt.Sprintf("ISMAP の登録番号 %q の形が違います（英大文字1字・数字2桁・数字4桁・枝番。例: %s）。クラウドサービスリストから写してください", v, fieldrule.ISMAPNumberExample))
}

// corporateNumber reports a 法人番号 that is not 13 digits or whose check
// digit does not match.
func (c *checker) corporateNumber(v string, path p) {
	if v == "" {
		return
	}
	if err := fieldrule.CheckCorporateNumber(v); err != nil {
		// riskassess words its errors "日本語 / English".
		ja, _, _ := strings.Cut(err.Error(), " / ")
		c.errorf(path, CodeBadCorporateNumber, err,
			fmt.Sprintf("bad corporate number (法人番号) %q: %v", v, err),
			fmt.Sprintf("法人番号 %q が正しくありません: %s", v, ja))
	}
}

func isHex64(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !('0' <= s[i] && s[i] <= '9' || 'a' <= s[i] && s[i] <= 'f') {
			return false
		}
	}
	return true
}
