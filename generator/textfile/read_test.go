package textfile

import (
	"testing"
	"testing/fstest"
)

func TestReadDecode(t *testing.T) {
	fsys := fstest.MapFS{"a.yaml": {Data: []byte("x: 1\ny: 2\n")}, "gbk.yaml": {Data: []byte("x: \xc7\xf8\n")}, "empty.yaml": {}}
	if data, err := Read(fsys, "missing.yaml"); data != nil || err != nil {
		t.Errorf("missing: have %q, %v; want nil, nil", data, err)
	}
	if _, err := Read(fsys, "gbk.yaml"); err == nil || err.Error() != "gbk.yaml:1:4: byte 0xc7 is not UTF-8; save the file as UTF-8 (was it saved as GBK?)" {
		t.Errorf("gbk: have %v", err)
	}
	var v struct{ X int }
	data, _ := Read(fsys, "a.yaml")
	if err := Decode("a.yaml", data, &v); err == nil || err.Error() != `a.yaml:2: unknown field "y"` {
		t.Errorf("unknown field: have %v", err)
	}
	v.X = 7
	data, _ = Read(fsys, "empty.yaml")
	if err := Decode("empty.yaml", data, &v); err != nil || v.X != 7 {
		t.Errorf("empty: have %v, %+v; want no error and v kept", err, v)
	}
}

// TestDecodeWrongKind: a value of the wrong kind is said in an editor's
// words, at its line, where the decoder named Go types (cannot unmarshal
// !!str `maybe` into bool).
func TestDecodeWrongKind(t *testing.T) {
	type entry struct {
		Draft bool           `yaml:"draft"`
		Count int            `yaml:"count"`
		Share float64        `yaml:"share"`
		Name  string         `yaml:"name"`
		Plans []string       `yaml:"plans"`
		EN    map[string]int `yaml:"en"`
	}
	for _, tt := range []struct{ data, want string }{
		{"draft: maybe\n", `a.yaml:1: "maybe": expected true or false`},
		{"\ncount: three\n", `a.yaml:2: "three": expected a whole number`},
		{"share: lots\n", `a.yaml:1: "lots": expected a number`},
		{"name: [a, b]\n", `a.yaml:1: found a list: expected text`},
		{"plans: x\n", `a.yaml:1: "x": expected a list (- item lines)`},
		{"en: x\n", `a.yaml:1: "x": expected a mapping (key: value lines)`},
	} {
		t.Run(tt.data, func(t *testing.T) {
			var e entry
			if err := Decode("a.yaml", []byte(tt.data), &e); err == nil || err.Error() != tt.want {
				t.Errorf("have %v, want %s", err, tt.want)
			}
		})
	}
}
