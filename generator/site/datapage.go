package site

import (
	"html/template"
	"strings"

	"plansite/generator/highlight"
	"plansite/generator/opendata"
	"plansite/generator/view"
)

// DataPage is what the open-data page shows: the files and a highlighted
// sample of each format.
type DataPage struct {
	Files   []DataFile
	Samples []Sample
}

// DataFile is one downloadable file.
type DataFile struct {
	Path   string // site path
	Format string // JSON, CSV, Akoma Ntoso XML, JSON Schema
	Lang   string // zh, en, or "" for both
	Desc   string // UI key of the description
	Size   int    // bytes
}

// SizeText is the size as a reader wants it (view.SizeText).
func (f DataFile) SizeText() string { return view.SizeText(int64(f.Size)) }

// Sample is a highlighted excerpt of one format.
type Sample struct {
	Format string
	Path   string
	Code   template.HTML
}

// dataPage lists d's files and shows samples of them, making the data
// files of d's plan if no build has made them yet.
func (b *builder) dataPage(d *view.Doc) (*DataPage, error) {
	infos := map[string]dataInfo{}
	for _, lang := range view.Langs() {
		info := b.dataInfo(d.InLang(lang))
		if info.err != nil {
			return nil, info.err
		}
		infos[lang] = info
	}
	dp := &DataPage{}
	for _, f := range dataFileRefs(d) {
		size, ok := infos[f.lang].sizes[f.path]
		switch {
		case ok:
		case f.path == opendata.SchemaPath:
			size = len(opendata.Schema)
		default:
			size = b.sizes[f.path]
		}
		dp.Files = append(dp.Files, DataFile{Path: "/" + f.path, Format: f.format, Lang: f.lang, Desc: f.desc, Size: size})
	}
	samples, err := b.samples(d, infos[d.Lang])
	dp.Samples = samples
	return dp, err
}

// dataFileRef is one of the files the open-data page lists.
type dataFileRef struct{ path, format, lang, desc string }

// dataFiles lists d's files for the open-data page, in order.
func dataFileRefs(d *view.Doc) []dataFileRef {
	var out []dataFileRef
	add := func(path, format, lang, desc string) {
		out = append(out, dataFileRef{path, format, lang, desc})
	}
	for _, lang := range view.Langs() {
		v := d.InLang(lang)
		add(view.DataFile(v, "json", false), "JSON", lang, "dataJSON")
		add(view.DataFile(v, "csv", false), "CSV", lang, "dataCSV")
		add(view.DataFile(v, "text.csv", false), "CSV", lang, "dataTextCSV")
		add(view.DataFile(v, "akn.xml", true), "Akoma Ntoso XML", lang, "dataAKN")
	}
	add(opendata.SchemaPath, "JSON Schema", "", "dataSchema")
	if p := view.OriginalPath(d.Document); p != "" {
		add(p, strings.ToUpper(d.Document.Original.Format), "zh", "dataOriginal")
	}
	return out
}

// samples highlights an excerpt of each of d's files in d's language,
// the Chinese an English excerpt quotes marked as Chinese. An excerpt is a
// few lines, cheap to highlight on each build of its page.
func (b *builder) samples(d *view.Doc, info dataInfo) ([]Sample, error) {
	json, csv, akn := view.DataFile(d, "json", false), view.DataFile(d, "csv", false), view.DataFile(d, "akn.xml", true)
	samples := []struct{ format, path, lexer, code string }{
		{"JSON", "/" + json, "json", info.json},
		{"CSV", "/" + csv, "csv", info.csv},
		{"Akoma Ntoso XML", "/" + akn, "xml", info.akn},
	}
	var out []Sample
	for _, s := range samples {
		h, err := highlight.HTML(s.code, s.lexer)
		if err != nil {
			return nil, err
		}
		// The English data quote the Chinese (department names as the
		// plan writes them, its list as printed): marked, as on the page.
		if h, err = view.MarkHTML(d.Lang, h); err != nil {
			return nil, err
		}
		out = append(out, Sample{Format: s.format, Path: s.path, Code: h})
	}
	return out, nil
}
