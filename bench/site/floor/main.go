// Command floor measures the write floor of a site: it reads every file of
// a built site into memory, then writes the same bytes to a new folder
// (folders first, then one os.WriteFile per file, on as many goroutines as
// sitegen uses), and prints the seconds the writing took and the CPU
// time (user + system) it used. It renders nothing: a build cannot be
// faster than this.
//
//	go run ./bench/site/floor -site public -o /tmp/floor-out
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gikai-sec/riskregister/internal/cputime"
)

func main() {
	site := flag.String("site", "", "built site to copy")
	out := flag.String("o", "", "folder to write (must not exist)")
	flag.Parse()
	if *site == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "floor: -site and -o are required")
		os.Exit(2)
	}
	type file struct {
		rel  string
		data []byte
	}
	var files []file
	var dirs []string
	err := filepath.WalkDir(*site, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(*site, p)
		if d.IsDir() {
			dirs = append(dirs, rel)
			return nil
		}
		b, err := os.ReadFile(p)
		files = append(files, file{rel, b})
		return err
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	var bytes int64
	for _, f := range files {
		bytes += int64(len(f.data))
	}
	cpu0 := cpu()
	t0 := time.Now()
	for _, d := range dirs {
		if err := os.MkdirAll(filepath.Join(*out, d), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "floor:", err)
			os.Exit(1)
		}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				if err := os.WriteFile(filepath.Join(*out, files[i].rel), files[i].data, 0o644); err != nil {
					fmt.Fprintln(os.Stderr, "floor:", err)
					os.Exit(1)
				}
			}
		})
	}
	wg.Wait()
	fmt.Printf("%.2f %.2f %d %d\n", time.Since(t0).Seconds(), (cpu() - cpu0).Seconds(), len(files), bytes)
}

// cpu returns the user + system CPU time of the process (0 where the
// platform does not report it: internal/cputime).
func cpu() time.Duration { return cputime.Process() }
