package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"plansite/generator/pos"
)

// A portal page's furniture around a document: its breadcrumbs, its
// posting's time and source, buttons, notices of the site, a section's
// name or a heading of the number and title over the document, taken out
// of the text wherever it stands (pageDebris), with the date of the
// posting kept as the page's publication date.

// pageDebris is a line of a portal page's furniture: the breadcrumbs
// (首页 > 政府信息公开 > …), publication time (also a bare time of day
// with the source after it: 2023-01-05 10:00 区人民政府办公室, or
// 2011-06-18 00:00:00 来源: 本站原创, which no printed date carries),
// source (来源:, 文章来源: under the text), poster (发布者:), view count, print and close buttons, font
// size switches (字号, 【字体:), the links a page lists at its top (- 设为
// 首页, - 加入收藏), the note under a page's QR code (扫一扫在手机上查看
// 当前页面), a site's copyright line (© 版权所有 …), the links under the
// text to what the site published beside it (相关解读：, 相关文章：, or
// above it 点击查看政策解读：【图文解读】《…》) or to
// the document's file (下载本信息公开文件).
var pageDebris = guardStart(regexp.MustCompile(`^(?:©|Copyright|版权所有)[^。]{0,80}$|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:来源[:：]\s*)?\S{1,20})?$|^(?:(?:当前位置|您的位置|您现在的位置|所在位置)\s*[:：]?\s*)?(?:网站)?首页\s*[>＞»›].*$|^(?:点击查看)?(?:相关(?:解读|链接|文章|阅读)|政策解读(?:链接)?)[:：].*$|^发布(?:日期|时间)[:：]\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$|^网站支持IPV6(?:\s*\|\s*(?:无障碍(?:浏览|阅读)?|适老化模式|长者(?:模式|版)))*$|^(?:[-•·]\s*)?(?:\s*(?:(?:发布)?(?:时间|日期)[:：]\s*(?:\d[\d\-/: 年月日]*)?|(?:文章|稿件)?来源[:：]\s*\S*|作者[:：]\s*\S*|发布(?:者|人)[:：]\s*\S*|下载地址[:：]\s*(?:点击此处下载)?|下载本(?:信息公开)?文件|(?:浏览|点击|阅读|访问)(?:次数|量)?[:：]\s*\d*|【?(?:打印|关闭|打印本页|关闭窗口|收藏|分享到?|返回顶部|返回首页|无障碍(?:浏览|阅读)?|长者(?:模式|版)|关怀版|设为首页|加入收藏|扫一扫在手机上?(?:查看|打开)当前页面?)】?|【?字[号体][:：]?\s*【?\s*[大中小]?\s*[大中小]?\s*[大中小]?\s*】?|视力保护色[:：]?|\[?(?:打印|关闭)\]?)\s*)+$`))

// postedLine is a page's line of the date it published the document
// (发布时间：2023-03-10 10:00, 发布日期：2018525 来源：…), read where the
// metadata block gives none; not a bare 时间：, which a site reprinting
// the document prints for its own posting.
var postedLine = regexp.MustCompile(`^(?:[-•·]\s*)?发布(?:时间|日期)[:：]\s*(\d[\d\-/.年月日]*)`)

// navHeading is the name of a portal's section a page prints alone at its
// top, over the document (政府信息公开, then 政府文件): page furniture there,
// never the document's title; further down the text, a heading it keeps.
var navHeading = map[string]bool{
	"网站首页": true, "政府信息公开": true, "政务公开": true, "信息公开": true, "政府文件": true, "政策文件": true,
	"政府信息公开目录": true, "政策法规": true, "文件通知": true, "通知公告": true,
	// A law database's buttons over its text.
	"下载": true, "转第": true, "保留字段信息": true, "页面宽度(px):": true, "页面宽度范围为200至2000": true,
}

// trail is a page's breadcrumb trail without 首页 (广东规范性文件 > 正文阅览),
// its last section the document's title maybe (乡村研究数据库 > 地方政策 >
// 西藏自治区人民政府关于…的实施意见), furniture at the top of the page
// only; so are a site's greeting there (欢迎来到乡村研究数据库) and a
// heading of the number and the title (numberedHeading).
var trail = regexp.MustCompile(`^` + crumb + `(?:\s*(?:>>?|＞|»|›)\s*` + crumb + `)*\s*(?:>>?|＞|»|›)\s*[^>＞»›\s]{2,80}$`)

// crumb is a section of a breadcrumb trail other than its last: a name of
// a few characters, or a few words (WorldLII >> China Law >> …).
const crumb = `(?:[^>＞»›\s]{2,20}|[A-Za-z]+(?: [A-Za-z]+){1,3})`

// numberedHeading reports whether line i is a page's heading of the
// document's number and its title, in book marks or not (鲁政发〔2014〕20号
// 《山东省人民政府关于…的实施意见》, 晋政办发〔2017〕55号 山西省人民政府办公厅
// 关于印发…工作方案) over the title printed as such within the next few
// lines, in book marks or not: the page's, not the document's.
func (p *parser) numberedHeading(i int) bool {
	m := numberedHeadingLine.FindStringSubmatch(p.lines[i].text)
	if m == nil {
		return false
	}
	for j, seen := p.nonBlank(i+1, 1), 0; j >= 0 && seen < maxAboveBlock; j, seen = p.nonBlank(j+1, 1), seen+1 {
		if sameTitle(unquoted(p.lines[j].text), unquoted(m[1])) {
			return true
		}
	}
	return false
}

var numberedHeadingLine = regexp.MustCompile(`^` + issuerNumber + `\s*(\S.{7,})$`)

// greeting is a site's welcome over its page.
var greeting = regexp.MustCompile(`^欢迎(?:来到|访问|光临|进入)\S{2,30}$`)

// crumbSep separates the sections of a breadcrumb trail.
var crumbSep = regexp.MustCompile(`\s*(?:>>?|＞|»|›)\s*`)

// pageDebris removes the portal page's furniture, one warning for all.
func (p *parser) pageDebris() {
	var ns []int
	var ts []string
	head := 0                   // non-blank lines seen
	listed := false             // in the list of links under the text, to its end
	crumbs := map[string]bool{} // the sections a breadcrumb trail above named
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank() {
			continue
		}
		head++
		top := head <= maxAboveBlock+2
		if !pageDebris.MatchString(l.text) && (!top || !navHeading[l.text] && !crumbs[l.text] && !trail.MatchString(l.text) && !greeting.MatchString(l.text) && !p.numberedHeading(i)) && !linkEntry(listed, l.text) {
			continue
		}
		listed = listed || relatedLinks.MatchString(l.text) && p.linksToEnd(i+1)
		if top {
			// A section of the trail printed again under it (… >>
			// 自治区文件 >> 正文, then 自治区文件) is furniture too; not
			// its last, which may be the document's title.
			cs := crumbSep.Split(l.text, -1)
			for _, c := range cs[:len(cs)-1] {
				crumbs[strings.TrimSpace(c)] = true
			}
		}
		if m := postedLine.FindStringSubmatch(l.text); m != nil && p.posted == "" {
			p.posted = m[1]
		}
		ns = append(ns, l.n)
		ts = append(ts, l.text)
		p.drop(l.n, l.text, "page debris")
		l.raw, l.text = "", ""
	}
	if len(ns) > 0 {
		p.warn(ns[0], "removed %d line(s) of the portal page (%s) on line(s) %s", len(ns), quoteFew(ts), pos.Lines(ns))
	}
}

// relatedLinks opens the list of links a page prints under the text to
// what it published beside it.
var relatedLinks = regexp.MustCompile(`^(?:相关(?:解读|链接|文章|阅读)|政策解读(?:链接)?)[:：]`)

// linksToEnd reports whether every line from line j to the end of the page
// is a further entry of such a list, a link's title on its own line
// (抢时间保进度！江西“20条”政策25问25答), none a sentence of the text.
func (p *parser) linksToEnd(j int) bool {
	for ; j < len(p.lines); j++ {
		if l := p.lines[j]; !l.blank() && !linkEntry(true, l.text) {
			return false
		}
	}
	return true
}

// linkEntry reports whether text, in a list of links (listed), is a
// link's title: short, and neither a sentence nor a clause of one.
func linkEntry(listed bool, text string) bool {
	return listed && utf8.RuneCountInString(text) <= 60 && !strings.ContainsAny(text, "，,；;。")
}
