// Package xlsx writes and reads the Excel questionnaires (確認票) that
// vendors fill in: a workbook with a cover sheet (表紙) carrying the
// instructions and the respondent fields, a questions sheet (質問) with one
// row per question, and a very hidden _meta sheet recording the kind, entry,
// catalogue version and question IDs with a SHA-256 checksum.
//
// The shortest use: the register workbook of a loaded, assessed register:
//
//	f, _ := os.Create("台帳.xlsx")
//	err := xlsx.WriteRegister(f, reg, assessments, xlsx.RegisterOptions{})
//
// and a vendor's questionnaire: (&xlsx.Questionnaire{Kind: …, Entry: …}).WriteFile(path).
//
// Questionnaire.Write generates a workbook, pre-filled with what the
// register already knows. Read (and ReadFile) reads a filled workbook back:
// it finds the header row by its text and every question by its ID, never
// by row or column position, normalises answers (はい, ○, ＹＥＳ, 令和8年4月1日,
// Excel dates in the 1900 and 1904 systems …) and reports every problem as
// a *CellError with a position and an ErrorCode.
//
// The reader does not trust the file: it streams only the parts it needs
// from the zip (encoding/xml, non-empty cells only), refuses any zip or XML
// error as ErrDamaged rather than reading a sheet in part, and refuses a
// file beyond its bounds (size, XML read, rows, cells, sheets, shared
// strings, merged ranges) as ErrTooLarge, so that any file costs at most
// about a second and well under 256 MB.
//
// The writer uses github.com/xuri/excelize/v2; the package imports
// riskassess and riskassess/wareki only and never reads the clock.
package xlsx
