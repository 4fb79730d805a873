package libreoffice_test

import (
	"fmt"

	"github.com/gikai-sec/riskregister/internal/libreoffice"
)

// A test calls libreoffice.Binary(t), which skips it when LibreOffice is
// missing, then libreoffice.Convert(t, bin, "answers.xlsx", "xlsx") to have
// Calc save the workbook again. Find alone says whether it is installed.
func ExampleFind() {
	if libreoffice.Find() == "" {
		fmt.Println("LibreOffice is not installed")
	}
}
