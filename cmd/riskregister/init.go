package main

import (
	"embed"
	"errors"
	"fmt"
	"github.com/gikai-sec/riskregister/internal/entrycache"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/schemas"
	"github.com/spf13/cobra"
)

// initTemplates holds the files "riskregister init" writes: register.yaml
// and one commented example entry of each kind.
//
//go:embed templates/init
var initTemplates embed.FS

const initRoot = "templates/init"

// initGitignore is the .gitignore of a new register: the entry cache
// folder, which riskregister rebuilds when it is missing, and the edit
// lock file that import, review and round leave beside the register.
const initGitignore = "# riskregister の読み込みキャッシュ（消しても再作成されます）/ riskregister's entry cache (safe to delete)\n/" + entrycache.Folder + "/\n" +
	"# 取込・見直しの記録中の排他ロック / the edit lock of import, review and round\n/" + store.LockFile + "\n"

func newInitCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "init DIR",
		Short: "新しい台帳フォルダを作る / create a new register folder",
		Long: `DIR に新しい台帳フォルダを作ります。register.yaml（組織の設定）と、委託事業者・
外部サービス・SNSアカウントの記入例を 1 件ずつ、日本語の説明コメント付きで書き出し、
エディタの入力チェック用の JSON Schema を DIR/schemas/ に置きます。
作った台帳はそのまま riskregister validate を通ります。
DIR が空でないときは何も書かずに終了します（既存のファイルは上書きしません）。

Creates a new register folder DIR: register.yaml (the organisation), one commented example
entry of each kind (contractors/, services/, social/) and the JSON Schemas in DIR/schemas/ for
editor support. The result passes riskregister validate as is. Refuses to touch a DIR that
exists and is not empty.`,
		Example: `  riskregister init my-register
  riskregister validate --register my-register`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := args[0]
			if err := initRegister(dir); err != nil {
				var ee *exitError
				if errors.As(err, &ee) {
					return err
				}
				return &exitError{code: 1, msg: a.writeText(dir, err)}
			}
			if a.lang == "en" {
				fmt.Fprintf(a.stdout, "Created the register %s. Next: edit %s, then run riskregister validate --register %s\n",
					dir, filepath.Join(dir, "register.yaml"), dir)
			} else {
				fmt.Fprintf(a.stdout, "台帳 %s を作りました。次に %s を編集し、riskregister validate --register %s で確認してください。\n",
					dir, filepath.Join(dir, "register.yaml"), dir)
			}
			return nil
		},
	}
}

// initRegister writes a new register into dir. dir must not exist or be
// empty. The files are written into a temporary folder and moved into
// place, so a failure leaves nothing half-written: a new dir is the
// temporary folder (made next to it) renamed; into an existing empty dir
// (also ".", the working directory) the files are moved from a temporary
// folder made inside it, so that the folder itself, which may be the
// shell's working directory, stays. The errors are an *exitError in both
// languages, or the error of the file system (an *fs.PathError or
// *os.LinkError naming the path).
func initRegister(dir string) error {
	entries, err := os.ReadDir(dir)
	if err == nil && len(entries) > 0 {
		return failure(dir+" は空ではありません。既存のファイルを上書きしないよう中止しました。空のフォルダか新しい名前を指定してください",
			dir+" is not empty: refusing to overwrite; give an empty or new folder")
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		if fi, serr := os.Stat(dir); serr == nil && !fi.IsDir() {
			return failure(dir+" はフォルダではありません。新しいフォルダの名前を指定してください", dir+" is not a folder: give the name of a new folder")
		}
		return err
	}
	exists := err == nil
	parent := filepath.Dir(filepath.Clean(dir))
	if exists {
		parent = dir
	} else if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, ".riskregister-init-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp) // no-op after a successful rename
	if err := copyFS(tmp, initTemplates, initRoot); err != nil {
		return err
	}
	if _, err := writeSchemaFiles(filepath.Join(tmp, "schemas")); err != nil {
		return err
	}
	// The entry cache (internal/entrycache) is kept beside the register
	// files and is not part of the register.
	if err := os.WriteFile(filepath.Join(tmp, ".gitignore"), []byte(initGitignore), 0o644); err != nil {
		return err
	}
	if !exists {
		if err := os.Chmod(tmp, 0o755); err != nil {
			return err
		}
		return os.Rename(tmp, dir)
	}
	made, err := os.ReadDir(tmp)
	if err != nil {
		return err
	}
	for i, e := range made {
		if err := os.Rename(filepath.Join(tmp, e.Name()), filepath.Join(dir, e.Name())); err != nil {
			for _, m := range made[:i] { // dir was empty: these are ours
				os.RemoveAll(filepath.Join(dir, m.Name()))
			}
			return err
		}
	}
	return nil
}

// copyFS copies the tree under root in fsys into dir.
func copyFS(dir string, fsys fs.FS, root string) error {
	return fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(filepath.FromSlash(root), filepath.FromSlash(p))
		target := filepath.Join(dir, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// writeSchemaFiles writes every embedded schema into dir, creating it, and
// returns the names written in order. Each file is replaced atomically.
func writeSchemaFiles(dir string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	names, err := fs.Glob(schemas.FS, "*.json")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		b, err := fs.ReadFile(schemas.FS, name)
		if err != nil {
			return nil, err
		}
		if err := store.WriteFileAtomic(filepath.Join(dir, name), b, 0o644); err != nil {
			return nil, err
		}
	}
	return names, nil
}
