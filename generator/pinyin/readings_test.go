package pinyin

import (
	"strings"
	"testing"
)

func TestParseReadings(t *testing.T) {
	words, longest, err := parseReadings(readingsTxt)
	if err != nil {
		t.Fatalf("readings.txt:%v", err)
	}
	if have := words["协调"]; len(have) != 2 || have[1] != "tiao" {
		t.Errorf("readings.txt: 协调 is %q, want [xie tiao]", have)
	}
	if longest < 3 {
		t.Errorf("longest word: have %d characters, want at least 3 (长三角)", longest)
	}
	for _, c := range []struct{ name, txt, want string }{
		{"too few syllables", "协调 xie\n", "1: 协调 has 2 characters and 1 syllables"},
		{"not Chinese", "# c\nab a b\n", "2: \"ab\" is not a word"},
		{"twice", "协调 xie tiao\n协调 xie tiao\n", "2: 协调 is listed twice"},
		{"v for ü", "绿色 lv se\n", "1: 绿色: syllable \"lv\""},
		{"tone", "协调 xié tiáo\n", "1: 协调: syllable \"xié\""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := parseReadings(c.txt)
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("have error %v, want one starting %q", err, c.want)
			}
		})
	}
}

func TestWord(t *testing.T) {
	for _, tt := range []struct{ zh, want string }{
		{"长沙", "changsha"},
		{"西安", "xi'an"},
		{"东安", "dong'an"},
		{"延安", "yan'an"},
		{"东阿", "dong'e"},
		{"安化", "anhua"},
		{"淮安", "huai'an"},
		{"西城", "xicheng"},
	} {
		if have := Word(Readings([]rune(tt.zh))); have != tt.want {
			t.Errorf("Word(%s): have %q, want %q", tt.zh, have, tt.want)
		}
	}
}
