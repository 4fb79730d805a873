package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newValidateCmd(a *app) *cobra.Command {
	dir := "."
	cmd := &cobra.Command{
		Use:   "validate [--register DIR]",
		Short: "台帳のファイルを検査する / check the register files",
		Long: `台帳フォルダ（既定はカレントフォルダ）の register.yaml と全エントリを読み、項目名の誤り、
選択肢にない値、日付の形式、法人番号のチェックデジット、必須項目、ID の重複、課・職員・委託事業者への
参照などを検査します。問題がなければ件数を表示して終了コード 0、問題があれば
「ファイル:行:桁: 内容」の形で標準エラーにすべて表示して終了コード 1 で終わります。

Reads register.yaml and every entry of the register folder (default: the current folder) and
checks field names, allowed values, dates, corporate numbers, required fields, duplicate ids and
references. Prints a count and exits 0 when the register is valid; otherwise prints every problem
to stderr as "file:line:col: message" and exits 1. Suitable for a pre-commit hook.`,
		Example: `  riskregister validate --register examples/chofu-gikai
  riskregister validate --register . --lang en`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			reg, _, err := a.loadRegister(dir)
			if err != nil {
				return err
			}
			c, s, so := len(reg.Contractors), len(reg.Services), len(reg.Social)
			if a.lang == "en" {
				fmt.Fprintf(a.stdout, "OK: %d contractors, %d external services, %d social-media accounts\n", c, s, so)
			} else {
				fmt.Fprintf(a.stdout, "OK: 委託事業者 %d件, 外部サービス %d件, SNS %d件\n", c, s, so)
			}
			return nil
		},
	}
	addRegisterFlag(cmd, &dir)
	return cmd
}
