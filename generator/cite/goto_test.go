package cite

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	ns := tree()
	tests := []struct{ eid, want string }{
		{"part_2", "2"},
		{"part_2__sec_1", "2.1"},
		{"part_2__sec_1__item_3", "2.1.3"},
		{"part_2__sec_1__item_3__subitem_2", "2.1.3.2"},
		{"part_1__sec_2__para_1", "1.2.p1"},
		{"preamble__para_1", "pre.p1"},
		{"part_2__sec_3__box_4", "2.3.b4"},
		{"table_2", "t2"},
		{"proj_12", "proj12"},
		{"notice__para_1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.eid, func(t *testing.T) {
			if have := Key(ns[tt.eid]); have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}

// parseCases are the contract of Parse, in testdata/parse.json so that the
// browser test of package site holds goto.js to them too.
func parseCases(t *testing.T) []struct{ Query, Want string } {
	t.Helper()
	data, err := os.ReadFile("testdata/parse.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Query, Want string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

func TestParse(t *testing.T) {
	for _, tt := range parseCases(t) {
		t.Run(tt.Query, func(t *testing.T) {
			if have := Parse(tt.Query); have != tt.Want {
				t.Errorf("Parse(%q): have %q, want %q", tt.Query, have, tt.Want)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	keys := map[string]string{"2.1.3": "part_2__sec_1__item_3", "proj12": "proj_12", "t2.proj12": "proj_12"}
	eids := map[string]string{"part_2__sec_1__item_3": "part_2__sec_1__item_3", "part_2__sec_1__item_9": "part_2__sec_1__item_3"}
	tests := []struct {
		q, want string
		ok      bool
	}{
		{"二（一）3", "part_2__sec_1__item_3", true},
		{"表2第12项", "proj_12", true},
		{"part_2__sec_1__item_9", "part_2__sec_1__item_3", true},
		{"part_9", "", false},
		{"九", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			have, ok := Resolve(keys, eids, tt.q)
			if have != tt.want || ok != tt.ok {
				t.Errorf("have %q %v, want %q %v", have, ok, tt.want, tt.ok)
			}
		})
	}
}

// Resolve finds the eId a query names among keys (go-to key → eId); eIds
// maps every current eId, and retired ones, to the eId to show.
func Resolve(keys, eids map[string]string, q string) (string, bool) {
	k := Parse(q)
	if eid, ok := strings.CutPrefix(k, "eid:"); ok {
		to, ok := eids[eid]
		return to, ok
	}
	if k == "" {
		return "", false
	}
	eid, ok := keys[k]
	return eid, ok
}
