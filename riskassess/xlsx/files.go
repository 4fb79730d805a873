package xlsx

import (
	"context"

	"github.com/gikai-sec/riskregister/internal/workers"
)

// FileResult is the outcome of reading one file with ReadFiles.
type FileResult struct {
	Path   string
	Result *Result
	Err    error
}

// ReadFiles reads the questionnaires at paths with at most n files open at
// a time (n <= 0 means GOMAXPROCS) and returns the results in the order of
// paths. progress, if not nil, is called after each file with the number
// of files done so far (from one goroutine at a time). Memory is bounded by
// n: each worker holds one file and its workbook.
func ReadFiles(paths []string, n int, opts ReadOptions, progress func(done int)) []FileResult {
	// A file that cannot be read is a FileResult with Err, not an error of
	// Map, and the context is never cancelled: Map returns no error.
	out, _ := workers.Map(context.Background(), paths, workers.Options{Workers: n, Progress: progress},
		func(_ context.Context, path string) (FileResult, error) {
			res, err := ReadFile(path, opts)
			return FileResult{Path: path, Result: res, Err: err}, nil
		})
	return out
}
