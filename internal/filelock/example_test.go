package filelock_test

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/gikai-sec/riskregister/internal/filelock"
)

func ExampleAcquire() {
	dir, _ := os.MkdirTemp("", "filelock-example")
	defer os.RemoveAll(dir)
	l, err := filelock.Acquire(filepath.Join(dir, ".lock"), 5*time.Second, func(holder string) {
		fmt.Println("waiting for", holder)
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer l.Unlock()
	fmt.Println("locked")
	// Output: locked
}
