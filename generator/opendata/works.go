// Package opendata writes a plan's open data beside the JSON export of
// package export, and describes it:
//
//	/data/<slug>.csv, /data/<slug>.en.csv      responsibilities, one row per
//	                                           task or project and department
//	/data/<slug>.text.csv, .en.text.csv        the whole plan, one row per
//	                                           node and per table row
//	/data/<slug>.zh.akn.xml, .en.akn.xml       Akoma Ntoso 3.0, one file per
//	                                           language expression
//	/data/plan.schema.json                     JSON Schema of every
//	                                           /data/<slug>[.<lang>].json
//
// # Identifiers
//
// Each plan is an Akoma Ntoso work with FRBR URIs built from
// content/works.yaml (country, actor, subtype) and the document number:
//
//	work           /akn/cn-sd/doc/plan/zichuan/2022-12-28/10
//	expression     /akn/cn-sd/doc/plan/zichuan/2022-12-28/10/zho  (…/eng)
//	manifestation  /akn/cn-sd/doc/plan/zichuan/2022-12-28/10/zho/!main.xml
//
// The number is the serial of the document number (川政发〔2022〕10号 →
// 10), or the slug when there is none; the date is the date of signing.
// A plan works.yaml does not name gets country cn, its slug as actor and
// subtype plan.
//
// # CSV
//
// UTF-8 with a byte-order mark (so Excel opens the Chinese correctly), CRLF
// line ends, a header row, then one row for every department named by a
// responsibility list, in document order, lead departments first:
//
//	eId, label, kind, heading, department, role (lead | support), url,
//	department (English), deadline, deadline date, points
//
// Department names are as the plan prints them, with the registry's English
// name beside them; url is absolute. A task with several lists (printed
// inside its text) has rows for each. deadline is as printed, its date
// YYYY-MM-DD (empty for an ongoing task); points is the task's score.
//
// The text CSV holds every character of the plan: one row per node in
// document order (eId, label, kind, num, heading, text, responsibility,
// deadline, deadline date, points, url, then cell 1…N); after a table's row
// come its header row (kind header) and each other row (kind row) with
// their cells in the cell columns, a ragged row with all its cells; a
// project's row carries its whole table row there.
//
// # Akoma Ntoso
//
// <akomaNtoso><doc name="plan">: meta (identification with the FRBR
// URIs, a translation marked non-authoritative; references with a
// TLCOrganization for the issuer and every department, TLCRole lead and
// support), preface (the plan's title), and mainBody holding one element per
// node of the JSON export with the same eId: the notice and footer as
// hcontainers, parts and sections as part and section, items, sub-items,
// boxes, tables and projects as hcontainer name="…", paragraphs as
// paragraph. A responsibility list is a <p class="responsibility"> whose
// department names are <organization refersTo="#…" as="#lead|#support">
// (class "responsibility inline" for a list printed inside the text); a
// deadline a <p class="deadline"> holding a <date date="YYYY-MM-DD"> where
// it has a date; a score a <p class="points">. A table's cells are a
// <table> in its intro or content: the header row as th cells, then every
// other row as printed; a project carries its whole row as a <table
// class="row">.
package opendata

import (
	"cmp"
	"io/fs"
	"regexp"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"plansite/generator/plan"
	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// WorksFile is where editors describe each plan's jurisdiction.
const WorksFile = "content/works.yaml"

// Work is what content/works.yaml says about one plan.
type Work struct {
	Country string `yaml:"country"` // Akoma Ntoso country: ISO 3166-1 alpha-2 and subdivision, cn-sd
	Actor   string `yaml:"actor"`   // the issuing place, ASCII: zichuan
	Subtype string `yaml:"subtype"` // Akoma Ntoso doc subtype: plan
	// Jurisdiction and Type are schema.org's legislationJurisdiction and
	// legislationType, per language (zh, en).
	Jurisdiction map[string]string `yaml:"jurisdiction"`
	Type         map[string]string `yaml:"type"`
	// Portal metadata the text does not print; pages show each when set.
	Index     string            `yaml:"index"`     // 索引号
	Subject   map[string]string `yaml:"subject"`   // 主题分类, per language
	Published string            `yaml:"published"` // 发布日期, YYYY-MM-DD
	Validity  string            `yaml:"validity"`  // 有效性: valid, expired or repealed
	// Title is the plan's title per language other than Chinese, for
	// pages in that language until the plan's title is translated.
	Title map[string]string `yaml:"title"`
	// What the status line and the plan page's links show.
	Period         string `yaml:"period"`         // the years the plan covers, "2021-2025", when the text does not say
	Draft          bool   `yaml:"draft"`          // a draft for comment (征求意见稿), not in force
	Original       string `yaml:"original"`       // URL of the original publication (原文)
	Interpretation string `yaml:"interpretation"` // URL of the official interpretation (政策解读)
}

// validities are the values Work.Validity may take.
var validities = map[string]bool{"": true, "valid": true, "expired": true, "repealed": true}

var yearSpan = regexp.MustCompile(`^(\d{4})\s*[-–—]\s*(\d{4})$`)

// LoadWorks reads content/works.yaml (optional) for docs; a plan it does
// not name gets defaults.
func LoadWorks(root fs.FS, docs []*plan.Document) (map[string]Work, error) {
	raw := map[string]Work{}
	data, err := textfile.Read(root, WorksFile)
	if err != nil {
		return nil, err
	}
	m, err := textfile.YAMLRoot(WorksFile, data)
	if err != nil {
		return nil, err
	}
	known := map[string]bool{}
	for _, d := range docs {
		known[d.Slug] = true
	}
	if m != nil {
		// Decoded strictly: a misspelt field (subjcet:) is an error, not
		// a field silently left out.
		if err := textfile.Decode(WorksFile, data, &raw); err != nil {
			return nil, err
		}
		for i := 0; i+1 < len(m.Content); i += 2 {
			slug := m.Content[i].Value
			if !known[slug] {
				return nil, &pos.Error{File: WorksFile, Line: m.Content[i].Line, Msg: plan.NoSuchPlan(slug, docs)}
			}
			w := raw[slug]
			if !validities[w.Validity] {
				return nil, pos.Errorf(WorksFile, valueLine(m.Content[i+1], "validity"), "validity %q: expected valid, expired or repealed", w.Validity)
			}
			if y := yearSpan.FindStringSubmatch(w.Period); w.Period != "" && (y == nil || y[1] > y[2]) {
				return nil, pos.Errorf(WorksFile, valueLine(m.Content[i+1], "period"), "period %q: expected years as 2021-2025, the first year first", w.Period)
			}
			for _, u := range []struct{ key, v string }{{"original", w.Original}, {"interpretation", w.Interpretation}} {
				if u.v != "" && !strings.HasPrefix(u.v, "https://") && !strings.HasPrefix(u.v, "http://") {
					return nil, pos.Errorf(WorksFile, valueLine(m.Content[i+1], u.key), "%s %q: expected an http(s) URL", u.key, u.v)
				}
			}
			if _, err := time.Parse(time.DateOnly, w.Published); w.Published != "" && err != nil {
				return nil, pos.Errorf(WorksFile, valueLine(m.Content[i+1], "published"), "published %q: expected a day of the calendar as YYYY-MM-DD", w.Published)
			}
		}
	}
	out := map[string]Work{}
	for _, d := range docs {
		w := raw[d.Slug]
		w.Country, w.Actor, w.Subtype = cmp.Or(w.Country, "cn"), cmp.Or(w.Actor, d.Slug), cmp.Or(w.Subtype, "plan")
		out[d.Slug] = w
	}
	return out, nil
}

// valueLine is the line of key's value in a mapping node, or the
// mapping's own line.
func valueLine(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1].Line
		}
	}
	return m.Line
}

var serial = regexp.MustCompile(`(\d+)\s*号\s*$`)

// FRBR are a plan's Akoma Ntoso identifiers in one language.
type FRBR struct {
	Work, Expression, Manifestation string
	Language                        string // ISO 639-2: zho, eng
	Date                            string // YYYY-MM-DD, or "" when the document gives none
	DateName                        string // what Date is: signature, publication, or a version's act (adoption, amendment …)
	Number                          string
}

// Identify builds d's FRBR URIs for lang (zh or en).
func (w Work) Identify(d *plan.Document, lang string) FRBR {
	num := d.Slug
	if m := serial.FindStringSubmatch(d.Meta.DocumentNumber); m != nil {
		num = m[1]
	}
	// A date is never invented: without a signing date the work is dated
	// by its publication, then by the year its number gives (〔2021〕, as
	// Akoma Ntoso URIs may be), and otherwise its URI has no date.
	f := FRBR{Language: iso6392(lang), Date: d.Meta.Date, DateName: "signature", Number: num}
	if v := d.Meta.DatedVersion(); v != nil {
		// A regulation or rule is dated by the act that made its text:
		// its adoption or issue, or its last amendment or revision.
		f.DateName = versionDateNames[v.Act]
	}
	if f.Date == "" {
		f.Date, f.DateName = d.Meta.Published, "publication"
	}
	dated := cmp.Or(f.Date, plan.NumberYear(d.Meta.DocumentNumber))
	f.Work = "/akn/" + w.Country + "/doc/" + w.Subtype + "/" + w.Actor
	if dated != "" {
		f.Work += "/" + dated
	}
	f.Work += "/" + num
	f.Expression = f.Work + "/" + f.Language
	f.Manifestation = f.Expression + "/!main.xml"
	return f
}

// versionDateNames name FRBRdate after the act of plan.Version it dates.
var versionDateNames = map[string]string{
	plan.ActAdopted: "adoption", plan.ActApproved: "approval", plan.ActIssued: "promulgation",
	plan.ActAmended: "amendment", plan.ActRevised: "revision",
}

// iso6392 is the three-letter code Akoma Ntoso URIs use.
func iso6392(lang string) string {
	switch lang {
	case "zh":
		return "zho"
	case "en":
		return "eng"
	}
	return lang
}
