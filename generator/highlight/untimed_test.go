package highlight

import (
	"html/template"
	"strings"
	"testing"
	"time"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

// TestUntimedLifts: a copy untimed makes lexes with rules that have no
// timeout, where the lexer it copies gives each 250 ms.
func TestUntimedLifts(t *testing.T) {
	var seen []time.Duration
	record := chroma.EmitterFunc(func(groups []string, s *chroma.LexerState) chroma.Iterator {
		for _, rs := range s.Rules {
			for _, r := range rs {
				seen = append(seen, r.Regexp.MatchTimeout)
			}
		}
		return chroma.Literator(chroma.Token{Type: chroma.Name, Value: groups[0]})
	})
	l := chroma.MustNewLexer(&chroma.Config{Name: "test"}, func() chroma.Rules {
		return chroma.Rules{"root": {{Pattern: `\w+`, Type: record}, {Pattern: `\s+`, Type: chroma.Text}}}
	})
	for _, tt := range []struct {
		name string
		l    chroma.Lexer
		want time.Duration
	}{{"chroma's", l, 250 * time.Millisecond}, {"untimed", untimed(l), forever}} {
		t.Run(tt.name, func(t *testing.T) {
			seen = nil
			if _, err := tokenise(tt.l, "a b"); err != nil {
				t.Fatal(err)
			}
			if len(seen) != 4 { // two rules, two words
				t.Fatalf("have %d timeouts %v, want 4", len(seen), seen)
			}
			for _, d := range seen {
				if d != tt.want {
					t.Errorf("have a rule's timeout %v, want %v", d, tt.want)
				}
			}
		})
	}
}

// TestUntimedSame: the untimed copies highlight the samples' languages as
// chroma's own lexers do, and call no other lexer (whose rules would time
// out): each of their rules emits a token type or nothing.
func TestUntimedSame(t *testing.T) {
	codes := map[string]string{
		"json": pauseSample,
		"csv":  "eId,kind,num,heading\npart_1,part,一,\"总体要求, 目标\"\npart_1__sec_1,section,(一),指导思想\n",
		"xml":  `<?xml version="1.0" encoding="UTF-8"?>` + "\n<!-- 注 -->\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act name='plan'><p>区教体局 &amp; 区财政局</p><![CDATA[x]]></act></akomaNtoso>\n",
	}
	for _, lang := range sampleLangs {
		t.Run(lang, func(t *testing.T) {
			own, ok := lexers.Get(lang).(*chroma.RegexLexer)
			if !ok || untimedLexers()[lang] == nil {
				t.Fatalf("chroma's %s lexer is %T, and untimed has %v: want a copy of a RegexLexer", lang, lexers.Get(lang), untimedLexers()[lang])
			}
			for state, rs := range own.MustRules() {
				for _, r := range rs {
					if _, ok := r.Type.(chroma.TokenType); r.Type != nil && !ok {
						t.Errorf("%s: a rule of state %s emits %T, not a token type", lang, state, r.Type)
					}
				}
			}
			want, err := steady(func() (template.HTML, error) { return tokenise(own, codes[lang]) })
			if err != nil {
				t.Fatal(err)
			}
			have, err := HTML(codes[lang], lang)
			if err != nil || have != want {
				t.Errorf("have %s, %v\nwant %s", have, err, want)
			}
			if strings.Contains(string(have), `class="err"`) {
				t.Errorf("have an error token: %s", have)
			}
		})
	}
}
