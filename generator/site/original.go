package site

import (
	"fmt"
	"io"
	"io/fs"

	"plansite/generator/view"
)

// The seed file of each plan is published as it is, beside the pages made
// from it, as portals offer their 附件: /originals/<slug>.<ext> (a portal
// page as <slug>.html.txt, so that its scripts never run), linked as
// 原文下载 / "Download the original" on the plan page and listed on the
// open-data page.

// originals publishes each plan's seed file. It is read again when the
// site is written (lazy), not held for the whole build: a library's PDFs
// add up.
func (b *builder) originals() error {
	for _, d := range b.docs {
		p := view.OriginalPath(d)
		if p == "" {
			continue
		}
		fi, err := fs.Stat(b.root, d.Original.Name)
		if err != nil {
			return fmt.Errorf("publishing the original of %s: %w", d.Slug, err)
		}
		if _, dup := b.files[p]; dup {
			return fmt.Errorf("two originals at /%s", p)
		}
		name := d.Original.Name
		b.sizes[p] = int(fi.Size())
		b.later(p, func(w io.Writer) error {
			data, err := fs.ReadFile(b.root, name)
			if err != nil {
				return fmt.Errorf("publishing the original of %s: %w", d.Slug, err)
			}
			_, err = w.Write(data)
			return err
		})
	}
	return nil
}
