package workers_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/gikai-sec/riskregister/internal/workers"
)

func ExampleMap() {
	names := []string{"chofu", "mitaka", "fuchu", "komae"}
	upper, err := workers.Map(context.Background(), names, workers.Options{Workers: 2},
		func(_ context.Context, s string) (string, error) { return strings.ToUpper(s), nil })
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(upper)
	// Output: [CHOFU MITAKA FUCHU KOMAE]
}

func ExampleRun() {
	// Sum the squares of 0..99 in four worker-local partial sums.
	var partial [4]int
	err := workers.Run(context.Background(), 100, workers.Options{Workers: len(partial)},
		func(_ context.Context, w, i int) error {
			partial[w] += i * i
			return nil
		})
	fmt.Println(partial[0]+partial[1]+partial[2]+partial[3], err)
	// Output: 328350 <nil>
}
