package highlight

import (
	"math"
	"sync"
	"time"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

// sampleLangs are the languages of the open-data page's samples (and of
// code blocks that name them), highlighted by untimed lexers in one run.
var sampleLangs = []string{"json", "csv", "xml"}

// untimedLexers holds a copy of each of sampleLangs' lexers whose rules
// never time out, made on first use and never changed after.
var untimedLexers = sync.OnceValue(func() map[string]chroma.Lexer {
	m := map[string]chroma.Lexer{}
	for _, lang := range sampleLangs {
		if l, ok := lexers.Get(lang).(*chroma.RegexLexer); ok {
			m[lang] = untimed(l)
		}
	}
	return m
})

// untimed is a copy of l whose rules' regular expressions have no match
// timeout, as Pygments', whose rules chroma's are, have none: chroma
// gives each 250 ms of wall time (see steady) when it compiles them, and
// a copy can reach its compiled rules through a rule of its own whose
// LexerMutator chroma calls once they are compiled. The copy reads the
// same rules with the same config, so it highlights as l does on an idle
// machine; it holds no rule that calls another lexer (sampleLangs' lexers
// have none: TestUntimed), which would be timed again.
func untimed(l *chroma.RegexLexer) chroma.Lexer {
	return chroma.MustNewLexer(l.Config(), func() chroma.Rules {
		rules := chroma.Rules{}
		for state, rs := range l.MustRules() {
			rules[state] = rs
		}
		rules["root"] = append([]chroma.Rule{{Pattern: `(?!)`, Mutator: noTimeouts{}}}, rules["root"]...)
		return rules
	})
}

// noTimeouts is the rule untimed adds: once the copy's rules are
// compiled, it lifts their match timeouts and takes itself out.
type noTimeouts struct{}

// forever is regexp2's own "no timeout" (DefaultMatchTimeout): it then
// checks no deadline at all.
const forever = time.Duration(math.MaxInt64)

func (noTimeouts) MutateLexer(rules chroma.CompiledRules, state string, i int) error {
	for _, rs := range rules {
		for _, r := range rs {
			if r.Regexp != nil {
				r.Regexp.MatchTimeout = forever
			}
		}
	}
	rules[state] = append(rules[state][:i:i], rules[state][i+1:]...)
	return nil
}

// Mutate is never called: the rule is gone before the copy lexes.
func (noTimeouts) Mutate(*chroma.LexerState) error { return nil }
