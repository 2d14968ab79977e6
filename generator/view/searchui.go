package view

// searchUI holds the search box's and results page's strings; they join ui
// at start-up. The client's own strings (result counts, "show more") are in
// templates/assets/search.js.
var searchUI = map[string]map[string]string{
	"zh": {
		"searchTitle":       "搜索",
		"searchLabel":       "搜索规划",
		"searchPlaceholder": "搜索，如：近视",
		"searchButton":      "搜索",
		"searchHint":        "输入任意字词，可用空格分隔多个词；标题、正文、责任部门和重点项目均可搜索。在任何页面按 / 或 Ctrl+K 即可开始搜索。",
		"searchNoScript":    "搜索需要启用 JavaScript。也可以从目录查找：",
	},
	"en": {
		"searchTitle":       "Search",
		"searchLabel":       "Search the plans",
		"searchPlaceholder": "Search, e.g. myopia",
		"searchButton":      "Search",
		"searchHint":        "Type any words; separate several with spaces. Headings, text, departments and key projects are searched. Press / or Ctrl+K on any page to search.",
		"searchNoScript":    "Search needs JavaScript. You can also browse the contents:",
	},
}

func init() {
	for lang, m := range searchUI {
		for k, v := range m {
			ui[lang][k] = v
		}
	}
}
