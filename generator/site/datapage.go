package site

import (
	"html/template"
	"strconv"

	"plansite/generator/highlight"
	"plansite/generator/opendata"
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

// SizeText is the size as a reader wants it: 123.4 KB.
func (f DataFile) SizeText() string {
	if f.Size < 1024 {
		return strconv.Itoa(f.Size) + " B"
	}
	return strconv.FormatFloat(float64(f.Size)/1024, 'f', 1, 64) + " KB"
}

// Sample is a highlighted excerpt of one format.
type Sample struct {
	Format string
	Path   string
	Code   template.HTML
}

// dataPage lists d's files; it runs after every file is written.
func (b *builder) dataPage(d *Doc) (*DataPage, error) {
	dp := &DataPage{}
	add := func(path, format, lang, desc string) {
		dp.Files = append(dp.Files, DataFile{Path: "/" + path, Format: format, Lang: lang, Desc: desc, Size: len(b.files[path])})
	}
	for _, lang := range Langs {
		v := d.inLang(lang)
		json := "data/" + d.Slug + ".json"
		if lang != Langs[0] {
			json = "data/" + d.Slug + "." + lang + ".json"
		}
		add(json, "JSON", lang, "dataJSON")
		add(dataFile(v, "csv", false), "CSV", lang, "dataCSV")
		add(dataFile(v, "akn.xml", true), "Akoma Ntoso XML", lang, "dataAKN")
	}
	add(opendata.SchemaPath, "JSON Schema", "", "dataSchema")

	jsonPath := "/data/" + d.Slug + ".json"
	if d.Lang != Langs[0] {
		jsonPath = "/data/" + d.Slug + "." + d.Lang + ".json"
	}
	x := exportOf(d)
	js, err := opendata.SampleJSON(x)
	if err != nil {
		return nil, err
	}
	samples := []struct{ format, path, lexer, code string }{
		{"JSON", jsonPath, "json", js},
		{"CSV", "/" + dataFile(d, "csv", false), "csv", opendata.SampleCSV(b.files[dataFile(d, "csv", false)], 4)},
		{"Akoma Ntoso XML", "/" + dataFile(d, "akn.xml", true), "xml", opendata.SampleAKN(b.files[dataFile(d, "akn.xml", true)])},
	}
	for _, s := range samples {
		h, err := highlight.HTML(s.code, s.lexer)
		if err != nil {
			return nil, err
		}
		dp.Samples = append(dp.Samples, Sample{Format: s.format, Path: s.path, Code: h})
	}
	return dp, nil
}
