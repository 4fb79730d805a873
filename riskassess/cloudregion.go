package riskassess

import (
	"regexp"
	"strings"
)

// cloudRegion is the form of a cloud provider's region code (us-east-1,
// ap-southeast-1, asia-northeast1, eu-west-3, an availability zone
// ap-northeast-1a, a Google Cloud zone us-central1-a); japanRegion those
// of the regions in Japan (asia-northeast1-b too).
var (
	cloudRegion = regexp.MustCompile(`^(us|eu|ap|sa|ca|me|af|il|mx|uk|cn|asia|europe|northamerica|southamerica|australia|africa)(-[a-z]+)+-?[0-9]+-?[a-z]?$`)
	japanRegion = regexp.MustCompile(`^(ap-northeast-[13]|asia-northeast[12]|ap-(tokyo|osaka)-[0-9]+)-?[a-z]?$`)
	// azureRegions are the names of Azure regions outside Japan, written
	// without hyphens (koreacentral, eastus); japaneast and japanwest are
	// in Japan.
	azureRegions = map[string]bool{
		"eastus": true, "eastus2": true, "westus": true, "westus2": true, "westus3": true, "centralus": true,
		"northcentralus": true, "southcentralus": true, "westcentralus": true, "canadacentral": true, "canadaeast": true,
		"brazilsouth": true, "brazilsoutheast": true, "mexicocentral": true, "northeurope": true, "westeurope": true,
		"uksouth": true, "ukwest": true, "francecentral": true, "francesouth": true, "germanywestcentral": true,
		"germanynorth": true, "norwayeast": true, "norwaywest": true, "switzerlandnorth": true, "switzerlandwest": true,
		"swedencentral": true, "polandcentral": true, "italynorth": true, "spaincentral": true, "uaenorth": true,
		"uaecentral": true, "qatarcentral": true, "israelcentral": true, "southafricanorth": true, "southafricawest": true,
		"centralindia": true, "southindia": true, "westindia": true, "eastasia": true, "southeastasia": true,
		"koreacentral": true, "koreasouth": true, "australiaeast": true, "australiasoutheast": true,
		"australiacentral": true, "australiacentral2": true, "newzealandnorth": true, "indonesiacentral": true,
		"malaysiawest": true, "chinaeast": true, "chinaeast2": true, "chinaeast3": true, "chinanorth": true,
		"chinanorth2": true, "chinanorth3": true,
	}
	// gcpLocations are Google Cloud's dual- and multi-region locations
	// outside Japan written as codes (Cloud Storage nam4, eur4; Firestore
	// nam5, nam7, eur3), which cloudRegion does not match; asia1 (Tokyo
	// and Osaka) is in Japan.
	gcpLocations = map[string]bool{"nam4": true, "nam5": true, "nam7": true, "eur3": true, "eur4": true, "eur5": true, "eur7": true, "eur8": true}
	// ibmRegions are IBM Cloud's regions outside Japan, whose codes end
	// in no number (us-south, eu-de), which cloudRegion does not match;
	// jp-tok and jp-osa are in Japan. Not us-east: "US-East" is the
	// words of a region's name in a denial (東京（US-East：なし）), which the
	// region reader leaves to its denials of a capital code.
	ibmRegions = map[string]bool{"us-south": true, "eu-gb": true, "eu-de": true, "eu-es": true, "au-syd": true,
		"ca-tor": true, "br-sao": true}
)

// CloudRegionForm reports whether code, a word in lower case, has the form
// of a cloud provider's region code (us-east-1, asia-northeast1,
// ap-northeast-1a), in Japan or not.
func CloudRegionForm(code string) bool {
	return cloudRegionCandidate(code) && cloudRegion.MatchString(code)
}

// CloudRegionAbroad reports whether code, a word in lower case, is a cloud
// provider's region outside Japan: a region code (us-east-1,
// ap-northeast-2, which is Seoul, asia-northeast3, also Seoul; not
// ap-northeast-1 or -3, asia-northeast1 or 2, ap-tokyo-1, ap-osaka-1),
// an Azure region's name (eastus, koreacentral; not japaneast), a
// Google Cloud dual- or multi-region code (nam5, eur3; not asia1) or an
// IBM Cloud region (us-south, eu-de; not jp-tok: before, read as no
// region, and IBM Cloud us-south was work in Japan).
func CloudRegionAbroad(code string) bool {
	return azureRegions[code] || gcpLocations[code] || ibmRegions[code] || CloudRegionForm(code) && !japanRegion.MatchString(code)
}

// cloudRegionCandidate is the cheap test before cloudRegion's regular
// expression: a hyphen and a last byte that is a digit or a letter after
// one, or after a digit and a hyphen (us-east-1, ap-northeast-1a, a
// Google Cloud zone us-central1-a: before, a zone was no region, and
// GCE us-central1-a was work in Japan).
func cloudRegionCandidate(code string) bool {
	n := len(code)
	if n < 5 || strings.IndexByte(code, '-') < 0 {
		return false
	}
	digit := func(b byte) bool { return b >= '0' && b <= '9' }
	return digit(code[n-1]) || digit(code[n-2]) || code[n-2] == '-' && digit(code[n-3])
}

// AzureDisplayNameAbroad reports whether consecutive words (lower case)
// name an Azure region outside Japan as the Azure portal shows it, in
// words: "east us", "west europe", "southeast asia", "east us 2".
func AzureDisplayNameAbroad(words []string) bool {
	for i := range words {
		name := ""
		for j := i; j < len(words) && j < i+4; j++ {
			if name += words[j]; j > i && azureRegions[name] {
				return true
			}
		}
	}
	return false
}
