// Package plan is Plansite's document model: one parsed plan, a tree of
// numbered nodes, each with a stable, language-neutral eId.
//
// # eIds
//
// Every node carries an eId in the Akoma Ntoso style: levels joined by a
// double underscore, each level an abbreviation and the element's own cleaned
// number joined by one underscore. Numbers come from the printed numbering
// (二、 → 2, （一） → 1, 3． → 3, （2） → 2, ② → 2), never from heading text, so an
// eId survives rewording and names the same passage in every language.
//
//	notice                         the issuance wrapper (发文字号, 标题, 主送, 正文, 落款, 成文日期, 公开属性)
//	notice__number, notice__title, notice__addressees, notice__para_N,
//	notice__signature, notice__date, notice__publicity
//	preamble                       the plan's own title; its untitled paragraphs are preamble__para_N
//	book_1                         第一编
//	chp_2                          第二章 (chapter)
//	chp_2__sec_1                   第一节 inside it
//	art_12                         第十二条 (article): articles are numbered
//	                               through the document, so an article is art_12
//	                               whether or not a chapter or 节 surrounds it;
//	                               when a document restarts them in each chapter
//	                               they are named within it: chp_2__art_1
//	art_12__para_2                 its second 款: the article's own text is
//	                               its first 款, so later paragraphs count from 2
//	art_12__item_3                 （三） inside an article; 1. and （1） below it are subitems
//	hcontainer_1                   an unnumbered heading standing alone
//	                               (前言, 总则, 附则, 结束语), counted within its parent
//	toc                            a printed table of contents (目录); the site
//	                               draws its own, so it is never structure
//	part_2                         二、
//	part_2__sec_1                  （一） or (一)
//	part_2__sec_1__item_3          3． 3. 3、 3﹒
//	part_2__sec_1__item_3__subitem_2   （2） (2) ②
//	point_23                       （23） numbered through the document across its
//	                               parts, as a Party committee's 建议 numbers its
//	                               points （1）…（56） through twelve parts: named,
//	                               labelled and cited by its own number alone
//	                               (第（二十三）条, Point 23), as an article is
//	part_1__sec_2__para_1          an unnumbered paragraph or a —— bullet, counted within its parent
//	part_2__sec_3__box_4           专栏4
//	table_2                        表2; the rows of a key-project table are projects: proj_12,
//	                               and its other rows (杭州市, 小计) row_N, in the table's order
//	table_2__row_3                 the third row under the header of a table that lists no
//	                               projects (a score table, an indicator table): a KindRow
//	                               with Ordinal 3 (DataRow), its cells in its Rows
//	conclusions__cc, conclusions__printer, conclusions__date   抄送, 印发 footer
//	att_2__part_1__sec_1           when a file carries several documents, each is att_N;
//	                               a plan followed only by its 附件 keeps plain eIds
//	                               and the annexes are att_N as printed (附件2 → att_2)
//
// A repeated number gets a suffix (item_3_2) so eIds stay unique; the parser
// warns about it. eIds are unique within a document.
//
// # Text
//
// A node's Num is its numbering as printed, Heading its heading without the
// full stop that ends a run-in heading, Text its running text with the
// responsibility parenthetical taken out (kept in Resp.Raw). Together with the
// wrapper nodes they hold every character of the source except removed
// word-processor debris and layout whitespace; Source reassembles them.
//
// # Deadlines
//
// A task's Deadline keeps its text as printed and the last day it covers
// (Date), and, read once by the parser, its Form (a year's end, a half, a
// month, a day, a period, ongoing work…) with the parts printed (Year,
// Month, Day, Part, From). Whoever writes a deadline again, in English or
// in an export (the JSON's form, year, month, day, part, from), writes it
// from these and never reads the Chinese a second time.
package plan

import (
	"strings"

	"plansite/generator/pos"
)

// Kind names what a node is.
type Kind string

// Node kinds.
const (
	KindNotice      Kind = "notice"
	KindMasthead    Kind = "masthead"   // 红头: 某某人民政府文件
	KindNumber      Kind = "number"     // 发文字号
	KindTitle       Kind = "title"      // notice title
	KindAddressees  Kind = "addressees" // 主送
	KindSignature   Kind = "signature"  // issuing authority
	KindDate        Kind = "date"
	KindPublicity   Kind = "publicity"
	KindPreamble    Kind = "preamble" // heading: the plan's own title
	KindAttachment  Kind = "attachment"
	KindBook        Kind = "book"       // 第X编
	KindChapter     Kind = "chapter"    // 第X章
	KindArticle     Kind = "article"    // 第X条
	KindHcontainer  Kind = "hcontainer" // an unnumbered heading standing alone: 前言, 总则, 附则, 结束语
	KindTOC         Kind = "toc"        // a printed table of contents, kept as such, never as structure
	KindPart        Kind = "part"
	KindSection     Kind = "section"
	KindItem        Kind = "item"
	KindSubitem     Kind = "subitem"
	KindPoint       Kind = "point" // （23）: a point numbered through the document, across its parts
	KindParagraph   Kind = "paragraph"
	KindBullet      Kind = "bullet"
	KindBox         Kind = "box"
	KindTable       Kind = "table"
	KindProject     Kind = "project"
	KindRow         Kind = "row" // a table row: of a table listing no projects, numbered (DataRow); of a key-project table, one that is no project (a group label, a total, a repeated header), unnumbered
	KindConclusions Kind = "conclusions"
	KindCC          Kind = "cc"
	KindPrinter     Kind = "printer"
)

// Document is one parsed plan.
type Document struct {
	Slug     string    // from the file name: zichuan-education-2022
	File     string    // path of the source file
	Meta     Meta      // derived from the wrapper nodes
	Nodes    []*Node   // top-level nodes in source order
	Projects []*Node   // key projects (KindProject) in table order
	Warnings []Warning // problems found while parsing
	// Dropped is the layout the parser took out of the text (page
	// numbers, running headers, extraction garbage), each named in a
	// warning: with Source, it accounts for every character of the input.
	Dropped []Dropped `json:"-"`
	// Original is the seed file as published (.txt, .docx, .pdf, .html),
	// which the site offers for download; nil for a document parsed from
	// bytes alone.
	Original *Original `json:"-"`
	// Places gives, for line n of the text the parser read, where it is in
	// the original (Places[n-1]: "page 2, line 14", "paragraph 41"); nil
	// when the lines are the file's own, as in a .txt seed.
	Places []string `json:"-"`
}

// Original is a plan's source file as published.
type Original struct {
	Name   string // path in the project: seeds/beijing-railway-safety-2023.docx
	Format string // txt, docx, pdf or html
	Size   int64  // bytes
}

// Place returns where line n of the parsed text is in the original, or ""
// when the line is the file's own line n.
func (d *Document) Place(n int) string {
	if n < 1 || n > len(d.Places) {
		return ""
	}
	return d.Places[n-1]
}

// Meta is the metadata a Chinese government portal shows for a document.
type Meta struct {
	DocumentNumber string   `json:"documentNumber,omitempty"` // 发文字号
	NoticeTitle    string   `json:"noticeTitle,omitempty"`    // 标题 of the issuing notice
	Title          string   `json:"title"`                    // the plan's own title
	Issuer         string   `json:"issuer,omitempty"`         // 发文机关; joint issuers joined by IssuerSeparator
	Date           string   `json:"date,omitempty"`           // 成文日期, or the text's version (Versions), YYYY-MM-DD
	Addressees     []string `json:"addressees,omitempty"`     // 主送
	Publicity      string   `json:"publicity,omitempty"`      // 公开属性, e.g. 主动公开
	CC             []string `json:"cc,omitempty"`             // 抄送
	Printer        string   `json:"printer,omitempty"`        // 印发机关
	PrintDate      string   `json:"printDate,omitempty"`      // 印发日期, YYYY-MM-DD
	// Versions are the acts the note under a rule's or a regulation's
	// title records (its adoption or issue, then its amendments), in the
	// order printed; Date is then the last's but an approval, the text's.
	Versions []Version `json:"versions,omitempty"`
	// Portal metadata: what a government portal's page shows beside the
	// text, read from the page's metadata table (or the text's copy of it).
	Index       string       `json:"index,omitempty"`       // 索引号
	Subject     string       `json:"subject,omitempty"`     // 主题分类
	Published   string       `json:"published,omitempty"`   // 发布日期, YYYY-MM-DD
	Validity    string       `json:"validity,omitempty"`    // 有效性 as printed: 有效, 失效, 废止
	Attachments []Attachment `json:"attachments,omitempty"` // files the portal page links (附件)
}

// IssuerSeparator joins in Meta.Issuer the bodies that issue a document
// jointly (中共某县委、某县人民政府), in the printed order, as a citation
// lists them.
const IssuerSeparator = "、"

// Issuers are the bodies Meta.Issuer names: one, or each of a joint
// issue's; none when it names none.
func (m *Meta) Issuers() []string {
	if m.Issuer == "" {
		return nil
	}
	return strings.Split(m.Issuer, IssuerSeparator)
}

// Attachment is a file a portal page links beside the text.
type Attachment struct {
	Name string `json:"name"` // the link's text: 附件1：时间安排表.pdf
	URL  string `json:"url"`  // as the page gives it, resolved against the page's address when known
}

// Dropped is text taken out of one source line as layout, not content.
type Dropped struct {
	Line int    // 1-based line of the source
	Text string // as printed
	Why  string // "page number", "running header", "extraction garbage" …
}

// Node is one numbered or unnumbered unit of a document.
type Node struct {
	EID     string          `json:"eId"`
	Kind    Kind            `json:"kind"`
	Num     string          `json:"num,omitempty"`     // numbering as printed: 二、 （一） 1． 专栏4 表2
	Ordinal int             `json:"-"`                 // cleaned number; 0 when unnumbered
	Heading string          `json:"heading,omitempty"` // without the run-in full stop
	RunIn   bool            `json:"-"`                 // heading ended with 。 (and, if Text, ran into it)
	Text    string          `json:"text,omitempty"`
	Resp    *Responsibility `json:"responsibility,omitempty"`
	// Inline lists the responsibility parentheticals printed inside Text,
	// each after the sentences it assigns; they stay in Text as printed.
	Inline     []*Responsibility `json:"inlineResponsibilities,omitempty"`
	Deadline   *Deadline         `json:"deadline,omitempty"`
	Points     string            `json:"points,omitempty"`     // score of a task in an assessment: "0.5" from （0.5分）
	Indicators []Indicator       `json:"indicators,omitempty"` // rows of an indicator table
	// Cells is a project's table row, every cell as printed in column
	// order; it repeats what Num, Heading, Text, Resp and Rows hold.
	Cells   []string   `json:"-"`
	Columns []string   `json:"columns,omitempty"` // table header cells
	Rows    [][]string `json:"rows,omitempty"`    // cells of a row (KindRow), of a printed contents list; of a project, its row's cells after number, name, content and departments
	// Group is a project's place in a table that groups its rows: the
	// labels the table prints above it, outermost first, as printed
	// (杭州市, 河道综合治理工程（含…）/（个）): a section's label before its
	// header, then a label among the rows. A table may number its rows
	// afresh in each group.
	Group    []string `json:"-"`
	Line     int      `json:"line"` // 1-based line in the source
	Children []*Node  `json:"children,omitempty"`
	Parent   *Node    `json:"-"`
}

// Responsibility is a parenthetical naming who carries out a task.
// When the text names no lead (plain 责任单位), Lead is empty and every
// name is in Support.
type Responsibility struct {
	Lead    []string `json:"lead"`
	Support []string `json:"support"`
	Raw     string   `json:"raw"` // the parenthetical as printed, brackets included
	// Lines: Raw is not a parenthetical but labelled fields, as lines
	// under the task, one label to a line (牵头单位：… / 责任单位：…),
	// joined by spaces, or as the last sentences of its text
	// (…。责任单位：…。完成时限：…。).
	Lines bool `json:"-"`
	// After: Raw is printed on a line of its own after the node's
	// children (the duty of a task printed under its last sub-item), so
	// Document.Source puts it there and Node.Source leaves it out.
	After bool `json:"-"`
}

// All returns the lead departments followed by the supporting ones.
func (r *Responsibility) All() []string {
	if r == nil {
		return nil
	}
	return append(append([]string(nil), r.Lead...), r.Support...)
}

// Warning is a problem in the input that did not stop parsing, in the one
// shape of an input problem (package pos): File, Line (the line of the text
// the parser read), Place for a seed that is not plain text (.docx, .pdf,
// .html: where that line is in the file as an editor opens it, "page 2,
// line 14", "paragraph 41", "line 230"), Msg.
type Warning = pos.Error

// Walk calls fn for every node in document order, parents before children.
// It stops descending below a node when fn returns false.
func (d *Document) Walk(fn func(*Node) bool) {
	var walk func([]*Node)
	walk = func(ns []*Node) {
		for _, n := range ns {
			if fn(n) {
				walk(n.Children)
			}
		}
	}
	walk(d.Nodes)
}

// EIDs are the eIds of d's nodes in document order, key projects among
// them where their tables print them (d.Projects lists the same nodes
// again).
func (d *Document) EIDs() []string {
	var ids []string
	d.Walk(func(n *Node) bool {
		if n.EID != "" {
			ids = append(ids, n.EID)
		}
		return true
	})
	return ids
}

// Node returns the node with the given eId, or nil.
func (d *Document) Node(eid string) *Node {
	var found *Node
	d.Walk(func(n *Node) bool {
		if n.EID == eid {
			found = n
		}
		return found == nil
	})
	return found
}

// Source reassembles the node's own printed text: number, heading, text and
// responsibility (unless printed after the children: Resp.After), a
// table's cells, a project's row; without children.
func (n *Node) Source() string {
	var b strings.Builder
	if n.Cells != nil {
		// A project: its row as printed, which its fields are read from
		// in any column order.
		for _, c := range n.Cells {
			b.WriteString(c)
		}
		return b.String()
	}
	b.WriteString(n.Num)
	b.WriteString(n.Heading)
	if n.RunIn {
		b.WriteString("。")
	}
	b.WriteString(n.Text)
	if n.Resp != nil && !n.Resp.After && n.Kind != KindRow {
		// A table row's departments are read from its cells, which its
		// Rows print.
		b.WriteString(n.Resp.Raw)
	}
	for _, c := range n.Columns {
		b.WriteString(c)
	}
	for _, row := range n.Rows {
		for _, c := range row {
			b.WriteString(c)
		}
	}
	return b.String()
}

// Source reassembles the document's text in source order.
func (d *Document) Source() string {
	var b strings.Builder
	var write func([]*Node)
	write = func(ns []*Node) {
		for _, n := range ns {
			b.WriteString(n.Source())
			write(n.Children)
			if n.Resp != nil && n.Resp.After {
				b.WriteString(n.Resp.Raw)
			}
		}
	}
	write(d.Nodes)
	return b.String()
}

// DataRow reports whether n is a row of a table that lists no projects:
// numbered as printed below the header, cited and linked on its own
// (表1第3行), where a key-project table's rows that are no project are not.
func (n *Node) DataRow() bool { return n.Kind == KindRow && n.Ordinal > 0 }

// HasDataRows reports whether table t's rows are its data rows (DataRow):
// it lists no projects and has rows under its header.
func HasDataRows(t *Node) bool { return len(t.Children) > 0 && t.Children[0].DataRow() }

// TableRows are the cells of a table's rows as printed, below the header:
// its data rows' (DataRow), in order, or what its own Rows hold.
func (n *Node) TableRows() [][]string {
	if !HasDataRows(n) {
		return n.Rows
	}
	out := make([][]string, 0, len(n.Children))
	for _, c := range n.Children {
		out = append(out, c.Rows...)
	}
	return out
}

// Ancestors returns the node's ancestors, outermost first.
func (n *Node) Ancestors() []*Node {
	var as []*Node
	for p := n.Parent; p != nil; p = p.Parent {
		as = append([]*Node{p}, as...)
	}
	return as
}
