package site

import (
	"io/fs"

	"plansite/generator/plan"
)

// loadTranslation reads content/en/. Until the translation layer lands,
// English pages show the Chinese text marked as pending.
func loadTranslation(root fs.FS, docs []*plan.Document) (Translation, []plan.Warning, error) {
	return nil, nil, nil
}
