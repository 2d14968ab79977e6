package textfile

import "testing"

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		data string
		want string // "" for no error
	}{
		{"empty", "", ""},
		{"ascii", "a: 1\nb: 2\n", ""},
		{"chinese", "区教体局: District Education and Sports Bureau\n", ""},
		{"bom", "\uFEFFa: 1\n", ""},
		{"gbk", "a: 1\nb: \xc7\xf8\xbd\xcc\n", "f.yaml:2:4: byte 0xc7 is not UTF-8; save the file as UTF-8 (was it saved as GBK?)"},
		{"stray byte after chinese", "区\n教\xff\n", "f.yaml:2:2: byte 0xff is not UTF-8; save the file as UTF-8 (was it saved as GBK?)"},
		{"utf-16le", "\xff\xfea\x00", "f.yaml:1: saved as UTF-16; save it as UTF-8"},
		{"utf-16be", "\xfe\xff\x00a", "f.yaml:1: saved as UTF-16; save it as UTF-8"},
		{"nul", "a\n\nb\x00", "f.yaml:3:2: NUL byte; a text file has none (is it UTF-16 or binary?)"},
		{"truncated rune", "ab\xe5\x8c", "f.yaml:1:3: byte 0xe5 is not UTF-8; save the file as UTF-8 (was it saved as GBK?)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check("f.yaml", []byte(tt.data))
			have := ""
			if err != nil {
				have = err.Error()
			}
			if have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}
