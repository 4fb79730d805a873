// Command latency measures how long a saved edit of one entry takes to
// reach the browser in `riskregister serve`: from the moment the file is
// written to the moment /__version?after=N (the long poll of the pages'
// reload.js) answers the new build number, and to the moment the pages
// open in the browser (-pages; by default the edited entry's page) have
// been fetched again, as reload.js does. It starts serve on the register,
// waits for the first build, fetches the pages once, then edits one
// entry's name -edits times (alternating between two values, as a person
// saving in an editor), pausing between edits, and prints for each edit
// both latencies and the CPU time serve used until the pages were fetched
// (user+sys from /proc, Linux), then the medians, minimum and maximum. On
// a shared machine compare the CPU time.
//
// Usage: latency -rr ./riskregister -register DIR [-file contractors/x.yaml] [-pages a.html,b.html] [-edits 10]
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

func main() {
	rr := flag.String("rr", "riskregister", "the riskregister executable")
	dir := flag.String("register", "", "the register folder")
	file := flag.String("file", "", "the entry file to edit, in the register (default: the first contractor)")
	edits := flag.Int("edits", 10, "how many edits to time")
	asOf := flag.String("as-of", "2026-11-27", "as-of date of serve")
	pagesFlag := flag.String("pages", "", "comma-separated pages open in the browser, fetched after each new build (default: the edited entry's page; \"-\": none)")
	flag.Parse()
	if *dir == "" {
		log.Fatal("-register is required")
	}
	if *file == "" {
		ents, err := os.ReadDir(filepath.Join(*dir, "contractors"))
		if err != nil || len(ents) == 0 {
			log.Fatal("no contractor to edit; give -file")
		}
		*file = "contractors/" + ents[0].Name()
	}
	var pages []string
	switch *pagesFlag {
	case "":
		// entries/KIND/ID.html, the kind named by the folder, the id by the file.
		folder, name := filepath.Split(filepath.ToSlash(*file))
		kind := strings.TrimSuffix(strings.TrimSuffix(folder, "/"), "s")
		pages = []string{"entries/" + kind + "/" + strings.TrimSuffix(name, ".yaml") + ".html"}
	case "-":
	default:
		pages = strings.Split(*pagesFlag, ",")
	}
	path := filepath.Join(*dir, filepath.FromSlash(*file))
	orig, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	defer os.WriteFile(path, orig, 0o644)
	nameLine := regexp.MustCompile(`(?m)^  ja: (.*)$`)
	loc := nameLine.FindSubmatchIndex(orig)
	if loc == nil {
		log.Fatalf("%s: no name (\"  ja:\" line) to edit", *file)
	}

	cmd := exec.Command(*rr, "serve", "--register", *dir, "--addr", "127.0.0.1:0", "--as-of", *asOf, "--lang", "en")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		log.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		log.Fatal(err)
	}
	// Interrupted, serve removes its temporary site (hundreds of MB at
	// 10,000 entries); killed, it would leave it behind.
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
		}
	}()
	sc := bufio.NewScanner(stderr)
	var base string
	for sc.Scan() {
		if m := regexp.MustCompile(`serving (http://\S+)/`).FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
			break
		}
	}
	if base == "" {
		log.Fatal("serve did not start")
	}
	// The summary line of each build (load, assess, render… times).
	summaries := make(chan string, 100)
	go func() {
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "built ") {
				select {
				case summaries <- sc.Text():
				default:
				}
			}
		}
	}()
	fmt.Printf("first build served in %.2f s\n", time.Since(start).Seconds())
	fetch := func() {
		for _, p := range pages {
			if code := fetchPage(base + "/" + p); code != http.StatusOK {
				log.Fatalf("%s: %d", p, code)
			}
		}
	}
	t := time.Now()
	fetch()
	fmt.Printf("pages %v fetched in %.2f s\n", pages, time.Since(t).Seconds())

	var lat, shown, cpu []float64
	for i := range *edits {
		time.Sleep(time.Second) // let the previous rebuild's writes settle
		v := get(base + "/__version")
		mark := "（改）"
		if i%2 == 1 {
			mark = "（改二）"
		}
		edited := slices.Concat(orig[:loc[3]], []byte(mark), orig[loc[3]:])
		answer := make(chan string, 1)
		go func() {
			// A serve without the long poll answers at once: poll then.
			for {
				if nv := get(base + "/__version?after=" + v); nv != v {
					answer <- nv
					return
				}
				time.Sleep(10 * time.Millisecond)
			}
		}()
		time.Sleep(20 * time.Millisecond) // the long poll is waiting
		c0 := procCPU(cmd.Process.Pid)
		t0 := time.Now()
		if err := os.WriteFile(path, edited, 0o644); err != nil {
			log.Fatal(err)
		}
		var nv string
		select {
		case nv = <-answer:
		case <-time.After(2 * time.Minute):
			log.Fatalf("edit %d: no rebuild", i+1)
		}
		d := time.Since(t0)
		fetch()
		ds := time.Since(t0)
		c := procCPU(cmd.Process.Pid) - c0
		lat, shown, cpu = append(lat, d.Seconds()), append(shown, ds.Seconds()), append(cpu, c.Seconds())
		fmt.Printf("edit %2d: %.3f s to the new /__version (%s), %.3f s to the pages fetched, serve CPU %.3f s\n", i+1, d.Seconds(), nv, ds.Seconds(), c.Seconds())
		for len(summaries) > 0 {
			fmt.Println("         " + <-summaries)
		}
	}
	fmt.Printf("save → new /__version: median %.3f s (min %.3f, max %.3f); save → pages fetched: median %.3f s (min %.3f, max %.3f); serve CPU per edit median %.3f s\n",
		median(lat), slices.Min(lat), slices.Max(lat), median(shown), slices.Min(shown), slices.Max(shown), median(cpu))
}

// fetchPage gets url, reads the whole body and returns the status code.
func fetchPage(url string) int {
	resp, err := http.Get(url)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		log.Fatal(err)
	}
	return resp.StatusCode
}

func get(url string) string {
	resp, err := http.Get(url)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		log.Fatal(err)
	}
	return string(bytes.TrimSpace(b))
}

// procCPU returns the user+system CPU time of process pid (Linux /proc;
// 0 elsewhere).
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	// Fields after the command name (which may hold spaces) in brackets.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	s, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(u+s) * time.Second / 100 // USER_HZ
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
