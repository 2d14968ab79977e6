package translate

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"plansite/generator/xliff"
)

// readerScript reads an XLIFF file with the npm xliff library (locize's,
// as localization pipelines use it) and prints, per unit, the source and
// target it found: text, or null when inline codes made it an array.
const readerScript = `
const {xliff2js} = require(process.env.XLIFF_LIB);
const data = require('fs').readFileSync(process.argv[2], 'utf8');
xliff2js(data, (err, res) => {
  if (err) { console.error(err.message); process.exit(1); }
  const out = {};
  for (const [file, units] of Object.entries(res.resources))
    for (const [id, u] of Object.entries(units))
      out[file + '#' + id] = {source: typeof u.source === 'string' ? u.source : null, target: typeof u.target === 'string' ? u.target : null};
  console.log(JSON.stringify({src: res.sourceLanguage, trg: res.targetLanguage, units: out}));
});
`

// xliffLib is where .ci/run installs the npm xliff library.
func xliffLib(t *testing.T) string {
	if testing.Short() {
		t.Skip("runs node: not under -short")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed")
	}
	home, _ := os.UserHomeDir()
	lib := filepath.Join(home, ".cache", "plansite", "xliff", "node_modules", "xliff")
	if _, err := os.Stat(filepath.Join(lib, "package.json")); err != nil {
		t.Skipf("the npm xliff library is not in %s (.ci/run installs it)", lib)
	}
	return lib
}

// TestXLIFFReader: a real XLIFF library opens the exports of the Zichuan
// plan (translated) and of a plan without translation, finds every unit,
// and reads the text of single-segment units as Plansite wrote it.
func TestXLIFFReader(t *testing.T) {
	lib := xliffLib(t)
	fsys := project(t)
	fsys["seeds/shandong-education-2021.txt"] = readSeed(t, "../parse/testdata/shandong-education-2021.txt")
	l := load(t, fsys)
	dir := t.TempDir()
	script := filepath.Join(dir, "read.cjs")
	if err := os.WriteFile(script, []byte(readerScript), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, slug := range []string{zichuan, "shandong-education-2021"} {
		t.Run(slug, func(t *testing.T) {
			f, _ := Export(l.doc(slug), l.set.Doc(slug), l.mem)
			data := xliff.Marshal(&xliff.Document{SrcLang: "zh-CN", TrgLang: "en", Files: []*xliff.File{f}})
			name := filepath.Join(dir, slug+".xlf")
			if err := os.WriteFile(name, data, 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command("node", script, name)
			cmd.Env = append(os.Environ(), "XLIFF_LIB="+lib)
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("the library rejects the file: %v %s", err, stderr(err))
			}
			var res struct {
				Src, Trg string
				Units    map[string]struct{ Source, Target *string }
			}
			if err := json.Unmarshal(out, &res); err != nil {
				t.Fatal(err)
			}
			if res.Src != "zh-CN" || res.Trg != "en" || len(res.Units) != len(f.Units) {
				t.Fatalf("library read %s→%s, %d units; want zh-CN→en, %d", res.Src, res.Trg, len(res.Units), len(f.Units))
			}
			checked := 0
			for _, u := range f.Units {
				got, ok := res.Units[slug+"#"+u.ID]
				if !ok {
					t.Errorf("library lacks unit %s", u.ID)
					continue
				}
				s := u.Segments[len(u.Segments)-1]
				if len(u.Segments) != 1 || got.Source == nil || len(s.Source) != 1 {
					continue // the library keeps one segment; codes come as objects
				}
				checked++
				if *got.Source != s.Source.Plain(nil) {
					t.Errorf("%s: library source %q, want %q", u.ID, *got.Source, s.Source.Plain(nil))
				}
				if s.HasTarget && len(s.Target) == 1 && (got.Target == nil || *got.Target != s.Target.Plain(nil)) {
					t.Errorf("%s: library target %v, want %q", u.ID, got.Target, s.Target.Plain(nil))
				}
			}
			if checked < 10 {
				t.Errorf("only %d units compared", checked)
			}
		})
	}
}

func stderr(err error) string {
	if e, ok := err.(*exec.ExitError); ok {
		return string(e.Stderr)
	}
	return ""
}
