package store

import (
	"fmt"
	"testing"
)

func TestZZProbe(t *testing.T) {
	in := []string{"国内外", "国内外の拠点", "国内及び海外", "国内および国外", "主に国内", "原則国内", "基本的に国内", "ほぼ国内", "大部分は国内", "国内中心", "国内が中心", "国内メイン", "国内（一部海外）", "日本国内外", "国内・国外", "内外", "国内外DC",
		"US", "USA", "U.S.", "UK", "EU", "EEA", "APAC", "Asia", "アジア", "global", "グローバル", "worldwide", "全世界", "multi-region", "マルチリージョン", "Multi-Region",
		"us-east-1", "ap-southeast-1", "asia-northeast1", "asia-northeast2", "asia-northeast3", "Japan region", "Tokyo region", "Osaka region", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "Japan East", "japaneast", "Japan West", "東日本リージョン", "西日本リージョン",
		"Tokyo", "東京", "東京・大阪", "AWS東京リージョン", "AWS Tokyo", "GCP asia-northeast1 (Tokyo)", "OCI ap-tokyo-1", "ap-osaka-1", "ap-seoul-1", "ap-singapore-1", "jp-east-1", "jp-west-1", "tyo1", "tok02", "Tokyo 2", "Equinix TY11",
		"asia", "asia-east1", "asia-east2", "asia-south1", "us", "eu", "US multi-region", "nam5", "eur3", "asia1", "global (Google)", "us-central1", "europe-west1", "southamerica-east1", "me-central1",
		"Asia Pacific (Tokyo)", "Asia Pacific (Osaka)", "Asia Pacific (Seoul)", "アジアパシフィック（東京）", "アジアパシフィック（シンガポール）", "AP-Northeast-1", "AP-NORTHEAST-2", "ａｐ－ｎｏｒｔｈｅａｓｔ－２",
		"ＵＳ", "ＵＳＡ", "アメリカ", "米国", "ｱﾒﾘｶ", "北米", "米", "米国（バックアップ）", "東京（DR: 米国）", "東京 (DR: us-west-2)", "東京、DRはus-west-2", "東京（DRは海外）", "東京、バックアップ: Singapore", "Tokyo / Singapore", "Tokyo+Singapore", "Tokyo & Singapore", "Tokyo and Osaka", "東京 + 海外",
		"japan", "Japan (primary), US (backup)", "JP/US", "JP, US", "JP・US", "国内（CDNは全世界）", "CDN: global", "CDN全世界", "エッジ: 全世界",
	}
	for _, s := range in {
		where, asia := regionAbroad(s)
		fmt.Printf("%-40s where=%q asia=%q\n", s, where, asia)
	}
}
