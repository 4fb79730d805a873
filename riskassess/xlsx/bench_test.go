package xlsx

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/cputime"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/xuri/excelize/v2"
)

// benchReqs is a catalogue of 100 questions for the vendor (80 yes/no, 10
// dates, 5 numbers, 5 texts), the size library-floors.md measured.
func benchReqs() []riskassess.Requirement {
	var reqs []riskassess.Requirement
	for i := 0; i < 100; i++ {
		typ := riskassess.AnswerYesNo
		switch {
		case i >= 95:
			typ = riskassess.AnswerText
		case i >= 90:
			typ = riskassess.AnswerNumber
		case i >= 80:
			typ = riskassess.AnswerDate
		}
		id := fmt.Sprintf("OUT-%03d", i)
		reqs = append(reqs, riskassess.Requirement{ID: id, Kinds: []riskassess.Kind{riskassess.KindContractor}, Clause: "6(8)",
			AttestedBy: riskassess.AttestVendor,
			Category:   riskassess.T("委託", "Outsourcing"),
			Question: &riskassess.Question{ID: "Q-" + id, Type: typ,
				Text: riskassess.T("委託先は情報セキュリティに関する規程を定め、従業員に周知していますか。（"+id+"）", "Has the contractor a security policy known to its staff? ("+id+")")}})
	}
	return reqs
}

var benchFiles struct {
	once  sync.Once
	dir   string
	paths []string
	err   error
}

// BenchmarkImport1000 reads 1,000 filled 100-question questionnaires with
// 2 workers, as `riskregister import` does, and reports files/s and the
// peak heap in use (sampled every 2 ms).
func BenchmarkImport1000(b *testing.B) {
	reqs := benchReqs()
	benchPaths(b, reqs)
	opts := ReadOptions{Requirements: reqs, Kind: riskassess.KindContractor, CatalogueVersion: testVersion}

	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	runtime.GC()
	cpu0 := cputime.Process()
	var retained uint64
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		results := ReadFiles(benchFiles.paths, 2, opts, nil)
		for _, fr := range results {
			if fr.Err != nil || fr.Result.HasErrors() || len(fr.Result.Answers) != 100 {
				b.Fatalf("%s: %v %v", fr.Path, fr.Err, fr.Result.Problems)
			}
		}
		if n == 0 {
			b.StopTimer()
			s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
			runtime.GC()
			metrics.Read(s)
			withResults := s[0].Value.Uint64()
			runtime.KeepAlive(results)
			results = nil
			runtime.GC()
			metrics.Read(s)
			if withResults > s[0].Value.Uint64() {
				retained = withResults - s[0].Value.Uint64()
			}
			b.StartTimer()
		}
	}
	b.StopTimer()
	cpu1 := cputime.Process()
	close(stop)
	<-sampled
	b.ReportMetric(float64(len(benchFiles.paths)*b.N)/b.Elapsed().Seconds(), "files/s")
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MiB")
	// Process CPU time per file is steadier than wall time on a shared
	// machine (it includes the garbage collector).
	if cpu0 > 0 && cpu1 > 0 {
		b.ReportMetric((cpu1-cpu0).Seconds()*1000/float64(len(benchFiles.paths)*b.N), "cpu-ms/file")
	}
	// The results of all 1,000 files are kept until the import ends.
	b.ReportMetric(float64(retained)/1024/float64(len(benchFiles.paths)), "result-KiB/file")
}

// benchPaths writes the 1,000 filled questionnaires once per process (ten
// differently filled variants, copied) and returns their paths.
func benchPaths(b *testing.B, reqs []riskassess.Requirement) []string {
	b.Helper()
	benchFiles.once.Do(func() {
		dir, err := os.MkdirTemp("", "xlsx-bench-")
		if err != nil {
			benchFiles.err = err
			return
		}
		benchFiles.dir = dir
		// Ten differently filled variants, copied to 1,000 files.
		var variants [][]byte
		for v := 0; v < 10; v++ {
			q := &Questionnaire{Kind: riskassess.KindContractor, Requirements: reqs, CatalogueVersion: testVersion}
			f := workbook(b, generate(b, q))
			for i, r := range reqs {
				cell := "D" + strconv.Itoa(i+2)
				switch r.Question.Type {
				case riskassess.AnswerYesNo:
					f.SetCellStr(qs, cell, []string{"はい", "○", "ＹＥＳ", "いいえ", "一部", "該当なし"}[(i+v)%6])
				case riskassess.AnswerDate:
					f.SetCellStr(qs, cell, "令和8年4月1日")
				case riskassess.AnswerNumber:
					f.SetCellValue(qs, cell, 99.9)
				default:
					f.SetCellStr(qs, cell, "委託先の回答\n二行目")
				}
				f.SetCellStr(qs, "E"+strconv.Itoa(i+2), "根拠資料あり")
			}
			variants = append(variants, save(b, f))
		}
		for i := 0; i < 1000; i++ {
			p := filepath.Join(dir, fmt.Sprintf("q%04d.xlsx", i))
			if err := os.WriteFile(p, variants[i%len(variants)], 0o644); err != nil {
				benchFiles.err = err
				return
			}
			benchFiles.paths = append(benchFiles.paths, p)
		}
	})
	if benchFiles.err != nil {
		b.Fatal(benchFiles.err)
	}
	return benchFiles.paths
}

// BenchmarkImport1000Anchor is the anchor of BenchmarkImport1000, measured
// in the same run: excelize alone opening the same 1,000 files and reading
// every row of the questions sheet (OpenFile + GetRows), with the same 2
// workers. The ratio of the two is what our reading (finding the header,
// matching rows by ID, normalising answers, checking metadata) costs on top
// of excelize.
func BenchmarkImport1000Anchor(b *testing.B) {
	paths := benchPaths(b, benchReqs())
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		var wg sync.WaitGroup
		next := atomic.Int64{}
		var failed atomic.Value
		for w := 0; w < 2; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					i := int(next.Add(1)) - 1
					if i >= len(paths) {
						return
					}
					f, err := excelize.OpenFile(paths[i])
					if err != nil {
						failed.Store(err)
						return
					}
					rows, err := f.GetRows(qs)
					f.Close()
					if err != nil || len(rows) < 101 {
						failed.Store(fmt.Errorf("%s: %d rows, %v", paths[i], len(rows), err))
						return
					}
				}
			}()
		}
		wg.Wait()
		if err, _ := failed.Load().(error); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(paths)*b.N)/b.Elapsed().Seconds(), "files/s")
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchFiles.dir != "" {
		os.RemoveAll(benchFiles.dir)
	}
	os.Exit(code)
}
