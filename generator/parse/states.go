package parse

import (
	"regexp"
	"strings"
)

// A run-in heading names its point (一、总体要求。, （十二）推行职称评审代表作
// 制度。): a topic or a task, a phrase. A short first sentence that says
// something of the world — when a thing happens, who does it, how many
// there are — is the point's text, however short (Beijing 人社局's 通告:
// 二、2026年公示拟取得落户资格人员6003人。, 三、拟取得落户资格人员名单自
// 2026年7月13日至20日在…公示。, 五、档案审核由调京后的档案接收部门按相关
// 规定办理。).

var (
	// statedDate is a day or a month of a year: when something happens.
	// A year alone names a topic as often (一、2023年工作回顾).
	statedDate = guard(regexp.MustCompile(`\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日`), "月")
	// statedAgent is a deed with its doer: X由Y办理 (负责, 承担…).
	statedAgent = guard(regexp.MustCompile(`由[^。，,；;]{1,24}(?:办理|负责|承担|受理|审核|核定|发放)$`), "由")
	// statedCount is a number of people or things as the sentence's end,
	// after their name: 拟取得落户资格人员6003人.
	statedCount = guard(regexp.MustCompile(`(?:人员|人数|对象|家庭|企业|单位)(?:共|为|达)?[0-9０-９]+(?:人|名|户|家|个)$`), "人", "名", "户", "家", "个")
)

// states reports whether head, the first sentence of a numbered point,
// states a fact (a date, a doer, a count) rather than naming the point. A
// date in brackets dates the point its words name (（一）启动阶段（2024年4月
// 1日至2024年12月31日）): only the words outside brackets are read.
func states(head string) bool {
	if ps := parentheticals(head); len(ps) > 0 {
		var b strings.Builder
		at := 0
		for _, p := range ps {
			b.WriteString(head[at:p[0]])
			at = p[1]
		}
		head = b.String() + head[at:]
	}
	return statedDate.MatchString(head) || statedAgent.MatchString(head) || statedCount.MatchString(head)
}
