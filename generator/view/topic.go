package view

import (
	"cmp"
	"slices"
	"strings"

	"plansite/generator/link/dept"
)

// Topic is a plan's subject as a library groups plans by it: the portal's
// 主题分类 (content/works.yaml's subject, else the seed's metadata), at its
// most specific level ("科技教育/教育" → 教育; a last level 其他 gives way to
// the one above it).
type Topic struct {
	Slug string // ASCII: the category's (topics) or the pinyin of its name
	Name string // in the document's language where known, else the Chinese
	Han  bool   // Name is the Chinese on a page in another language
}

// topics are gov.cn's subject categories (主题分类) and the common ones
// below them, by name without punctuation, with their slugs; their names
// in each language are the interface strings "topic_" + slug with
// underscores for hyphens.
var topics = map[string]string{
	"国务院组织机构": "state-council", "综合政务": "general-affairs",
	"国民经济管理国有资产监管": "economy", "财政金融审计": "finance",
	"国土资源能源": "land-energy", "农业林业水利": "agriculture",
	"工业交通": "industry-transport", "商贸海关旅游": "trade", "商贸海关": "commerce-customs",
	"市场监管安全生产监管": "market-regulation", "城乡建设环境保护": "construction-environment",
	"科技教育": "science-education", "文化广电新闻出版": "culture",
	"卫生体育": "health-sports", "卫健体育": "health-sports", "人口与计划生育妇女儿童工作": "population",
	"劳动人事监察": "labour", "公安安全司法": "public-security",
	"民政扶贫救灾": "civil-affairs", "民族宗教": "ethnic-religious",
	"对外事务": "foreign-affairs", "港澳台侨工作": "hk-macao-taiwan",
	"国防": "defence",
	"教育": "education", "科技": "science", "卫生": "health", "体育": "sports",
	"交通": "transport", "工业": "industry", "能源": "energy",
	"城乡建设": "urban-rural", "环境保护": "environment", "住房": "housing",
	"房地产": "housing", "商贸": "commerce", "旅游": "tourism",
	"财政": "public-finance", "金融": "banking",
	// the Beijing portal's levels below 国民经济管理、国有资产监管 and
	// 劳动、人事、监察 (the CPC committee's proposal, the points-based hukou)
	"宏观经济": "macroeconomy", "人事工作": "personnel",
}

// TopicKey is the interface string naming a category's slug.
func TopicKey(slug string) string { return "topic_" + strings.ReplaceAll(slug, "-", "_") }

// Topics are the plan's topics, none when no subject is given: one a
// category the portal lists, as it separates several with a comma
// (江西's 鹰潭港 reply: 工业、交通,商贸、海关 is 工业、交通 and 商贸、海关;
// 、 joins the words of one category), each at its most specific level.
func (d *Doc) Topics() []Topic {
	w := d.work().Subject
	names := topicCategories(cmp.Or(w[SourceLang], d.InLang(SourceLang).Meta.Subject))
	// works.yaml's subject in the page's language, category by category:
	// whole for one (Agriculture, forestry and water), else split at
	// semicolons, as English names hold commas.
	var given []string
	switch {
	case w[SourceLang] == "" || w[d.Lang] == "":
	case len(names) == 1:
		given = []string{topicLevel(w[d.Lang])}
	default:
		for _, c := range strings.FieldsFunc(w[d.Lang], func(r rune) bool { return r == ';' || r == '；' }) {
			given = append(given, topicLevel(c))
		}
	}
	var out []Topic
	for i, name := range names {
		key := strings.NewReplacer("、", "", "，", "", " ", "", "　", "").Replace(name)
		t := Topic{Slug: cmp.Or(topics[key], dept.Slug(name)), Name: name}
		if slices.ContainsFunc(out, func(o Topic) bool { return o.Slug == t.Slug }) {
			continue
		}
		switch {
		case d.Lang == SourceLang:
		case len(given) == len(names):
			t.Name = given[i]
		case topics[key] != "":
			t.Name = d.T(TopicKey(t.Slug))
		default:
			t.Han = true
		}
		out = append(out, t)
	}
	return out
}

// topicCategories are the categories of a subject, each at its most
// specific level (topicLevel), split at a comma or semicolon of either
// width.
func topicCategories(subject string) []string {
	var out []string
	for _, c := range strings.FieldsFunc(subject, func(r rune) bool { return strings.ContainsRune(",，;；", r) }) {
		if name := topicLevel(c); name != "" {
			out = append(out, name)
		}
	}
	return out
}

// topicLevel is the most specific level of a subject path.
func topicLevel(subject string) string {
	parts := strings.FieldsFunc(subject, func(r rune) bool { return r == '/' || r == '／' || r == '>' })
	for i, part := range slices.Backward(parts) {
		if p := strings.TrimSpace(part); p != "" && (p != "其他" || i == 0) {
			return p
		}
	}
	return ""
}
