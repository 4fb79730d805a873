package schemagen_test

import (
	"fmt"
	"sort"

	"github.com/gikai-sec/riskregister/internal/schemagen"
)

func ExampleGenerate() {
	files, err := schemagen.Generate()
	if err != nil {
		panic(err)
	}
	var names []string
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Println(name)
	}
	// Output:
	// contractor.schema.json
	// export.schema.json
	// register.schema.json
	// service.schema.json
	// social.schema.json
}
