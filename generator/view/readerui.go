package view

// readerUI holds the strings of what is around the text (status line,
// previous and next, printing, the phone's folds and floating buttons, the
// short citation); they join ui at start-up.
var readerUI = map[string]map[string]string{
	"zh": {
		"statusPeriod":    "规划期",
		"statusInForce":   "现行有效",
		"statusExpired":   "已过规划期",
		"statusRepealed":  "已废止",
		"statusDraft":     "征求意见稿",
		"statusLine":      "文件状态",
		"originalOnline":  "原文",
		"interpretation":  "政策解读",
		"printPage":       "打印本页",
		"prevPassage":     "上一条",
		"nextPassage":     "下一条",
		"passageNav":      "前后条目",
		"toTop":           "顶部",
		"floatNav":        "快速导航",
		"citationShortZh": "公文引用（中文）",
		"citationShortEn": "公文引用（英文）",
		"moreOnThisPlan":  "更多",
		"gotoAllHint":     "也可在搜索框中输入条目编号，如 二（一）3、2.1.3。",
		"homeIntro":       "政府规划全文公开：逐段可引用、可搜索，附中英对照、术语表和开放数据。",
		"siteGlossary":    "术语表：规划中反复出现的词语及其固定英译",
		"siteParallel":    "中英对照阅读",
		"siteOpenData":    "开放数据（JSON、CSV、Akoma Ntoso XML）",
		"printedFrom":     "打印自",
	},
	"en": {
		"statusPeriod":    "Plan period",
		"statusInForce":   "In force",
		"statusExpired":   "Plan period ended",
		"statusRepealed":  "Repealed",
		"statusDraft":     "Draft for comment",
		"statusLine":      "Status",
		"originalOnline":  "Original (Chinese)",
		"interpretation":  "Official interpretation",
		"printPage":       "Print this page",
		"prevPassage":     "Previous",
		"nextPassage":     "Next",
		"passageNav":      "Previous and next passages",
		"toTop":           "Top",
		"floatNav":        "Quick navigation",
		"citationShortZh": "Short form for documents (Chinese)",
		"citationShortEn": "Short form for documents (English)",
		"moreOnThisPlan":  "More",
		"gotoAllHint":     "You can also type a passage number, e.g. II (1) 3 or 2.1.3, into the search box.",
		"homeIntro":       "Government plans in full: every passage citable and searchable, with side-by-side Chinese and English, a glossary and open data.",
		"siteGlossary":    "Glossary: recurring terms and their fixed English renderings",
		"siteParallel":    "Side-by-side Chinese and English",
		"siteOpenData":    "Open data (JSON, CSV, Akoma Ntoso XML)",
		"printedFrom":     "Printed from",
	},
}

func init() {
	for lang, m := range readerUI {
		for k, v := range m {
			ui[lang][k] = v
		}
	}
}
