package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"
)

func newSchemaCmd(a *app) *cobra.Command {
	out := "schemas"
	cmd := &cobra.Command{
		Use:   "schema [-o DIR]",
		Short: "台帳ファイルの JSON Schema を書き出す / write the JSON Schemas of the register files",
		Long: `台帳ファイル（register.yaml、contractors/・services/・social/ の YAML）と JSON エクスポートの
JSON Schema を DIR（既定 schemas）に書き出します。既存の同名ファイルは置き換えます。
各 YAML ファイルの 1 行目に
  # yaml-language-server: $schema=../schemas/contractor.schema.json
のように書くと、VS Code の YAML 拡張などで項目の補完と入力チェックが使えます。

Writes the JSON Schemas of the register files (register.yaml and the entries in contractors/,
services/, social/) and of the JSON export into DIR (default "schemas"), replacing files of the
same name. With a "# yaml-language-server: $schema=…" first line, editors using
yaml-language-server complete and check the fields.`,
		Example: `  riskregister schema -o my-register/schemas`,
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			names, err := writeSchemaFiles(out)
			if err != nil {
				return &exitError{code: 1, msg: a.writeText(out, err)}
			}
			for _, n := range names {
				fmt.Fprintln(a.stdout, filepath.Join(out, n))
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", out, "書き出し先のフォルダ / output folder")
	return cmd
}
