// Package workers runs a function over the items of a slice on a bounded
// number of goroutines and keeps the results in input order. It is the
// worker pool of the adapters and the renderer: the register loader, the
// questionnaire reader and the site builder use it. The domain package
// riskassess imports only the standard library (internal/archtest), so
// Scorer.AssessAll spreads its blocks on goroutines of its own.
package workers

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// Options says how Run and Map spread their work.
type Options struct {
	// Workers is the most goroutines used at once; 0 or less means
	// runtime.GOMAXPROCS(0). Never more goroutines than items are started,
	// and with one worker the items run on the calling goroutine.
	Workers int
	// Progress, if not nil, is called after each item whose function
	// returned nil, with the number of such items so far. Calls are made
	// one at a time (never concurrently) and the numbers increase by one.
	Progress func(done int)
}

// Run calls f(ctx, w, i) for every i in [0, n), at most opts.Workers calls
// at a time. w is the number of the goroutine making the call, in
// [0, opts.Workers): two calls with the same w never overlap, so f may use
// per-worker state indexed by w (the scorer keeps its scratch blocks so).
// Items are handed out in increasing order of i.
//
// The first error returned by f cancels the context passed to the other
// calls, no further item is started, and Run returns that error once the
// calls in flight have returned. When ctx is cancelled, no further item is
// started and Run returns context.Cause(ctx) unless f had already failed.
// Run returns nil exactly when f ran for every item and returned nil.
//
// A panic in f stops the handing out of items like an error does; Run
// re-raises it on the calling goroutine once the other calls have
// returned.
func Run(ctx context.Context, n int, opts Options, f func(ctx context.Context, w, i int) error) error {
	k := opts.Workers
	if k <= 0 {
		k = runtime.GOMAXPROCS(0)
	}
	k = min(k, n)
	var (
		mu   sync.Mutex // serialises Progress and counts done
		done int
	)
	finished := func() {
		mu.Lock()
		defer mu.Unlock()
		done++
		if opts.Progress != nil {
			opts.Progress(done)
		}
	}
	if k <= 1 {
		for i := range n {
			if ctx.Err() != nil {
				return context.Cause(ctx)
			}
			if err := f(ctx, 0, i); err != nil {
				return err
			}
			finished()
		}
		return nil
	}

	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		next     atomic.Int64
		once     sync.Once
		firstErr error
		panicked any
		wg       sync.WaitGroup
	)
	fail := func(err error, p any) {
		once.Do(func() { firstErr, panicked = err, p })
		next.Store(int64(n)) // hand out nothing more
		cancel()
	}
	for w := range k {
		wg.Go(func() {
			defer func() {
				if p := recover(); p != nil {
					fail(nil, p)
				}
			}()
			for {
				i := int(next.Add(1) - 1)
				if i >= n || wctx.Err() != nil {
					return
				}
				if err := f(wctx, w, i); err != nil {
					fail(err, nil)
					return
				}
				finished()
			}
		})
	}
	wg.Wait()
	switch {
	case panicked != nil:
		panic(panicked)
	case firstErr != nil:
		return firstErr
	case done < n: // only when ctx was cancelled
		return context.Cause(ctx)
	}
	return nil
}

// Map returns f(ctx, x) for every x of in, in the order of in, computed on
// at most opts.Workers goroutines as Run does (same cancellation, errors,
// panics and progress). On error it returns the error and no results.
func Map[T, R any](ctx context.Context, in []T, opts Options, f func(ctx context.Context, x T) (R, error)) ([]R, error) {
	out := make([]R, len(in))
	err := Run(ctx, len(in), opts, func(ctx context.Context, _, i int) error {
		r, err := f(ctx, in[i])
		out[i] = r
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
