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
