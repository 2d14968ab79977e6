// Package schemaorg describes plans as schema.org Legislation for the
// JSON-LD block of each page, so search engines and citation managers read
// the document number, date, issuer and jurisdiction without scraping.
//
// A plan page carries one Legislation: the plan in the page's language,
// with
//
//	legislationIdentifier  the document number (发文字号), 川政发〔2022〕10号
//	legislationDate        the date of signing (成文日期)
//	legislationJurisdiction, legislationType   from content/works.yaml
//	legislationPassedBy, publisher             the issuing authority: one
//	                       GovernmentOrganization, or a list of those that
//	                       issue the plan jointly
//	inLanguage, name, alternateName (the issuing notice), url, identifier
//	                       (the Akoma Ntoso FRBR expression URI)
//	workExample            on the authoritative (Chinese) page: each translation
//	translationOfWork      on a translation's page: the Chinese original
//	encoding               the open-data files (JSON, CSV, Akoma Ntoso)
//
// A permalink page carries a Legislation for its passage, named by its
// citation label, with isPartOf pointing at the plan.
package schemaorg

import (
	"bytes"
	"encoding/json"
)

// Context is the JSON-LD context every block uses.
const Context = "https://schema.org"

// Legislation is a schema.org Legislation node. Fields are in the order a
// reader of the page source expects them.
type Legislation struct {
	Context                 string          `json:"@context,omitempty"`
	Type                    string          `json:"@type"`
	ID                      string          `json:"@id,omitempty"`
	Name                    string          `json:"name,omitempty"`
	AlternateName           string          `json:"alternateName,omitempty"`
	Identifier              string          `json:"identifier,omitempty"`
	LegislationIdentifier   string          `json:"legislationIdentifier,omitempty"`
	LegislationDate         string          `json:"legislationDate,omitempty"`
	DatePublished           string          `json:"datePublished,omitempty"`
	LegislationJurisdiction string          `json:"legislationJurisdiction,omitempty"`
	LegislationType         string          `json:"legislationType,omitempty"`
	LegislationPassedBy     Organizations   `json:"legislationPassedBy,omitempty"`
	Publisher               Organizations   `json:"publisher,omitempty"`
	InLanguage              string          `json:"inLanguage,omitempty"`
	URL                     string          `json:"url,omitempty"`
	Description             string          `json:"description,omitempty"`
	IsPartOf                *Legislation    `json:"isPartOf,omitempty"`
	WorkExample             []*Legislation  `json:"workExample,omitempty"`
	TranslationOfWork       *Legislation    `json:"translationOfWork,omitempty"`
	Encoding                []*DataDownload `json:"encoding,omitempty"`
}

// Organization is a schema.org GovernmentOrganization.
type Organization struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// Organizations are the bodies that issue a plan: written as one object
// when there is one, as most plans have, and as a list when several issue
// it jointly.
type Organizations []*Organization

// MarshalJSON writes one organization as an object, several as a list,
// escaping no more than the encoder that calls it does (it escapes its
// result again as it is set to).
func (o Organizations) MarshalJSON() ([]byte, error) {
	var v any = []*Organization(o)
	if len(o) == 1 {
		v = o[0]
	}
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if err := e.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// DataDownload is one open-data file of a plan.
type DataDownload struct {
	Type           string `json:"@type"`
	ContentURL     string `json:"contentUrl"`
	EncodingFormat string `json:"encodingFormat"`
	InLanguage     string `json:"inLanguage,omitempty"`
}

// Plan describes a plan in one language.
type Plan struct {
	Name, NoticeTitle  string   // the plan's title and the issuing notice's
	Number, Date       string   // 发文字号, YYYY-MM-DD
	Issuers            []string // jointly issued: several
	Jurisdiction, Type string
	Lang               string // BCP 47: zh-Hans, en
	URL                string // absolute URL of the plan page
	FRBR               string // FRBR expression URI
	Description        string
	Downloads          []*DataDownload
	Authoritative      bool    // the original, not a translation
	Original           *Plan   // for a translation: the original
	Translations       []*Plan // for the original: its translations
}

// ForPlan is the Legislation block of a plan page.
func ForPlan(p *Plan) *Legislation {
	l := node(p)
	l.Context = Context
	l.Description = p.Description
	l.Encoding = p.Downloads
	if p.Authoritative {
		for _, t := range p.Translations {
			w := ref(t)
			w.TranslationOfWork = &Legislation{Type: "Legislation", ID: p.URL}
			l.WorkExample = append(l.WorkExample, w)
		}
	} else if p.Original != nil {
		l.TranslationOfWork = ref(p.Original)
	}
	return l
}

// ForPassage is the Legislation block of a passage's permalink page.
func ForPassage(p *Plan, label, heading, url string) *Legislation {
	name := label
	if heading != "" {
		name += " " + heading
	}
	id := p.Number
	if id != "" {
		id += " " + label
	}
	return &Legislation{
		Context: Context, Type: "Legislation", ID: url, Name: name,
		LegislationIdentifier: id, LegislationDate: p.Date,
		InLanguage: p.Lang, URL: url,
		IsPartOf: ref(p),
	}
}

// node is the full description of a plan, without context.
func node(p *Plan) *Legislation {
	var org Organizations
	for _, name := range p.Issuers {
		org = append(org, &Organization{Type: "GovernmentOrganization", Name: name})
	}
	return &Legislation{
		Type: "Legislation", ID: p.URL, Name: p.Name, AlternateName: p.NoticeTitle,
		Identifier: p.FRBR, LegislationIdentifier: p.Number,
		LegislationDate: p.Date, DatePublished: p.Date,
		LegislationJurisdiction: p.Jurisdiction, LegislationType: p.Type,
		LegislationPassedBy: org, Publisher: org,
		InLanguage: p.Lang, URL: p.URL,
	}
}

// ref is a short description of a plan, for links between blocks.
func ref(p *Plan) *Legislation {
	return &Legislation{Type: "Legislation", ID: p.URL, Name: p.Name,
		LegislationIdentifier: p.Number, InLanguage: p.Lang, URL: p.URL}
}
