package view

import (
	"os"
	"strconv"
	"time"

	"plansite/generator/cite"
)

// Citations (package cite) as pages show them: templates/partials/cite.html
// renders a cite control for every node Citable reports, from the methods
// below.

// citeUI holds the interface strings of the cite controls, the go-to box
// and the open-data page; init adds them to ui so templates reach them with
// t and .T like any other string.
var citeUI = map[string]map[string]string{
	"zh": {
		"cite":          "引用",
		"citeOf":        "引用本段",
		"copyLink":      "复制链接",
		"copyCitation":  "复制引文",
		"citationZh":    "中文引文（GB/T 7714）",
		"citationEn":    "英文引文",
		"link":          "链接",
		"copied":        "已复制",
		"copyFailed":    "无法复制，请手动选择文字",
		"goto":          "跳转到",
		"gotoHint":      "输入条目编号，如 二（一）3、2.1.3、第二部分（一）3 或 eId",
		"gotoButton":    "前往",
		"gotoNotFound":  "未找到该条目：",
		"gotoTitle":     "按编号查找条目",
		"gotoAll":       "全部条目编号",
		"openData":      "开放数据",
		"redirectTitle": "此条目已移动",
		"redirectText":  "此条目的编号已调整，现位于：",
		"label":         "编号",
		"citationLabel": "引用编号",
		"citeWhole":     "引用全文",
		"samples":       "格式示例",
		"file":          "文件",
		"format":        "格式",
		"description":   "说明",
		"fileLang":      "语言",
		"lang_zh":       "中文",
		"lang_en":       "英文",
		"dataIntro":     "本规划的全部内容以开放格式提供，可自由下载使用。中文文本为准，英文为参考译文。",
		"dataJSON":      "全文及结构：每个条目的 eId、编号、标题、正文、责任单位和链接",
		"dataCSV":       "责任分工表：每个任务或项目与每个部门一行，注明牵头或配合（UTF-8 带 BOM，可直接用 Excel 打开）",
		"dataAKN":       "Akoma Ntoso（OASIS LegalDocML）XML：FRBR 标识、每个条目的 eId、部门引用及其职责",
		"dataSchema":    "JSON 文件的 JSON Schema（draft 2020-12）",
		"dataOriginal":  "原文：本规划发布时的文件，未经改动",
		"original":      "原文下载",
	},
	"en": {
		"cite":          "Cite",
		"citeOf":        "Cite this passage",
		"copyLink":      "Copy link",
		"copyCitation":  "Copy citation",
		"citationZh":    "Chinese citation (GB/T 7714)",
		"citationEn":    "English citation",
		"link":          "Link",
		"copied":        "Copied",
		"copyFailed":    "Could not copy; select the text by hand",
		"goto":          "Go to",
		"gotoHint":      "Type a passage number, e.g. II (1) 3 or 2.1.3, its Chinese label, or an eId",
		"gotoButton":    "Go",
		"gotoNotFound":  "No passage found for:",
		"gotoTitle":     "Find a passage by number",
		"gotoAll":       "All passage numbers",
		"openData":      "Open data",
		"redirectTitle": "This passage has moved",
		"redirectText":  "This passage was renumbered. It is now:",
		"label":         "Label",
		"citationLabel": "Citation label",
		"citeWhole":     "Cite the whole plan",
		"samples":       "Samples",
		"file":          "File",
		"format":        "Format",
		"description":   "Description",
		"fileLang":      "Language",
		"lang_zh":       "Chinese",
		"lang_en":       "English",
		"dataIntro":     "The whole plan is available in open formats, free to download and reuse. The Chinese text prevails; the English is a reference translation.",
		"dataJSON":      "Full text and structure: every passage's eId, number, heading, text, responsible departments and link",
		"dataCSV":       "Responsibilities: one row per task or project and department, with its role, lead or supporting (UTF-8 with BOM, opens in Excel)",
		"dataAKN":       "Akoma Ntoso (OASIS LegalDocML) XML: FRBR identifiers, every passage's eId, departments as references with their roles",
		"dataSchema":    "JSON Schema (draft 2020-12) of the JSON files",
		"dataOriginal":  "The original: the plan's file as published, unchanged",
		"original":      "Download the original",
	},
}

func init() {
	for lang, m := range citeUI {
		for k, v := range m {
			ui[lang][k] = v
		}
	}
}

// accessedDate is the date of citation printed in every citation: the day
// of the build in China Standard Time, or SOURCE_DATE_EPOCH's day for a
// reproducible build. The page's script replaces it with the reader's day.
var AccessedDate = func() string {
	t := time.Now()
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if sec, err := strconv.ParseInt(s, 10, 64); err == nil {
			t = time.Unix(sec, 0)
		}
	}
	return t.In(time.FixedZone("CST", 8*3600)).Format("2006-01-02")
}

// Citable reports whether the node gets a cite control: every passage with
// a permalink page.
func (n *Node) Citable() bool { return n.HasPage() && cite.Label(n.Node, n.Doc.Lang) != "" }

// CiteLabel is the node's citation label (第二部分（一）3, Part II (1) 3).
func (n *Node) CiteLabel() string { return cite.Label(n.Node, n.Doc.Lang) }

// AbsURL is the node's permalink as an absolute URL.
func (n *Node) AbsURL() string { return n.Doc.Absolute(n.URL()) }

// Citations are the node's references, the page's language first. They
// are the same on every page that shows the node, so they are worked out
// once per view.
func (n *Node) Citations() []cite.Citation {
	return n.citations.get(n.citationsOnce)
}

func (n *Node) citationsOnce() []cite.Citation {
	var cs []cite.Citation
	for _, lang := range citeLangs(n.Doc.Lang) {
		d := n.Doc.InLang(lang)
		v := d.Find(n.EID)
		if v == nil {
			continue
		}
		cs = append(cs, cite.Format(d.citeWork(), cite.Label(n.Node, lang), n.Doc.Absolute(v.URL()), AccessedDate(), lang))
	}
	return cs
}

// Citation is the plan's reference as a whole, in the document's language.
func (d *Doc) Citation() cite.Citation {
	return cite.Format(d.citeWork(), "", d.Absolute(d.URL()), AccessedDate(), d.Lang)
}

// AbsURL is the plan page as an absolute URL.
func (d *Doc) AbsURL() string { return d.Absolute(d.URL()) }

// Citations are the plan's references as a whole, the document's language
// first.
func (d *Doc) Citations() []cite.Citation {
	var cs []cite.Citation
	for _, lang := range citeLangs(d.Lang) {
		cs = append(cs, d.InLang(lang).Citation())
	}
	return cs
}

func citeLangs(first string) []string {
	out := []string{first}
	for _, l := range Langs {
		if l != first {
			out = append(out, l)
		}
	}
	return out
}

// citeWork is the document as its citations name it in d's language.
// Every citation of every node needs it, and finding the translated notice
// title, issuer and number walks the whole document, so it is worked out
// once per build.
func (d *Doc) citeWork() cite.Work { return d.work.get(d.citeWorkOnce) }

func (d *Doc) citeWorkOnce() cite.Work {
	// The plan's own title, with the notice's number: see package cite.
	title := d.Title()
	if title == "" {
		title = d.NoticeTitle()
	}
	// A translation may render the document number (Chuan Zheng Fa [2022]
	// No. 10); cite.Format romanises it when it does not.
	return cite.Work{Issuer: d.Issuer(), Title: title, Number: d.DocumentNumber(), Date: d.Meta.Date}
}

// inLang is the same plan in another language, or d when there is none.
func (d *Doc) InLang(lang string) *Doc {
	if lang == d.Lang {
		return d
	}
	if d.site != nil {
		if o := d.site.View(lang, d.Document); o != nil {
			return o
		}
	}
	return d
}

// absolute turns a site path into a URL under content/site.yaml's baseURL.
func (d *Doc) Absolute(sitePath string) string {
	if d.site != nil {
		return d.site.BaseURL() + sitePath
	}
	return sitePath
}
