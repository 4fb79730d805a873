package synth_test

import (
	"fmt"

	"github.com/gikai-sec/riskregister/internal/synth"
)

func ExampleGenerate() {
	reg := synth.Generate(20, 1)
	fmt.Println(len(reg.Contractors), len(reg.Services), len(reg.Social))
	fmt.Println(reg.Contractors[0].ID, reg.Services[0].ID, reg.Social[0].ID)
	// Output:
	// 10 7 3
	// acme-00001 svc-00001 facebook-00003
}
