package history_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/history"
	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// commitFiles writes files (slash paths; "" content removes the file) into
// the working folder of r, stages everything and commits it at when.
func commitFiles(t testing.TB, r *git.Repository, dir string, when time.Time, msg string, files map[string]string) string {
	t.Helper()
	wt, err := r.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if content == "" {
			if _, err := wt.Remove(name); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := wt.Add(name); err != nil {
			t.Fatal(err)
		}
	}
	sig := &object.Signature{Name: "議会事務局", Email: "jimukyoku@city.example", When: when}
	h, err := wt.Commit(msg, &git.CommitOptions{Author: sig, Committer: sig})
	if err != nil {
		t.Fatal(err)
	}
	return h.String()
}

func TestRevisionsAndDays(t *testing.T) {
	dir := t.TempDir()
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	// The register is a sub-folder of the repository.
	c1 := commitFiles(t, r, dir, time.Date(2026, 3, 31, 23, 30, 0, 0, history.Japan), "令和7年度末", map[string]string{
		"docs/readme.txt": "x", "register/register.yaml": "name: {ja: 一}\n", "register/contractors/a.yaml": "name: {ja: A}\n"})
	// 2026-04-01 00:30 JST is still 2026-03-31 in UTC: the day is Japan's.
	c2 := commitFiles(t, r, dir, time.Date(2026, 3, 31, 15, 30, 0, 0, time.UTC), "4月の異動", map[string]string{
		"register/contractors/a.yaml": "", "register/contractors/b.yaml": "name: {ja: B}\n"})

	repo, err := history.Open(filepath.Join(dir, "register", "contractors"))
	if err != nil {
		t.Fatal(err)
	}
	if repo.Sub() != "register/contractors" {
		t.Errorf("Sub = %q", repo.Sub())
	}
	repo, err = history.Open(filepath.Join(dir, "register"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		spec, want string
		files      []string
	}{
		{"HEAD", c2, []string{"contractors/b.yaml", "register.yaml"}},
		{"HEAD~1", c1, []string{"contractors/a.yaml", "register.yaml"}},
		{c1[:8], c1, []string{"contractors/a.yaml", "register.yaml"}},
		{"2026-03-31", c1, []string{"contractors/a.yaml", "register.yaml"}},
		{"2026-04-01", c2, []string{"contractors/b.yaml", "register.yaml"}},
		{"2027-01-01", c2, []string{"contractors/b.yaml", "register.yaml"}},
	} {
		rev, err := repo.Resolve(tt.spec)
		if err != nil {
			t.Errorf("%s: %v", tt.spec, err)
			continue
		}
		if rev.Hash != tt.want {
			t.Errorf("%s: commit %s, want %s", tt.spec, rev.Hash, tt.want)
		}
		fsys, err := repo.FS(rev)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				got = append(got, p)
			}
			return err
		})
		if len(got) != len(tt.files) || got[0] != tt.files[0] || got[1] != tt.files[1] {
			t.Errorf("%s: files %q, want %q", tt.spec, got, tt.files)
		}
		if err := fstest.TestFS(fsys, tt.files...); err != nil {
			t.Errorf("%s: %v", tt.spec, err)
		}
	}
	if rev, _ := repo.Resolve("HEAD"); rev.Date != riskassess.NewDate(2026, 4, 1) || rev.Subject != "4月の異動" {
		t.Errorf("HEAD: date %v, subject %q", rev.Date, rev.Subject)
	}
	for _, spec := range []string{"2026-03-30", "no-such-branch"} {
		if _, err := repo.Resolve(spec); err == nil {
			t.Errorf("%s: no error", spec)
		}
	}
	if _, err := history.Open(t.TempDir()); !errors.Is(err, history.ErrNoRepository) {
		t.Errorf("Open outside a repository: %v", err)
	}
}

// TestFSConcurrentOpen opens every file of a revision from many goroutines
// at once, as the loader does: go-git's trees and storage are not safe for
// concurrent use, and before the FS serialised them this crashed with
// "concurrent map writes" (run with -race to see the data race too).
func TestFSConcurrentOpen(t *testing.T) {
	dir := t.TempDir()
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{"register.yaml": "name: {ja: 一}\n"}
	var names []string
	for i := range 60 {
		name := filepath.ToSlash(filepath.Join("contractors", "c"+string(rune('a'+i%26))+string(rune('a'+i/26))+".yaml"))
		files[name] = "name: {ja: 名" + name + "}\n"
		names = append(names, name)
	}
	commitFiles(t, r, dir, time.Date(2026, 3, 31, 12, 0, 0, 0, history.Japan), "init", files)
	repo, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	rev, err := repo.Resolve("HEAD")
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		fsys, err := repo.FS(rev) // a fresh tree each round: its lookup map starts empty
		if err != nil {
			t.Fatal(err)
		}
		errs := make(chan error, len(names)*2)
		for _, name := range names {
			for range 2 {
				go func() {
					b, err := fs.ReadFile(fsys, name)
					if err == nil && string(b) != files[name] {
						err = errors.New(name + ": wrong content " + string(b))
					}
					if err == nil {
						_, err = fs.ReadDir(fsys, "contractors")
					}
					errs <- err
				}()
			}
		}
		for range len(names) * 2 {
			if err := <-errs; err != nil {
				t.Error(err)
			}
		}
	}
}

// TestAtDateFollowsTheBranch: the register on a day is the branch as it
// was then, along its first parents. A side branch's commit made before
// that day but merged after it is not the register on that day (its tree
// lacks the branch's own changes): before, AtDate took the newest commit
// of any parent and read the side branch's tree.
func TestAtDateFollowsTheBranch(t *testing.T) {
	dir := t.TempDir()
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 12, 0, 0, 0, history.Japan) }
	c1 := commitFiles(t, r, dir, day(3, 1), "初め", map[string]string{"register.yaml": "name: {ja: 一}\n", "contractors/a.yaml": "name: {ja: A}\n"})
	c2 := commitFiles(t, r, dir, day(3, 10), "本線", map[string]string{"contractors/b.yaml": "name: {ja: B}\n"})
	wt, err := r.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	if err := wt.Checkout(&git.CheckoutOptions{Hash: plumbing.NewHash(c1), Branch: "refs/heads/side", Create: true}); err != nil {
		t.Fatal(err)
	}
	c3 := commitFiles(t, r, dir, day(3, 20), "枝", map[string]string{"contractors/s.yaml": "name: {ja: S}\n"})
	if err := wt.Checkout(&git.CheckoutOptions{Branch: "refs/heads/master"}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "contractors", "s.yaml"), []byte("name: {ja: S}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := wt.Add("contractors/s.yaml"); err != nil {
		t.Fatal(err)
	}
	sig := &object.Signature{Name: "議会事務局", Email: "jimukyoku@city.example", When: day(4, 5)}
	h, err := wt.Commit("枝を取り込む", &git.CommitOptions{Author: sig, Committer: sig, Parents: []plumbing.Hash{plumbing.NewHash(c2), plumbing.NewHash(c3)}})
	if err != nil {
		t.Fatal(err)
	}
	merge := h.String()

	repo, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ day, want string }{
		{"2026-03-05", c1}, {"2026-03-25", c2}, {"2026-04-05", merge}, {"2026-04-30", merge},
	} {
		rev, err := repo.Resolve(tt.day)
		if err != nil {
			t.Errorf("%s: %v", tt.day, err)
			continue
		}
		if rev.Hash != tt.want {
			t.Errorf("%s: commit %s %q, want %s", tt.day, rev.Hash[:10], rev.Subject, tt.want[:10])
		}
	}
	var none *history.NoCommitError
	if _, err := repo.Resolve("2026-02-28"); !errors.As(err, &none) || none.First != riskassess.NewDate(2026, 3, 1) {
		t.Errorf("before the history: %v", err)
	}

	// A shallow clone holding the merge and its parents only: a day
	// before them is beyond its history, said so rather than "object not
	// found".
	if err := os.WriteFile(filepath.Join(dir, ".git", "shallow"), []byte(c2+"\n"+c3+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, ".git", "objects", c1[:2], c1[2:])); err != nil {
		t.Fatal(err)
	}
	repo, err = history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if rev, err := repo.Resolve("2026-03-25"); err != nil || rev.Hash != c2 {
		t.Errorf("shallow, 2026-03-25: %v %v", rev.Hash, err)
	}
	for _, spec := range []string{"2026-03-05", "HEAD~2"} {
		if _, err := repo.Resolve(spec); !errors.Is(err, history.ErrShallow) {
			t.Errorf("shallow, %s: %v, want ErrShallow", spec, err)
		}
	}
}
