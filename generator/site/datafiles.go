package site

import (
	"sort"

	"plansite/generator/export"
	"plansite/generator/highlight"
	"plansite/generator/opendata"
	"plansite/generator/plan"
	"plansite/generator/view"
)

// Data files are made from the plans' views and analyses, not from pages:
//
//	/data/<slug>.json, .en.json          export (package export) with package
//	                                     link's departments, links and targets
//	/data/<slug>.csv, .text.csv, .zh.akn.xml (and .en. of each)
//	                                     open data (package opendata)
//	/data/plan.schema.json, /assets/highlight.css
//	/<lang>/search/…                     the search indexes (search.go)
//
// A build makes them one plan and language at a time, side by side with
// the pages, and hands each file to its sink as soon as it is made,
// keeping only what the open-data page shows of it (dataInfo: sizes and
// samples); so a library's data files are never held together. The
// preview makes them into a memory sink on first use (Project.File).

// dataInfo is what the open-data page shows of one plan's files in one
// language: their sizes and the excerpts it highlights.
type dataInfo struct {
	sizes    map[string]int // site path → bytes
	csv, akn string         // samples of the CSV and the Akoma Ntoso file
	err      error
}

// infoKey names a plan in one language.
type infoKey struct {
	doc  *plan.Document
	lang string
}

// planFiles makes the data files of the plan d in d's language: the JSON
// export, the CSV of responsibilities, the text CSV and the Akoma Ntoso
// file.
func (b *builder) planFiles(d *view.Doc) (map[string][]byte, error) {
	out := map[string][]byte{}
	json := "data/" + d.Slug + ".json"
	if d.Lang != view.SourceLang {
		json = "data/" + d.Slug + "." + d.Lang + ".json"
	}
	x := export.New(d.Document, d.Lang, func(n *plan.Node) (string, string, string) {
		v := d.Find(n.EID)
		return v.Heading(), v.PlainText(), v.URL()
	})
	x.Meta = d.TranslatedMeta()
	x.Extra = b.linkExport(d)
	data, err := x.JSON()
	if err != nil {
		return nil, err
	}
	out[json] = data
	x = exportOf(d)
	names, err := b.departments(d.Document)
	if err != nil {
		return nil, err
	}
	csv, err := opendata.CSV(x, b.cfg.BaseURL, func(zh string) string { return names(zh, "en").name })
	if err != nil {
		return nil, err
	}
	w := b.citing.works[d.Slug]
	original := ""
	if d.Lang != view.SourceLang {
		original = w.Identify(d.Document, view.SourceLang).Expression
	}
	akn, err := opendata.AKN(x, w.Identify(d.Document, d.Lang), original, view.AccessedDate(), func(zh string) (string, string) {
		n := names(zh, d.Lang)
		return n.slug, n.name
	})
	if err != nil {
		return nil, err
	}
	text, err := opendata.TextCSV(x, b.cfg.BaseURL)
	if err != nil {
		return nil, err
	}
	out[view.DataFile(d, "csv", false)], out[view.DataFile(d, "akn.xml", true)], out[view.DataFile(d, "text.csv", false)] = csv, akn, text
	return out, nil
}

// summarize is what the open-data page needs of d's files.
func summarize(d *view.Doc, files map[string][]byte, err error) dataInfo {
	if err != nil {
		return dataInfo{err: err}
	}
	info := dataInfo{sizes: map[string]int{}}
	for name, data := range files {
		info.sizes[name] = len(data)
	}
	info.csv = opendata.SampleCSV(files[view.DataFile(d, "csv", false)], 4)
	info.akn = opendata.SampleAKN(files[view.DataFile(d, "akn.xml", true)])
	return info
}

// dataInfo returns what the open-data page shows of d's files (d is a
// plan in one language), making them if no build has made them yet.
func (b *builder) dataInfo(d *view.Doc) dataInfo {
	return b.infos[infoKey{d.Document, d.Lang}].get(func() dataInfo {
		files, err := b.planFiles(d)
		return summarize(d, files, err)
	})
}

// putPlanData makes d's data files, puts them into sink and records what
// the open-data page shows of them.
func (b *builder) putPlanData(d *view.Doc, sink Sink) error {
	var files map[string][]byte
	info := b.infos[infoKey{d.Document, d.Lang}].get(func() dataInfo {
		var err error
		files, err = b.planFiles(d)
		return summarize(d, files, err)
	})
	if info.err != nil {
		return info.err
	}
	if files == nil { // the page asked first, or an earlier render made them
		var err error
		if files, err = b.planFiles(d); err != nil {
			return err
		}
	}
	return putSorted(sink, files)
}

// commonData are the data files shared by every plan.
func commonData() (map[string][]byte, error) {
	css, err := highlight.CSS()
	if err != nil {
		return nil, err
	}
	return map[string][]byte{highlight.CSSPath: css, opendata.SchemaPath: opendata.Schema}, nil
}

// putSorted puts files into sink in name order.
func putSorted(sink Sink, files map[string][]byte) error {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := sink.Put(name, files[name]); err != nil {
			return err
		}
	}
	return nil
}

// exportOf builds d's JSON export model without its metadata and link
// analysis, as the open data reads it.
func exportOf(d *view.Doc) *export.Doc {
	return export.New(d.Document, d.Lang, func(n *plan.Node) (string, string, string) {
		v := d.Find(n.EID)
		return v.Heading(), v.PlainText(), v.URL()
	})
}
