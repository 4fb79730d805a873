package catalog

import (
	"regexp"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// practiceOnly matches a document field's whole text (half width, lower
// case, a closing 。 or です aside) saying the thing is done with no
// document: by custom (慣例による, 慣例で運用, 慣行, 慣習, 前例踏襲, 従来どおり,
// 暗黙のルール), by a person's knowledge or judgement (担当者が把握,
// 担当者のみ把握, 担当者の判断, 担当者に一任, 職員の裁量, 担当者の頭の中), by consulting each time (都度相談, 個別に判断, ケースバイケース,
// 臨機応変に対応, 都度相談して決める), or by sharing it by e-mail, chat or
// telephone (メールで共有, メールで都度共有, 口頭とメールで共有, LINEで共有,
// チャットで周知, 電話で連絡), with a verb of running or doing after it
// (運用している, 対応). A title holding such words (担当者の判断基準,
// メール送信手順書, 慣例集, 都度相談の手順, メールで共有する事項の一覧) names a
// document; so does a bare channel (メール), which may name information
// handled, and a title with such a note (SNS運用方針（メールで周知）), which
// says how a document is made known.
var practiceOnly = regexp.MustCompile(`^(?:その都度|都度|随時|適宜|必要に応じて|課内で|係内で|担当者間で)?(?:` +
	`(?:慣例|慣行|慣習|前例踏襲|先例踏襲|暗黙の?(?:ルール|了解))` +
	`|(?:慣例|慣行|慣習|前例|先例|従来|これまで|今まで|例年)(?:の)?(?:とおり|どおり|通り|踏襲|による|により|に従う|に従い|に従って|に基づく|に基づき|で|にて|ベースで?)` +
	`|(?:各?担当者?|担当職員|担当課|担当係|職員|係員|事務局|各自|責任者|前任者|管理者)(?:間で|同士で)?(?:のみ|だけ)?(?:が|の|に|で|にて)?(?:のみ|だけ)?(?:判断|把握|一任|裁量|記憶|任せ|対応|相談|頭の中)` +
	`|(?:個別に?|随時|適宜|その都度|都度)(?:相談|協議|判断|確認|調整|対応|検討)` +
	`|ケースバイケース|臨機応変|状況に応じて(?:判断|対応)|場合に応じて(?:判断|対応)` +
	`|(?:口頭(?:と|や|・|、|及び|または|又は))?(?:電子メール|メール|e-?mail|チャット|teams|slack|line ?works|line|グループウェア|掲示板|電話)(?:等|など)?(?:で|にて|による|により|を通じて|経由で)(?:の)?(?:その都度|都度|随時|適宜)?` +
	`(?:共有|周知|連絡|伝達|通知|送付|配信|やりとり|やり取り|指示|引継ぎ|引き継ぎ|申し送り)` +
	`)(?:による|により|で|にて|に)?(?:運用|対応|実施|処理|判断)?(?:のみ|だけ)?` +
	`(?:している|しています|しております|する|します|中|済み?|とする|としている|される|されている|して決める|して決めている|して決定)?$` +
	`|^(?:by (?:convention|custom|practice)|(?:at|by|left to) (?:the )?(?:staff|officer|person in charge)(?:'s)? (?:discretion|judgement|judgment)` +
	`|case by case|on a case-by-case basis|ad hoc|(?:shared )?by e-?mail)$`)

// saysPracticeOnly reports whether v says the thing is done with no
// document (practiceOnly).
func saysPracticeOnly(v string) bool {
	// Every form holds one of these runes: a text without any (most
	// titles, staff ids, URLs) is told at once.
	if !strings.ContainsAny(v, "慣例前先従今こ暗担職係務各責管メチ電掲都随適個ケ臨状場グ共周連伝通送配やり指引申cCyYｃＣｙＹ") {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(halfWidth(riskassess.WideKana(v))))
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(t, "。. "), "です"))
	return practiceOnly.MatchString(t)
}
