package view

import (
	"regexp"
	"strings"
)

// DocTypes are the kinds of document a library filters by, in the order
// its filter lists them: what the last word of a Chinese policy title says
// the document is. Each key is also the interface string (content/i18n)
// naming the kind, "type-" + key, and the slug of its filter page.
//
//	plan        规划, 纲要 (development plans and their outlines)
//	programme   计划, 行动计划 (action plans, programmes)
//	scheme      方案, 实施方案, 工作方案
//	measures    办法, 管理办法, 暂行办法 (administrative measures)
//	rules       细则, 实施细则, 规则
//	provisions  规定, 条例 (provisions, regulations)
//	opinions    意见, 实施意见, 指导意见
//	policies    措施, 若干措施, 政策措施, 若干政策
//	keypoints   要点, 工作要点
//	decision    决定, 决议
//	notice      通知, 通告, 公告 (a notice that issues nothing else)
var DocTypes = []string{"plan", "programme", "scheme", "measures", "rules", "provisions", "opinions", "policies", "keypoints", "decision", "notice"}

// TypeKey is the interface string naming a kind of DocTypes.
func TypeKey(kind string) string { return "type_" + kind }

// typeWords are the title endings of each kind. A title is matched on its
// end, so 实施方案 is a scheme and 规划纲要 an outline (plan) whatever
// precedes it.
var typeWords = []struct{ word, kind string }{
	{"规划", "plan"}, {"纲要", "plan"},
	{"计划", "programme"},
	{"方案", "scheme"},
	{"办法", "measures"},
	{"细则", "rules"}, {"规则", "rules"},
	{"规定", "provisions"}, {"条例", "provisions"},
	{"意见", "opinions"},
	{"措施", "policies"}, {"若干政策", "policies"},
	{"要点", "keypoints"},
	{"决定", "decision"}, {"决议", "decision"},
	{"通知", "notice"}, {"通告", "notice"}, {"公告", "notice"},
}

var (
	// issuing is a notice that issues, transmits or publishes another
	// document: 关于印发《X》的通知 is of X's kind, not a notice.
	issuing = regexp.MustCompile(`(?:印发|转发|发布|颁布)[《“"]?(.+?)[》”"]?的(?:通知|决定|公告)$`)
	// trailing are what may follow the kind word: a parenthesised note
	// ((修订), （试行）, (2021—2023年)), a closing quote or bracket, a full stop.
	trailing = regexp.MustCompile(`(?:\s*[（(][^（）()]*[）)]|[》”"」\s。.])+$`)
)

// DocType classifies a Chinese title into one of DocTypes, or "" when its
// ending names none of them. A notice issuing another document takes the
// kind of the document it issues (of the last, when it issues several);
// notes in brackets at the end and the years they give are ignored.
func DocType(title string) string {
	t := strings.TrimSpace(title)
	if m := issuing.FindStringSubmatch(t); m != nil {
		if k := typeOfEnd(m[1]); k != "" {
			return k
		}
	}
	return typeOfEnd(t)
}

// typeOfEnd is the kind its last word names, after trailing notes.
func typeOfEnd(t string) string {
	t = trailing.ReplaceAllString(t, "")
	for _, w := range typeWords {
		if strings.HasSuffix(t, w.word) {
			return w.kind
		}
	}
	return ""
}

// Type is the plan's kind (DocTypes), from its own title, else the title
// of the notice issuing it; "" when neither says.
func (d *Doc) Type() string {
	if k := DocType(d.Meta.Title); k != "" {
		return k
	}
	return DocType(d.Meta.NoticeTitle)
}
