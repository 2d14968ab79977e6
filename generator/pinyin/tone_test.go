package pinyin

import (
	"strings"
	"testing"

	"github.com/mozillazg/go-pinyin"
)

// TestCommonest checks commonest against go-pinyin's SinglePinyin for
// every character of its dictionary and a few it lacks: the same
// reading, v written ü.
func TestCommonest(t *testing.T) {
	args := pinyin.NewArgs()
	want := func(r rune) string {
		if py := pinyin.SinglePinyin(r, args); len(py) > 0 {
			return strings.ReplaceAll(py[0], "v", "ü")
		}
		return ""
	}
	for k := range pinyin.PinyinDict {
		r := rune(k)
		if have, want := commonest(r), want(r); have != want {
			t.Errorf("commonest(%q) = %q, want %q", r, have, want)
		}
	}
	for _, r := range []rune{'a', '，', 0x10FFFF} {
		if have, want := commonest(r), want(r); have != want {
			t.Errorf("commonest(%q) = %q, want %q", r, have, want)
		}
	}
	for r, want := range map[rune]string{'绿': "lü", '略': "lüe", '中': "zhong", '嗯': "n"} {
		if have := commonest(r); have != want {
			t.Errorf("commonest(%q) = %q, want %q", r, have, want)
		}
	}
}

// BenchmarkReadings reads a department's place and name.
func BenchmarkReadings(b *testing.B) {
	rs := []rune("广西壮族自治区南宁市青秀区教育局")
	for b.Loop() {
		Readings(rs)
	}
}
