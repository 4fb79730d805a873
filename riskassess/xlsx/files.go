package xlsx

import (
	"runtime"
	"sync"
)

// FileResult is the outcome of reading one file with ReadFiles.
type FileResult struct {
	Path   string
	Result *Result
	Err    error
}

// ReadFiles reads the questionnaires at paths with at most workers files
// open at a time (workers <= 0 means GOMAXPROCS) and returns the results in
// the order of paths. progress, if not nil, is called after each file with
// the number of files done so far (from one goroutine at a time). Memory is
// bounded by the number of workers: each holds one file and its workbook.
func ReadFiles(paths []string, workers int, opts ReadOptions, progress func(done int)) []FileResult {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make([]FileResult, len(paths))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < workers && w < len(paths); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				res, err := ReadFile(paths[i], opts)
				out[i] = FileResult{Path: paths[i], Result: res, Err: err}
				if progress != nil {
					mu.Lock()
					done++
					progress(done)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}
