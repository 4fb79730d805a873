package workers

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestRun(t *testing.T) {
	errBad := errors.New("bad item")
	tests := []struct {
		name    string
		n       int
		workers int
		failAt  int // -1: no item fails
		wantErr error
	}{
		{"no items", 0, 4, -1, nil},
		{"one item", 1, 4, -1, nil},
		{"one worker", 50, 1, -1, nil},
		{"default workers", 50, 0, -1, nil},
		{"negative workers", 50, -3, -1, nil},
		{"more workers than items", 3, 16, -1, nil},
		{"many items", 1000, 4, -1, nil},
		{"first item fails, one worker", 10, 1, 0, errBad},
		{"last item fails", 10, 3, 9, errBad},
		{"middle item fails", 100, 4, 50, errBad},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ran := make([]atomic.Int32, tt.n)
			var progress []int
			err := Run(context.Background(), tt.n, Options{Workers: tt.workers, Progress: func(d int) { progress = append(progress, d) }},
				func(_ context.Context, _, i int) error {
					ran[i].Add(1)
					if i == tt.failAt {
						return fmt.Errorf("item %d: %w", i, errBad)
					}
					return nil
				})
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			for i := range ran {
				if c := ran[i].Load(); c > 1 || (tt.failAt < 0 && c != 1) {
					t.Errorf("item %d ran %d times", i, c)
				}
			}
			if tt.failAt >= 0 {
				if ran[tt.failAt].Load() != 1 {
					t.Errorf("failing item %d did not run", tt.failAt)
				}
				return
			}
			var want []int
			for i := range tt.n {
				want = append(want, i+1)
			}
			if diff := cmp.Diff(want, progress); diff != "" {
				t.Errorf("progress (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMapKeepsOrder runs items of random duration, so that they finish in
// a random order, and checks the results come back in input order.
func TestMapKeepsOrder(t *testing.T) {
	in := make([]int, 200)
	want := make([]string, len(in))
	for i := range in {
		in[i] = i
		want[i] = fmt.Sprintf("item-%03d", i)
	}
	for _, workers := range []int{1, 2, 7, 64} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			var order []int // the order items finished in
			var mu sync.Mutex
			got, err := Map(context.Background(), in, Options{Workers: workers}, func(_ context.Context, x int) (string, error) {
				time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
				mu.Lock()
				order = append(order, x)
				mu.Unlock()
				return fmt.Sprintf("item-%03d", x), nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("results (-want +got):\n%s", diff)
			}
			if len(order) != len(in) {
				t.Errorf("%d items ran, want %d", len(order), len(in))
			}
		})
	}
}

// TestRunErrorStopsWork checks that after an item fails no new item
// starts, the others see their context cancelled, and the first error is
// the one returned.
func TestRunErrorStopsWork(t *testing.T) {
	const n, workers = 1000, 4
	errFirst := errors.New("first")
	var started atomic.Int32
	var sawCancel atomic.Int32
	release := make(chan struct{})
	err := Run(context.Background(), n, Options{Workers: workers}, func(ctx context.Context, _, i int) error {
		started.Add(1)
		if i == 0 {
			// Wait until the other workers are busy, then fail.
			for started.Load() < workers {
				runtime.Gosched()
			}
			close(release)
			return errFirst
		}
		<-release
		<-ctx.Done()
		sawCancel.Add(1)
		return fmt.Errorf("item %d: %w", i, context.Cause(ctx))
	})
	if !errors.Is(err, errFirst) {
		t.Errorf("err = %v, want the first error", err)
	}
	if s := started.Load(); s != workers {
		t.Errorf("%d items started, want %d (one per worker, none after the failure)", s, workers)
	}
	if c := sawCancel.Load(); c != workers-1 {
		t.Errorf("%d calls saw their context cancelled, want %d", c, workers-1)
	}
}

// TestRunContextCancelled checks that cancelling the caller's context
// stops handing out items and is reported.
func TestRunContextCancelled(t *testing.T) {
	for _, workers := range []int{1, 3} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var cancelled atomic.Bool
			late := make([]int, workers) // items each worker started after cancel returned
			// The items after the 10th wait for the cancellation: on a
			// busy machine the other workers could otherwise finish all
			// 1,000 items while the one holding the 10th is descheduled,
			// and Run rightly returns nil when every item ran.
			gate := make(chan struct{})
			err := Run(ctx, 1000, Options{Workers: workers}, func(ctx context.Context, w, i int) error {
				if cancelled.Load() {
					late[w]++
				}
				switch {
				case i == 10:
					cancel()
					cancelled.Store(true)
					close(gate)
				case i > 10:
					<-gate
				}
				return nil
			})
			if !errors.Is(err, context.Canceled) {
				t.Errorf("err = %v, want context.Canceled", err)
			}
			// A worker may be between taking an item and calling f when
			// cancel is called; none starts a second one.
			for w, n := range late {
				if n > 1 {
					t.Errorf("worker %d started %d items after the context was cancelled", w, n)
				}
			}
		})
	}
	t.Run("already cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancelCause(context.Background())
		why := errors.New("shutting down")
		cancel(why)
		_, err := Map(ctx, []int{1, 2, 3}, Options{Workers: 2}, func(context.Context, int) (int, error) {
			t.Error("an item ran under a cancelled context")
			return 0, nil
		})
		if !errors.Is(err, why) {
			t.Errorf("err = %v, want the context's cause", err)
		}
	})
}

func TestRunWorkerNumbers(t *testing.T) {
	const workers = 3
	busy := make([]atomic.Int32, workers)
	err := Run(context.Background(), 300, Options{Workers: workers}, func(_ context.Context, w, _ int) error {
		if w < 0 || w >= workers {
			return fmt.Errorf("worker number %d out of [0, %d)", w, workers)
		}
		if busy[w].Add(1) != 1 {
			return fmt.Errorf("two calls with worker number %d overlap", w)
		}
		time.Sleep(10 * time.Microsecond)
		busy[w].Add(-1)
		return nil
	})
	if err != nil {
		t.Error(err)
	}
}

func TestRunPanic(t *testing.T) {
	for _, workers := range []int{1, 4} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			defer func() {
				if p := recover(); p != "boom" {
					t.Errorf("recovered %v, want boom", p)
				}
			}()
			_ = Run(context.Background(), 100, Options{Workers: workers}, func(_ context.Context, _, i int) error {
				if i == 5 {
					panic("boom")
				}
				return nil
			})
			t.Error("Run returned; want the panic re-raised")
		})
	}
}

func TestMapError(t *testing.T) {
	got, err := Map(context.Background(), []string{"a", "", "c"}, Options{Workers: 2}, func(_ context.Context, s string) (int, error) {
		if s == "" {
			return 0, errors.New("empty")
		}
		return len(s), nil
	})
	if err == nil || got != nil {
		t.Errorf("Map = %v, %v; want no results and an error", got, err)
	}
}
