package dept

import (
	"strings"
	"unicode/utf8"

	"plansite/generator/pinyin"
)

// officialPlaces are the places whose English name is not their pinyin:
// a spelling the province keeps apart (陕西 Shaanxi, beside 山西 Shanxi),
// a region's name with the people it is named for (广西壮族 Guangxi
// Zhuang), a name in English (内蒙古 Inner Mongolia, 香港 Hong Kong), and
// the cities and prefectures of Inner Mongolia, Xinjiang and Xizang whose
// English is their name in Mongolian, Uygur or Tibetan (呼和浩特 Hohhot,
// not Huhehaote; 乌鲁木齐 Urumqi; 拉萨 Lhasa; 日喀则 Shigatse) and 哈尔滨
// Harbin. Source: the names these governments use on their own English
// pages and the State Council's English site (english.www.gov.cn), as
// Xinhua writes them; 西藏 is Xizang, the name the State Council's white
// papers use since 2023, which plain pinyin gives too. Where a place has
// no entry its pinyin is its English (placeWord).
var officialPlaces = map[string]string{
	// provinces and regions
	"陕西": "Shaanxi", "内蒙古": "Inner Mongolia", "广西壮族": "Guangxi Zhuang", "宁夏回族": "Ningxia Hui",
	"新疆维吾尔": "Xinjiang Uygur", "西藏": "Xizang", "香港": "Hong Kong", "澳门": "Macao",
	// cities and prefectures
	"呼和浩特": "Hohhot", "乌鲁木齐": "Urumqi", "哈尔滨": "Harbin", "拉萨": "Lhasa", "日喀则": "Shigatse",
	"喀什": "Kashgar", "林芝": "Nyingchi", "昌都": "Qamdo", "那曲": "Nagqu", "阿里": "Ngari",
	"鄂尔多斯": "Ordos", "呼伦贝尔": "Hulunbuir", "乌兰察布": "Ulanqab", "巴彦淖尔": "Bayannur",
	"锡林郭勒": "Xilingol", "阿拉善": "Alxa", "兴安": "Hinggan", "克拉玛依": "Karamay", "吐鲁番": "Turpan",
	"和田": "Hotan", "阿克苏": "Aksu", "伊犁": "Ili", "阿勒泰": "Altay", "格尔木": "Golmud",
}

// regions are the autonomous regions and special administrative regions
// by their full names, with the English of their names without the level.
var regions = map[string]string{
	"内蒙古自治区": "Inner Mongolia", "广西壮族自治区": "Guangxi Zhuang", "西藏自治区": "Xizang",
	"宁夏回族自治区": "Ningxia Hui", "新疆维吾尔自治区": "Xinjiang Uygur",
	"香港特别行政区": "Hong Kong", "澳门特别行政区": "Macao",
}

// regionLevel reads a place's name as an autonomous region's or a special
// administrative region's, full (西藏自治区, 广西壮族自治区): the English of
// its name and of its level, or false. A region's name without its level
// (广西) is a place's name as any other is.
func regionLevel(s string) (name, level string, ok bool) {
	en, ok := regions[s]
	if !ok {
		return "", "", false
	}
	if strings.HasSuffix(s, "特别行政区") {
		return en, "Special Administrative Region", true
	}
	return en, "Autonomous Region", true
}

// cityNames are the cities whose name is also a province's: the city
// says City in English (吉林市 is Jilin City, 吉林省 Jilin Province), where
// another city is its name alone (杭州市 is Hangzhou).
var cityNames = map[string]bool{"吉林": true}

// placeWord is a place's own name (without its level) in English: its
// official spelling, else its pinyin as one word with a capital
// (长沙 → Changsha, 西安 → Xi'an).
func placeWord(name string) string {
	if en := officialPlaces[name]; en != "" {
		return en
	}
	word := pinyin.Word(pinyin.Readings([]rune(name)))
	if word == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(word)
	return strings.ToUpper(string(r)) + word[size:]
}
