// Command growreg grows a register to N entries by copying its entry
// files under new ids (ID-c2, ID-c3, …), so that benchmarks run on real
// entries, which are larger than synthetic ones. register.yaml is copied
// as it is.
//
//	go run ./bench/site/growreg -from examples/chofu-gikai -n 10000 -o DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	from := flag.String("from", "examples/chofu-gikai", "register to grow")
	n := flag.Int("n", 1000, "number of entries")
	out := flag.String("o", "", "register folder to write (must not exist)")
	flag.Parse()
	if err := run(*from, *n, *out); err != nil {
		fmt.Fprintln(os.Stderr, "growreg:", err)
		os.Exit(1)
	}
}

func run(from string, n int, out string) error {
	if out == "" {
		return fmt.Errorf("-o is required")
	}
	if _, err := os.Stat(out); err == nil {
		return fmt.Errorf("%s exists", out)
	}
	reg, err := os.ReadFile(filepath.Join(from, "register.yaml"))
	if err != nil {
		return err
	}
	type file struct {
		dir, id string
		data    []byte
	}
	var files []file
	for _, dir := range []string{"contractors", "services", "social"} {
		if err := os.MkdirAll(filepath.Join(out, dir), 0o755); err != nil {
			return err
		}
		names, err := filepath.Glob(filepath.Join(from, dir, "*.yaml"))
		if err != nil {
			return err
		}
		sort.Strings(names)
		for _, p := range names {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			files = append(files, file{dir, strings.TrimSuffix(filepath.Base(p), ".yaml"), b})
		}
	}
	if len(files) == 0 {
		return fmt.Errorf("%s has no entries", from)
	}
	if err := os.WriteFile(filepath.Join(out, "register.yaml"), reg, 0o644); err != nil {
		return err
	}
	for i := range n {
		f := files[i%len(files)]
		id := f.id
		if c := i / len(files); c > 0 {
			id = fmt.Sprintf("%s-c%d", f.id, c+1)
		}
		data := f.data
		if c := i / len(files); c > 0 && f.dir == "social" {
			data = distinctAccount(data, c+1)
		}
		if err := os.WriteFile(filepath.Join(out, f.dir, id+".yaml"), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// distinctAccount gives copy c of a social-media account its own handle
// and URL (suffix _cN): the register refuses two entries of one account.
func distinctAccount(b []byte, c int) []byte {
	lines := strings.Split(string(b), "\n")
	for i, l := range lines {
		for _, key := range []string{"handle: ", "url: "} {
			if strings.HasPrefix(l, key) {
				v := strings.TrimSpace(strings.TrimPrefix(l, key))
				q := ""
				if strings.HasSuffix(v, `"`) {
					v, q = strings.TrimSuffix(v, `"`), `"`
				}
				lines[i] = key + v + fmt.Sprintf("_c%d", c) + q
			}
		}
	}
	return []byte(strings.Join(lines, "\n"))
}
