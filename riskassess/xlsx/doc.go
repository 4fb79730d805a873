// Package xlsx writes and reads the Excel questionnaires (確認票) that
// vendors fill in: a workbook with a cover sheet (表紙) carrying the
// instructions and the respondent fields, a questions sheet (質問) with one
// row per question, and a very hidden _meta sheet recording the kind, entry,
// catalogue version and question IDs with a SHA-256 checksum.
//
// Questionnaire.Write generates a workbook, pre-filled with what the
// register already knows. Read (and ReadFile) reads a filled workbook back:
// it finds the header row by its text and every question by its ID, never
// by row or column position, normalises answers (はい, ○, ＹＥＳ, 令和8年4月1日,
// Excel dates in the 1900 and 1904 systems …) and reports every problem as
// a *CellError with a position and an ErrorCode.
//
// The package uses github.com/xuri/excelize/v2 and imports riskassess and
// riskassess/wareki only; it never reads the clock.
package xlsx
