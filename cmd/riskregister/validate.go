package main

import (
	"bufio"
	"fmt"

	"github.com/gikai-sec/riskregister/riskassess/load"
	"github.com/spf13/cobra"
)

func newValidateCmd(a *app) *cobra.Command {
	dir, asOfStr := ".", ""
	cmd := &cobra.Command{
		Use:   "validate [--register DIR] [--as-of DATE]",
		Short: "台帳のファイルを検査する / check the register files",
		Long: `台帳フォルダ（既定はカレントフォルダ）の register.yaml と全エントリを読み、項目名の誤り、
選択肢にない値、日付の形式、法人番号のチェックデジット、必須項目、ID の重複、課・職員・委託事業者への
参照などを検査します。問題がなければ件数を表示して終了コード 0、問題があれば
「ファイル:行:桁: 内容」の形で標準エラーにすべて表示して終了コード 1 で終わります。
基準日（--as-of、既定は今日）に、所管・責任者・投稿担当・パスワード管理・外部サービス管理者として
記入された職員がその課・役職にいない（異動・在任期間外）、役職だけを記入した職が空席または在任者が
複数、という場合は「警告:」として表示します。警告だけなら終了コードは 0 です
（一覧と後任は riskregister rotation）。

Reads register.yaml and every entry of the register folder (default: the current folder) and
checks field names, allowed values, dates, corporate numbers, required fields, duplicate ids and
references. Prints a count and exits 0 when the register is valid; otherwise prints every problem
to stderr as "file:line:col: message" and exits 1. Suitable for a pre-commit hook.
On the as-of date (--as-of, default today) a named owner, responsible person, operator, credential
custodian or service manager who no longer holds that section or position, and a post named without
a person that is vacant or held by several people, are shown as "warning:"; warnings alone exit 0
(riskregister rotation lists them with the holder to write in).`,
		Example: `  riskregister validate --register examples/chofu-gikai
  riskregister validate --register . --lang en
  riskregister validate --register . --as-of 2027-04-01`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			asOf, err := parseAsOf(asOfStr)
			if err != nil {
				return err
			}
			a.retainCache = true // the cache is kept until the command ends
			a.loadOnce = true
			reg, reqs, err := a.loadRegister(dir)
			if err != nil {
				return err
			}
			// The organisation's own mappings of foreign questionnaires
			// (mappings/*.yaml) pass the same self-test as the built-in ones.
			if _, err := a.loadMappings(dir, reqs); err != nil {
				return err
			}
			// People move every April: who no longer holds what the
			// entries name, as warnings.
			warns := load.StaffWith(dir, reg, asOf, a.cacheOptions())
			if a.cache != nil {
				a.cache.Save() // the warnings' positions
			}
			// One write per 64 KiB, not per warning (thousands after an
			// April's moves), all written before the count on stdout.
			errw := bufio.NewWriterSize(a.stderr, 64<<10)
			for _, p := range warns {
				p.File = a.regPath(p.File)
				fmt.Fprintln(errw, p.Message(a.lang))
			}
			errw.Flush()
			c, s, so := len(reg.Contractors), len(reg.Services), len(reg.Social)
			if a.lang == "en" {
				fmt.Fprintf(a.stdout, "OK: %d contractors, %d external services, %d social-media accounts", c, s, so)
				if len(warns) > 0 {
					fmt.Fprintf(a.stdout, "; %d warnings as of %s (riskregister rotation lists them)", len(warns), asOf)
				}
			} else {
				fmt.Fprintf(a.stdout, "OK: 委託事業者 %d件, 外部サービス %d件, SNS %d件", c, s, so)
				if len(warns) > 0 {
					fmt.Fprintf(a.stdout, "（%s 時点の警告 %d件。一覧は riskregister rotation）", asOf, len(warns))
				}
			}
			fmt.Fprintln(a.stdout)
			return nil
		},
	}
	addRegisterFlag(cmd, &dir)
	addAsOfFlag(cmd, &asOfStr)
	return cmd
}
