// Package bench measures whole builds of synthetic libraries (package
// internal/library) as a reader of the numbers would: each build runs in a
// child process, timed by the wall clock and by the CPU time and peak
// resident memory the kernel reports for it (rusage), and its output is
// counted on disk (HTML pages, files, bytes) and searched to weigh what
// a reader's first query downloads (site.FirstQueryBytes).
//
// The same pages are built by Hugo, and by Hugo followed by Pagefind, for
// comparison: HugoProject turns a built site's JSON exports (public/data/
// <slug>.json and <slug>.en.json) into a Hugo project with one page per
// plan, per passage that has a page of its own, per key project and per
// department, in both languages, under small layouts of the same shape as
// Plansite's (breadcrumbs, language switch, previous and next). Hugo and
// Pagefind are optional tools: Tools says which are installed, and the
// comparison is left out, with a line saying why, when they are not.
//
// Nothing here runs under go test's required tools: the tests that need
// Hugo or Pagefind skip without them.
package bench
