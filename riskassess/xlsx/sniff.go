package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
)

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	zipMagic = []byte("PK\x03\x04")
	// encryptedPackage is the OLE stream name of an encrypted OOXML file,
	// in UTF-16LE as stored in the compound file directory.
	encryptedPackage = utf16le("EncryptedPackage")
)

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// sniff looks at the content (never the file name) and refuses what is not
// an OOXML workbook: an OLE compound file (a password-protected .xlsx or an
// old .xls), an OpenDocument spreadsheet, CSV or other text, or anything
// else that is not a zip with [Content_Types].xml.
func sniff(b []byte) *CellError {
	refuse := func(code ErrorCode, what string) *CellError {
		ja, en, _ := strings.Cut(what, " / ")
		return &CellError{Code: code, Hint: what + ": " + saveAsXLSX,
			hint: riskassess.T(ja+"。"+saveAsXLSXJa, en+": "+saveAsXLSXEn)}
	}
	switch {
	case bytes.HasPrefix(b, oleMagic):
		if bytes.Contains(b, encryptedPackage) {
			return (&CellError{Code: ErrEncrypted}).withHint("開くときのパスワードを解除し、.xlsx 形式で保存し直してください",
				"the workbook is password-protected: remove the password to open and save it as .xlsx")
		}
		return refuse(ErrUnsupportedFormat, "Excel 97-2003 形式（.xls）です / old Excel 97-2003 .xls")
	case bytes.HasPrefix(b, zipMagic):
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			ce := refuse(ErrUnsupportedFormat, "壊れた zip です / damaged zip")
			ce.Err = err
			return ce
		}
		hasTypes := false
		for _, zf := range zr.File {
			switch zf.Name {
			case "mimetype":
				if mt := readSmall(zf); bytes.Contains(mt, []byte("opendocument")) {
					return refuse(ErrUnsupportedFormat, fmt.Sprintf("OpenDocument（%s）です / OpenDocument file (%s)", mt, mt))
				}
			case "[Content_Types].xml":
				hasTypes = true
			}
		}
		if !hasTypes {
			return refuse(ErrUnsupportedFormat, "Excel ブックではない zip です / a zip that is not an Excel workbook")
		}
		return nil
	case len(b) == 0:
		return refuse(ErrUnsupportedFormat, "空のファイルです / empty file")
	case looksText(b):
		return refuse(ErrUnsupportedFormat, "CSV などのテキストファイルです / CSV or other text, not .xlsx")
	}
	return refuse(ErrUnsupportedFormat, "Excel ブック（.xlsx）ではありません / not an .xlsx workbook")
}

func readSmall(zf *zip.File) []byte {
	if zf.UncompressedSize64 > 256 {
		return nil
	}
	rc, err := zf.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	b, _ := io.ReadAll(io.LimitReader(rc, 256))
	return b
}

// looksText reports whether the first KiB of b is text: valid UTF-8 (or
// UTF-16 with a BOM, or Shift_JIS-like bytes without control characters).
func looksText(b []byte) bool {
	if len(b) > 1024 {
		b = b[:1024]
	}
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return true
	}
	for len(b) > 0 && !utf8.Valid(b) && len(b) > 1020 {
		b = b[:len(b)-1] // a rune cut by the 1 KiB limit
	}
	ctrl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' {
			ctrl++
		}
	}
	return ctrl == 0
}
