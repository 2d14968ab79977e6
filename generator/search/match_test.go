package search

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestEditScript: the pairs editScript makes are equal elements in order,
// as many as the longest common subsequence has, or none when the script
// would be longer than allowed.
func TestEditScript(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	seq := func(n, letters int) []byte {
		s := make([]byte, n)
		for i := range s {
			s[i] = byte('a' + rnd.IntN(letters))
		}
		return s
	}
	cases := [][2][]byte{{nil, nil}, {[]byte("a"), nil}, {nil, []byte("a")}, {[]byte("ab"), []byte("ba")},
		{[]byte("abcabba"), []byte("cbabac")}}
	for range 2000 {
		x := seq(rnd.IntN(12), 1+rnd.IntN(4))
		y := slices.Clone(x)
		for range rnd.IntN(5) { // a few insertions and deletions
			if i := rnd.IntN(len(y) + 1); rnd.IntN(2) == 0 && i < len(y) {
				y = slices.Delete(y, i, i+1)
			} else {
				y = slices.Insert(y, i, byte('a'+rnd.IntN(4)))
			}
		}
		cases = append(cases, [2][]byte{x, y}, [2][]byte{x, seq(rnd.IntN(12), 1+rnd.IntN(4))})
	}
	for _, c := range cases {
		x, y := c[0], c[1]
		for _, maxD := range []int{0, 2, 5, 30} {
			type pair struct{ x, y int }
			var pairs []pair
			editScript(len(x), len(y), maxD, nil, func(i, j int) bool { return x[i] == y[j] },
				func(i, j int) { pairs = append(pairs, pair{i, j}) })
			slices.Reverse(pairs)
			for k, p := range pairs {
				if x[p.x] != y[p.y] || k > 0 && (p.x <= pairs[k-1].x || p.y <= pairs[k-1].y) {
					t.Fatalf("%q, %q, at most %d edits: pairs %v: not equal elements in order", x, y, maxD, pairs)
				}
			}
			l := lcs(x, y)
			want := l
			if d := len(x) + len(y) - 2*l; d > maxD && len(x) > 0 && len(y) > 0 {
				want = 0
			}
			if len(pairs) != want {
				t.Errorf("%q, %q, at most %d edits: have %d pairs, want %d", x, y, maxD, len(pairs), want)
			}
		}
	}
}

// lcs returns the length of the longest common subsequence of x and y.
func lcs(x, y []byte) int {
	l := make([][]int, len(x)+1)
	for i := range l {
		l[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				l[i][j] = 1 + l[i+1][j+1]
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	return l[0][0]
}
