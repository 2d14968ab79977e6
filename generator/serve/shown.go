package serve

import (
	"slices"
	"sync"
)

// shownPages is how many of the pages served last a rebuild renders before
// telling pages to reload: a few tabs' worth, each a few milliseconds.
const shownPages = 4

// shown remembers the HTML pages served last, most recent first. They are
// the pages browsers show: every tab shows the page it loaded last, and a
// reload loads it again. So the server needs no word from the pages about
// what they show, and a tab closed since costs one page's rendering until
// newer pages push it out.
type shown struct {
	mu    sync.Mutex
	names []string
}

// saw notes that the site file name was served.
func (s *shown) saw(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i := slices.Index(s.names, name); i >= 0 {
		s.names = slices.Delete(s.names, i, i+1)
	}
	s.names = slices.Insert(s.names, 0, name)
	if len(s.names) > shownPages {
		s.names = s.names[:shownPages]
	}
}

// list returns the pages served last, most recent first.
func (s *shown) list() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.names)
}
