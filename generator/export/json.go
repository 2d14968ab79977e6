// Package export owns the JSON export of a plan, the open data every other
// format (package opendata) is made beside: the document, its metadata,
// its nodes and projects, and what package link adds.
//
// # JSON: /data/<slug>.json (Chinese) and /data/<slug>.en.json (English)
//
//	{
//	  "slug":     "zichuan-education-2022",
//	  "lang":     "zh" | "en",
//	  "meta":     {documentNumber, noticeTitle, title, issuer, date (YYYY-MM-DD),
//	               addressees [], publicity, cc [], printer, printDate,
//	               versions [{date, act}]},
//	  "nodes":    [Node],      // the document tree in source order
//	  "projects": [Project],   // the key-project table, in table order
//	  "warnings": [{file, line, message}]
//	}
//	Node:    {eId, kind, num, label, heading, runIn?, text, responsibility?,
//	          inlineResponsibilities?, deadline?, points?, columns?, rows?,
//	          cells?, indicators?, url, children?}
//	Project: {eId, num, name, content, responsibility?, deadline?, columns,
//	          cells, url}
//	responsibility: {lead [], support [], raw}
//	deadline:  {text, date?}        // date YYYY-MM-DD, the last day it covers
//	indicator: {row, name, unit?, base?, target?, binding?}
//
// kind is one of plan's kinds (notice, number, title, addressees, signature,
// date, publicity, preamble, attachment, part, section, item, subitem, point,
// paragraph, bullet, box, table, project, row, conclusions, cc, printer, and the
// book, chapter, article, hcontainer and toc of plans in articles). num is
// the numbering as printed (二、 （一） 1．); text is the running text without
// the responsibility parenthetical, which responsibility.raw keeps; url is the
// site-absolute path of the node's permalink page or its anchor on the plan
// page. In the English file heading and text are the translation (Chinese
// where a unit is not yet translated) and department names stay Chinese in
// responsibility, the registry gives their English names.
//
// runIn marks a heading that ends with 。 and runs into its text (the 。 is
// in neither). inlineResponsibilities are lists printed inside the text,
// which keeps them as printed. A table's columns are its header row and
// rows its other rows, every cell as printed (a ragged row keeps its extra
// cells); a project's cells are its whole row, in the order of its table's
// columns, which the project list repeats; rows of a project are the cells
// not read as number, name, content or departments. deadline.text is as
// printed; points is a task's score ("0.5" from （0.5分）). Table cells stay
// Chinese in the English file.
//
// versions are the acts the note under a rule's or a regulation's title
// records, in printed order (adopted, approved, issued, amended, revised):
// a text as amended is dated by its last amendment, its first issue kept.
//
// Other packages add sections to the JSON through Extra.
package export

import (
	"plansite/generator/cite"
	"plansite/generator/plan"
)

// Texts gives a node's heading, text and URL in the export's language.
type Texts func(n *plan.Node) (heading, text, url string)

// Doc is the JSON export of one plan in one language.
type Doc struct {
	Slug     string         `json:"slug"`
	Lang     string         `json:"lang"`
	Meta     plan.Meta      `json:"meta"`
	Nodes    []*Node        `json:"nodes"`
	Projects []*Project     `json:"projects"`
	Warnings []plan.Warning `json:"warnings"`
	// Extra holds further top-level sections (departments, links, targets)
	// contributed by other packages; its keys become JSON fields.
	Extra map[string]any `json:"-"`
}

// Node is one node of the JSON tree.
type Node struct {
	EID            string                 `json:"eId"`
	Kind           plan.Kind              `json:"kind"`
	Num            string                 `json:"num,omitempty"`
	Label          string                 `json:"label,omitempty"`
	Heading        string                 `json:"heading,omitempty"`
	Text           string                 `json:"text,omitempty"`
	RunIn          bool                   `json:"runIn,omitempty"`
	Responsibility *plan.Responsibility   `json:"responsibility,omitempty"`
	Inline         []*plan.Responsibility `json:"inlineResponsibilities,omitempty"`
	Deadline       *plan.Deadline         `json:"deadline,omitempty"`
	Points         string                 `json:"points,omitempty"`
	Columns        []string               `json:"columns,omitempty"`
	Rows           [][]string             `json:"rows,omitempty"`
	Cells          []string               `json:"cells,omitempty"`
	Indicators     []plan.Indicator       `json:"indicators,omitempty"`
	URL            string                 `json:"url"`
	Children       []*Node                `json:"children,omitempty"`
}

// Project is one key project.
type Project struct {
	EID            string               `json:"eId"`
	Num            string               `json:"num"`
	Name           string               `json:"name"`
	Content        string               `json:"content"`
	Responsibility *plan.Responsibility `json:"responsibility,omitempty"`
	Deadline       *plan.Deadline       `json:"deadline,omitempty"`
	Columns        []string             `json:"columns"`
	Cells          []string             `json:"cells"`
	URL            string               `json:"url"`
}

// New builds the export of d in lang.
func New(d *plan.Document, lang string, texts Texts) *Doc {
	out := &Doc{Slug: d.Slug, Lang: lang, Meta: d.Meta, Warnings: d.Warnings, Projects: []*Project{}}
	if out.Warnings == nil {
		out.Warnings = []plan.Warning{}
	}
	var tree func([]*plan.Node) []*Node
	tree = func(ns []*plan.Node) []*Node {
		var out []*Node
		for _, n := range ns {
			h, t, u := texts(n)
			out = append(out, &Node{EID: n.EID, Kind: n.Kind, Num: n.Num, Label: cite.ShortLabel(n, lang),
				Heading: h, RunIn: n.RunIn && n.Heading != "", Text: t, Responsibility: n.Resp, Inline: n.Inline,
				Deadline: n.Deadline, Points: n.Points, Columns: n.Columns, Rows: n.Rows, Cells: n.Cells,
				Indicators: n.Indicators, URL: u, Children: tree(n.Children)})
		}
		return out
	}
	out.Nodes = tree(d.Nodes)
	for _, p := range d.Projects {
		h, t, u := texts(p)
		var cols []string
		if p.Parent != nil {
			cols = p.Parent.Columns
		}
		out.Projects = append(out.Projects, &Project{EID: p.EID, Num: p.Num, Name: h, Content: t, Responsibility: p.Resp,
			Deadline: p.Deadline, Columns: nonNil(cols), Cells: nonNil(p.Cells), URL: u})
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
