package site

import "plansite/generator/translate"

// NeedsUnit reports whether the node has words of its own to translate
// (package translate decides: not dates, not empty containers).
func (n *Node) NeedsUnit() bool { return translate.Needs(n.Node) }

// DataURL is the plan's data export in the document's language (see
// exports.go): /data/<slug>.json for the Chinese, /data/<slug>.<lang>.json
// for a translation.
func (d *Doc) DataURL() string {
	if d.Lang == Langs[0] {
		return "/data/" + d.Slug + ".json"
	}
	return "/data/" + d.Slug + "." + d.Lang + ".json"
}
