package hugeheap_test

import (
	"fmt"

	"github.com/gikai-sec/riskregister/internal/hugeheap"
)

// A command about to fill a large heap quickly asks for huge pages first;
// below 16 MiB Advise does nothing.
func ExampleAdvise() {
	const expected = 280 << 20 // what the run is about to allocate
	asked := hugeheap.Advise(expected)
	_ = asked // true only on Linux with transparent huge pages on request

	fmt.Println(hugeheap.Advise(1 << 20))
	// Output: false
}
