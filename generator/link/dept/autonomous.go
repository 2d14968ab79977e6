package dept

import "strings"

// autonomousPrefectures are autonomous prefectures by the short name their
// own documents use (阿坝州 for 阿坝藏族羌族自治州), with the peoples their
// full name adds and their English name without the level (some not
// pinyin: 甘孜 is Garze). An autonomous prefecture's
// English is its full official name whichever form the Chinese uses:
// 阿坝州 is "Aba Tibetan and Qiang Autonomous Prefecture", as the
// prefecture's government and the State Council's gazette name it, never
// "Aba Prefecture". The short name alone (阿坝县, a county of the same
// prefecture) is only the place's pinyin.
var autonomousPrefectures = map[string]struct{ peoples, en string }{
	"阿坝":   {"藏族羌族", "Aba Tibetan and Qiang"},
	"甘孜":   {"藏族", "Garze Tibetan"},
	"凉山":   {"彝族", "Liangshan Yi"},
	"恩施":   {"土家族苗族", "Enshi Tujia and Miao"},
	"湘西":   {"土家族苗族", "Xiangxi Tujia and Miao"},
	"延边":   {"朝鲜族", "Yanbian Korean"},
	"黔东南":  {"苗族侗族", "Qiandongnan Miao and Dong"},
	"黔南":   {"布依族苗族", "Qiannan Buyei and Miao"},
	"黔西南":  {"布依族苗族", "Qianxinan Buyei and Miao"},
	"大理":   {"白族", "Dali Bai"},
	"楚雄":   {"彝族", "Chuxiong Yi"},
	"红河":   {"哈尼族彝族", "Honghe Hani and Yi"},
	"西双版纳": {"傣族", "Xishuangbanna Dai"},
	"临夏":   {"回族", "Linxia Hui"},
	"甘南":   {"藏族", "Gannan Tibetan"},
}

// autonomousPrefecture is the English of an autonomous prefecture's name
// without its level, from its short name (阿坝) or its full one without
// 自治州 (阿坝藏族羌族): "Aba Tibetan and Qiang"; "" for any other name.
func autonomousPrefecture(name string) string {
	for short, a := range autonomousPrefectures {
		if name == short || name == short+a.peoples {
			return a.en
		}
	}
	return ""
}

// prefectureLevel reads a level ending in 州 (阿坝州, 阿坝藏族羌族自治州) as
// an autonomous prefecture's: its English name and level, or false.
func prefectureLevel(level string) (name, en string, ok bool) {
	for _, suffix := range []string{"自治州", "州"} {
		if p, found := strings.CutSuffix(level, suffix); found {
			if name := autonomousPrefecture(p); name != "" {
				return name, "Autonomous Prefecture", true
			}
			return "", "", false
		}
	}
	return "", "", false
}
