package xmlwrite

import (
	"bytes"
	"strconv"
	"testing"
)

// TestTo checks that a document written through To, in pieces as the
// buffer fills, has the bytes of the same document held in the buffer.
func TestTo(t *testing.T) {
	write := func(w *Writer) {
		w.Open("doc", "name", "a & b")
		for i := range 5000 {
			w.Leaf("p", "line <"+strconv.Itoa(i)+">", "eId", "p_"+strconv.Itoa(i))
			w.Empty("br")
			w.Inline("q", nil, func() { w.InlineLeaf("b", "x") })
		}
		w.Close("doc")
	}
	var whole Writer
	write(&whole)
	var out bytes.Buffer
	w := &Writer{To: &out}
	write(w)
	if w.Len() > flushSize {
		t.Errorf("buffer before Flush: have %d bytes, want at most %d", w.Len(), flushSize)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if whole.Len() < 4*flushSize {
		t.Fatalf("the document is %d bytes: too small to pass through To in pieces", whole.Len())
	}
	if !bytes.Equal(out.Bytes(), whole.Bytes()) {
		t.Errorf("through To: have %d bytes, want the %d of the buffer, the same", out.Len(), whole.Len())
	}
}
