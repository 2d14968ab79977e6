package site

import (
	"plansite/generator/export"
	"plansite/generator/plan"
	"plansite/generator/view"
)

// exports writes /data/<slug>.json and /data/<slug>.en.json into out.
func (b *builder) exports(out map[string][]byte) error {
	for _, lang := range view.Langs {
		for _, d := range b.views[lang] {
			name := "data/" + d.Slug + ".json"
			if lang != "zh" {
				name = "data/" + d.Slug + "." + lang + ".json"
			}
			x := export.New(d.Document, lang, func(n *plan.Node) (string, string, string) {
				v := d.Find(n.EID)
				return v.Heading(), v.PlainText(), v.URL()
			})
			x.Meta = d.TranslatedMeta()
			x.Extra = b.linkExport(d)
			data, err := x.JSON()
			if err != nil {
				return err
			}
			out[name] = data
		}
	}
	return nil
}
