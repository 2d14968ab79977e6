package site

import (
	"sync"
	"testing"

	"plansite/generator/internal/library"
	"plansite/generator/internal/testproject"
)

// Sites built once per test binary and shared by the tests of both
// packages (site and site_test), which only read them: a build takes
// seconds, many more on a loaded machine, and a dozen tests read the same
// two sites.
var shared struct {
	mu        sync.Mutex
	frozen    *Site
	libraries map[int]*Site
}

// FrozenSite is the site of the frozen project (testproject), for tests
// that name its pages or count what they show.
func FrozenSite(t testing.TB) *Site {
	t.Helper()
	shared.mu.Lock()
	defer shared.mu.Unlock()
	if shared.frozen == nil {
		s, err := Build(testproject.FS())
		if err != nil {
			t.Fatal(err)
		}
		shared.frozen = s
	}
	return shared.frozen
}

// LibrarySite is the site of the frozen library of n plans
// (library.Project: the frozen project's Zichuan plan and the corpus
// plans, the frozen project's content).
func LibrarySite(t testing.TB, n int) *Site {
	t.Helper()
	shared.mu.Lock()
	defer shared.mu.Unlock()
	if s := shared.libraries[n]; s != nil {
		return s
	}
	fsys, err := library.Project(n)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Build(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if shared.libraries == nil {
		shared.libraries = map[int]*Site{}
	}
	shared.libraries[n] = s
	return s
}
