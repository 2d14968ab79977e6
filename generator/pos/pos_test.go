package pos

import (
	"errors"
	"fmt"
	"testing"
)

func TestError(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{File: "seeds/a.txt", Line: 3, Col: 7, Msg: "bad"}, "seeds/a.txt:3:7: bad"},
		{&Error{File: "seeds/a.txt", Line: 3, Msg: "bad"}, "seeds/a.txt:3: bad"},
		{&Error{File: "seeds/a.txt", Msg: "bad"}, "seeds/a.txt: bad"},
		{&Error{Msg: "bad"}, "bad"},
		{&Error{File: "seeds/a.docx", Line: 3, Place: "paragraph 41", Msg: "bad"}, "seeds/a.docx (paragraph 41): bad"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if have := tt.err.Error(); have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}

func TestListAs(t *testing.T) {
	var l List
	l.Add("content/links.yaml", 4, "unknown eId %q", "x")
	l.Add("content/links.yaml", 9, "second")
	err := fmt.Errorf("loading links: %w", l.Err())
	e, ok := First(err)
	if !ok || e.Line != 4 {
		t.Fatalf("have %v, %v; want the first problem, line 4", e, ok)
	}
	if want := "loading links: content/links.yaml:4: unknown eId \"x\"\ncontent/links.yaml:9: second"; err.Error() != want {
		t.Errorf("have %q, want %q", err.Error(), want)
	}
	if List(nil).Err() != nil {
		t.Error("an empty list is not an error")
	}
	if _, ok := First(errors.New("plain")); ok {
		t.Error("a plain error has no position")
	}
}
