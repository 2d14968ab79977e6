package cite

// Terms gives the English editors have fixed for a Chinese term: the
// kinds of work a table groups its key projects by (河道综合治理工程 →
// comprehensive river improvement projects), which an English label names
// them by (Schedule 4, Hangzhou, comprehensive river improvement
// projects, item 5). Package cite reads no files: package view hands it
// the glossary (content/glossary.yaml), which editors own, so no English
// word of a plan's is fixed in Go. Where Terms has none, or is nil, the
// kind of work stays Chinese.
type Terms func(zh string) (en string, ok bool)

func (t Terms) english(zh string) (string, bool) {
	if t == nil {
		return "", false
	}
	return t(zh)
}
