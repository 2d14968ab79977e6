// Package parse reads the text of a Chinese government plan, as published,
// into the document model of package plan.
//
// The parser is general for the genre, not fitted to one file. It accepts
// UTF-8 and UTF-16 (with or without a byte order mark) and GB18030/GBK, any
// line ending, and recognises:
//
//   - the layout of PDF and Word extractions (layout.go, wrap.go), taken
//     out before the structure is read: page numbers (- 1 -, — 31 —, — — 2 —, a lone
//     or glued II), running headers and footers, (cid:NN) garbage, each kind
//     with one warning naming its lines and kept in Document.Dropped;
//     spaced-out words (目   录) read as words; hard-wrapped lines joined
//     into paragraphs (CJK with nothing between, Latin words with a space)
//     when many lines fill the measure without ending a sentence (a short
//     excerpt's few), each paragraph ending at its short last line; a blank
//     line after every line read as single spacing; a printed table of
//     contents kept as one toc node, never as structure (toc.go), also
//     without page numbers, and without its 目录 heading where the text
//     prints its headings again; a law database's line labels (【章名】,
//     【题注】; marker.go) and a portal's reading tags before or after a
//     title (【文字解读】, 【图片解读】); the Yi syllables a PDF's font gives
//     for GB2312 punctuation (ꎬ for ，, ꎮ for 。; glyphs.go);
//   - a portal's metadata block at the top (portal.go), as key：value (labels
//     padded with spaces or NBSP, several entries side by side on a line,
//     bulleted with • or -, values indented under their labels, a label
//     spaced out among entries side by side, a table's cells between bars
//     | … |), a table without colons
//     (索 引 号 … 发文日期 …), key and value on separate lines, or [key]
//     value, also under the title a page prints above it, read into
//     Document.Meta (索引号, 主题分类, 发布机构/发文机关, 成文日期, 标题, 文号,
//     发布日期, 有效性; a law database's 发布部门, 效力级别, 时效性, 实施日期,
//     dating a rule by its 发布日期; a date printed without separators,
//     2018525) and taken out of the text with a warning naming what
//     no field takes; page debris (breadcrumbs 首页 > …, 时间, 来源, 作者,
//     浏览次数, 下载地址, 打印, 关闭, 返回顶部, a posting's time and source,
//     【字体:; at the top only, a trail without 首页 (its last section
//     maybe the title), a section of the trail printed again under it,
//     a site's greeting and section names such as 政府信息公开, a heading of
//     the number and the title, a copyright line) removed (debris.go), a
//     posting's 发布时间 the page's publication date.
//     A field the text does not give stays empty: no date or number is
//     ever invented;
//   - the issuance wrapper: 红头 (masthead, also over two lines 某某人民政府
//     / 文件, or under the page's heading), 发文字号 (also in parentheses,
//     with stray spaces, normalised to 渝府办发〔2025〕42号; decree numbers
//     某某人民政府令第N号 or 政府令〔2010〕第15号, also from the note under
//     a rule's title), notice
//     title(s) also over two or three lines (a blank line between, a
//     years' note last), 主送, notice body, issuing authority, signing date
//     (with spaces, full-width digits or in Chinese numerals 二〇〇九年三月十日,
//     also with the letter O for 〇, or digits alone, 2018525),
//     （此件公开发布）, and the footer: a closing signature and date, 抄送
//     list, printing office and date (印发); a notice printed as the document
//     itself (a 补充通知 with parts), or an opinion issued as itself with its
//     title over its number, keeps its header as the wrapper; a notice whose
//     number and title a portal's block took opens with its 主送 line or
//     with 现将《…》印发给你们; an issuing notice may set out numbered points
//     or list its 附件 before its date; a page's repeats of the title (its
//     heading, also with a revision's year, printed two or three times, the
//     number run into it or bracketed after it, its summary) are taken out
//     with a warning; a dated note under a notice's title, or its number
//     bracketed and run into the 主送 line, leaves the 主送 line read; a
//     joint document's bodies each sign on a line of their own over the
//     one date, and an unsigned one (a 中共X县委 X县人民政府 意见) is
//     issued by the bodies its title opens with (issuers.go), or by its
//     masthead's body; the note under a title of the day a document was
//     adopted (（…全体会议通过）) and a report's ——2023年2月2日在…会议上
//     give its date, a report's byline (某县人民政府县长 王某某) its issuer,
//     and its last words to its audience (各位代表！…) close it; a 主送
//     line's two bodies of each place (各区委、区政府) are two addressees,
//     each of each place (各区委, 各区政府); an unnumbered opinion's title
//     over its 主送 line is its header, as a decision's is; a signature and
//     date on one line (主席 某某某 2023年3月20日) are both, a page's heading
//     of a rule's title and its decree's number in brackets opens the
//     decree, and a signature, 主送 or 抄送 line printed as 略 names no
//     body; a date in digits alone (2018525) is a date line only under a
//     signature or a title, never among a column of numbers (datelines.go);
//   - the plan's title and preamble, and further documents carried in the same
//     file (a second title, or 附件), each becoming an attachment att_N
//     (the file's one 附件 printed without a number has Ordinal 0: it is
//     cited as printed, 附件, not 附件1); a notice's 解读 printed after it
//     under its own title (关于…的解读, over up to three lines) is no
//     附件: the notice keeps plain eIds and the 解读 follows as an
//     attachment of Ordinal 0, labelled 解读, with a warning (reading.go);
//     a form under a 附表 N line, as under a 附件 N line, is one table
//     (form.go); a date left blank (2023年  月   日) closes a draft, with a
//     warning;
//   - the hierarchy of laws and 办法: books 第X编 (and a plan's 第X篇 and
//     第X部分), chapters 第X章, sections
//     第X节, articles 第X条 (text on the same line, with or without a space;
//     a chapter line may carry its first article), the 款 paragraphs of an
//     article and its （一） items (a 款 ending 包括： or 下列…： holds the
//     items after it; a paragraph after an article's items is its next
//     款), also in traditional characters (第一條, 第一節, 總則); unnumbered
//     headings standing alone (前言,
//     总则, 附则, 结束语), also spaced out to fill the line (总  则, 第一章
//     总 则: the heading reads 总则), and a closing division printed
//     unnumbered among numbered ones (保障措施, 组织实施); numbering that
//     restarts under each parent or runs straight through the document is
//     legal and not warned about;
//   - parts 一、, sections （一） (一), items 1． 1. 1、 1﹒, sub-items （1） (1) 1） ①,
//     an emergency plan's decimal numbers (1 总则, 1.1 编制目的, 2.2.1 …;
//     without the space, 1.1编制目的, where the numbers around follow in
//     sequence),
//     headings standing alone or running into their paragraph up to the first
//     。, unnumbered paragraphs with a short lead sentence, bullets opened by
//     —— (or -- and －－, as some exports print it), 专栏 boxes (their entries
//     numbered 1． or 01), and tables
//     (one cell per tab-indented line);
//   - key-project tables, whose header starts 序号, 名称, and task tables
//     (序号, 重点任务 or 目标任务…, and a 整改方案's 存在问题): each row is a
//     project (proj_N) with number, name, content (a 内容 or 具体措施
//     column) and departments (from the content's parenthetical, or the
//     牵头单位 column for the lead and 责任单位/配合单位 for support);
//     further cells stay in the project's Rows; a row printed one cell short
//     under a cell spanning its group (a score table's 考核项目) gets the
//     spanned cell's place, empty (ragged.go);
//   - responsibility parentheticals at the end of a paragraph or of a heading
//     without text, which are taken out of the running text into Node.Resp,
//     also printed on a line of their own under a task or after its
//     sub-items (Resp.After), and a task's duty lines under it (牵头单位：…
//     / 责任单位：… / 完成时限：…, dutylines.go), or as the last sentences
//     of its text, its Resp as lines;
//     a leader in charge among them (责任领导：…) names no department; a
//     厅's divisions (牵头处室, 责任科室) are departments; duty words in
//     traditional characters (牽頭單位, 負責) are read as in simplified ones
//     (traditional.go), the names kept as printed;
//   - duty clauses whose subject is named in the text (省教育厅负责…,
//     县农业农村局牵头，县卫生健康局配合, task.go), a rule's roles among them
//     (交通运输主管部门负责…, 公安机关依法负责…, authority.go), and duties
//     stated with 应当 (公安机关应当…, 区教体局要…, shall.go): the role as
//     printed is the name, for the department registry to resolve (with
//     its level alone, 县（市）数据资源主管部门, or each of several,
//     州、县（市）…: each level's role); a generic subject (有关部门,
//     政务部门, 有关单位) names no one, nor does a government's own 应当
//     (区人民政府应当统筹…), and in a list of subjects the named members
//     hold the duty (数据资源主管部门、政务部门应当…); duties assigned with
//     由 (…由市教育局会同市财政局制定, 由…负责, 由…应当; assigned.go): the
//     subject leads, those after 会同 cooperate, and 本办法由…负责解释
//     assigns nothing; and duties stated by the act alone, a clause
//     opening with its subject and 组织, 指导, 监督, 统筹, 协调, 督促 or 做好
//     (交通运输主管部门按照…制度，组织协调推进…; acts.go).
//
// Word-processor debris ("[bookmark: _Hlk…]") is removed with a warning.
// Damaged input (skipped or repeated numbers, a heading without text,
// unbalanced brackets, an unterminated table, a file cut off mid-sentence)
// parses with warnings naming file:line; so do a last character cut off and
// control characters, which are removed (decode.go). Only input that is not
// a Chinese text is an error (*pos.Error): an empty or binary file, one
// without a Chinese character ("file:1: …"), bytes that are neither UTF-8
// nor GB18030 ("file:line:col: byte 0xE9 is not valid UTF-8 or GB18030 …");
// valid UTF-8 with a Chinese character in it is always parsed.
package parse

import (
	"fmt"
	"hash/fnv"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"unicode"

	"plansite/generator/pinyin"
	"plansite/generator/plan"
)

// File parses the named file of fsys.
func File(fsys fs.FS, name string) (*plan.Document, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	return Parse(name, data)
}

// Parse parses the bytes of a plan read from file (used in messages and for
// the document's slug).
func Parse(file string, data []byte) (*plan.Document, error) {
	text, warnings, err := decode(file, data)
	if err != nil {
		return nil, err
	}
	doc := parseText(file, text)
	doc.Warnings = append(warnings, doc.Warnings...)
	return doc, nil
}

// parseText parses decoded text with "\n" line endings.
func parseText(file, text string) *plan.Document {
	p := &parser{file: file, traditional: strings.IndexFunc(text, traditional) >= 0}
	p.split(text)
	p.layout()
	p.joinBrokenParens()
	p.splitRunOn()
	p.splitSideBySide()
	p.markDecimals()
	p.markCountedItems()
	doc := &plan.Document{Slug: Slug(file), File: file}
	doc.Nodes = p.document()
	clauseLists(doc.Nodes)
	lineDuties(doc.Nodes)
	settleLeads(nil, doc.Nodes, nil)
	throughPoints(doc.Nodes)
	dutyLines(doc.Nodes)
	assignEIDs(doc.Nodes, "")
	doc.Walk(func(n *plan.Node) bool {
		if n.Kind == plan.KindProject {
			doc.Projects = append(doc.Projects, n)
		}
		return true
	})
	p.check(doc)
	doc.Meta = p.meta(doc)
	p.tasks(doc)
	if len(doc.Nodes) == 0 {
		// Only debris or blank lines: the file is text, so it is an empty
		// document with a warning, not an error.
		p.warn(1, "no text found: expected a plan")
	} else if n := doc.Nodes[0]; len(doc.Nodes) == 1 && n.Kind == plan.KindPreamble && n.Text == "" && len(n.Children) == 0 {
		// A new seed holding the title an editor typed first, or a copy
		// that took the heading alone: the plan's pages would show the
		// title and nothing else, without a word.
		p.warn(n.Line, "only a title (%s): expected the plan's text under it", plan.Clip(n.Heading, 40))
	}
	doc.Warnings = p.warnings
	doc.Dropped = p.dropped
	return doc
}

// Slug derives a document's slug from its file name: lower-case ASCII
// letters, digits and hyphens, a Chinese name read in pinyin
// (淄川区教育规划.txt → zi-chuan-qu-jiao-yu-gui-hua, as department slugs
// are). A name with no letter, digit or Chinese character gets "plan-"
// and a hash of the name, so a URL never has an empty or percent-encoded
// segment.
func Slug(file string) string {
	base := strings.TrimSuffix(path.Base(file), path.Ext(file))
	if s := pinyin.Slug(base); s != "" {
		return s
	}
	h := fnv.New32a()
	h.Write([]byte(base))
	return fmt.Sprintf("plan-%08x", h.Sum32())
}

// line is one line of the source.
type line struct {
	n    int    // 1-based
	raw  string // after debris removal
	text string // trimmed of layout whitespace
	// emptyBefore counts the empty lines that a double-spaced text printed
	// between this line and the text before it, beyond its usual one
	// (doubleSpaced): in a table printed one cell per line, each pair is an
	// empty cell.
	emptyBefore int
	// decimal marks a decimal heading number printed without a space
	// (1.1编制目的), read as one where the numbers around it follow in
	// sequence (markDecimals).
	decimal bool
	// date marks a date printed in digits alone (2018525) where a date
	// line can stand (compactDates).
	date bool
	// counted marks an item numbered N、 whose text opens with a figure
	// (1、2年内…), read as one where item N+1 follows (markCountedItems).
	counted bool
	// pageTop marks the first text of a page after the first (pageBreaks),
	// where a document printed after another may begin.
	pageTop bool
	// form marks a printed line of a blank form (forms): a row of the
	// form's table, its cells set apart by tabs in raw.
	form bool
}

func (l line) blank() bool { return l.text == "" }

// tabbed reports whether the line is a table cell.
func (l line) tabbed() bool { return strings.HasPrefix(l.raw, "\t") }

type parser struct {
	file      string
	lines     []line
	i         int
	leadFirst bool        // the plan said the first department named leads
	portal    [][2]string // label and value of the portal's metadata block
	posted    string      // the date of a page's line of its posting (发布时间：…)
	// lawDatabase marks a law database's block, which gives a rule's
	// 效力级别 and dates it by its 发布日期.
	lawDatabase bool
	// traditional marks a text with traditional characters of its
	// duties' words (fold).
	traditional bool
	// paged marks a text of printed pages, which an extraction breaks
	// with form feeds (a PDF's): its lines are printed lines.
	paged    bool
	dropped  []plan.Dropped
	warnings []plan.Warning
}

func (p *parser) warn(n int, format string, args ...any) {
	p.warnings = append(p.warnings, plan.Warning{File: p.file, Line: n, Msg: fmt.Sprintf(format, args...)})
}

// debris matches word-processor residue that some exports leave in the text.
var debris = regexp.MustCompile(`\[(?:bookmark|_Hlk|_Toc|_GoBack)[^\]\n]{0,80}\]`)

func (p *parser) split(text string) {
	for i, raw := range strings.Split(text, "\n") {
		n := i + 1
		if m := debris.FindAllString(raw, -1); m != nil {
			for _, d := range m {
				p.warn(n, "removed word-processor debris %q", d)
			}
			raw = debris.ReplaceAllString(raw, "")
		}
		p.lines = append(p.lines, line{n: n, raw: raw, text: strings.TrimSpace(raw)})
	}
}

// peek returns the next non-blank line at or after p.i, and its index.
func (p *parser) peek(from int) (line, int) {
	if j := p.nonBlank(from, 1); j >= 0 {
		return p.lines[j], j
	}
	return line{}, -1
}

// nextIs reports whether the next non-blank line from j is one that is.
func (p *parser) nextIs(j int, is func(line) bool) bool {
	l, k := p.peek(j)
	return k >= 0 && is(l)
}

// collapse removes layout whitespace between CJK characters, left where a
// cell or heading was wrapped ("青少年学生法治教育 行动").
func collapse(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		if unicode.IsSpace(rs[i]) {
			j := i
			for j < len(rs) && unicode.IsSpace(rs[j]) {
				j++
			}
			if i > 0 && j < len(rs) && (wide(rs[i-1]) || wide(rs[j])) {
				i = j - 1
				continue
			}
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

// wide reports whether r is a CJK character or full-width punctuation, next
// to which a space is layout, not text.
func wide(r rune) bool {
	// Most of a plan is in the block of common ideographs, every one Han:
	// they are told apart before unicode.Is searches the Han table.
	return r >= 0x4E00 && r <= 0x9FFF || unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) || r == '“' || r == '”' || r == '‘' || r == '’' || r == '—'
}
