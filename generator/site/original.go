package site

import (
	"fmt"
	"io/fs"

	"plansite/generator/view"
)

// The seed file of each plan is published as it is, beside the pages made
// from it, as portals offer their 附件: /originals/<slug>.<ext> (a portal
// page as <slug>.html.txt, so that its scripts never run), linked as
// 原文下载 / "Download the original" on the plan page and listed on the
// open-data page.

// originals copies each plan's seed file into the site.
func (b *builder) originals() error {
	for _, d := range b.docs {
		p := view.OriginalPath(d)
		if p == "" {
			continue
		}
		data, err := fs.ReadFile(b.root, d.Original.Name)
		if err != nil {
			return fmt.Errorf("publishing the original of %s: %w", d.Slug, err)
		}
		if _, dup := b.files[p]; dup {
			return fmt.Errorf("two originals at /%s", p)
		}
		b.files[p] = data
	}
	return nil
}
