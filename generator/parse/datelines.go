package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// compactDates marks the lines that print a document's date in digits
// alone (2018525 for 2018年5月25日, as a portal page may keep it) where a
// date line can stand: under the signature (a body's or a head of
// government's name), or under the title at the top of the file. A line
// of the same digits elsewhere is a number, above all in a table printed
// one cell per line, whose 序号 or 编号 column (1, 2 …, 20230101)
// stands around it: a digits-only line within a few lines of it makes it
// a cell, wherever it stands. It runs before the wrapped lines are
// joined, which ask whether a line is a date.
func (p *parser) compactDates() {
	first := p.nonBlank(0, 1)
	for i := range p.lines {
		l := &p.lines[i]
		if !compactLine(l.text) {
			continue
		}
		prev := p.nonBlank(i-1, -1)
		if prev < 0 || p.inColumn(i) {
			continue
		}
		under := squeezeSpace(p.lines[prev].text)
		l.date = dateSigner(under) || p.topLines(first, prev)
	}
}

// compactLine reports whether s is a date printed in digits alone.
func compactLine(s string) bool {
	return len(s) >= 6 && len(s) <= 24 && digitsOnly(s) && compactDate(s) != ""
}

// digitsOnly reports whether s is a number alone: digits, half- or
// full-width, as a table's cell prints one.
func digitsOnly(s string) bool {
	return s != "" && strings.Trim(s, "0123456789０１２３４５６７８９") == ""
}

// inColumn reports whether a digits-only line stands within four lines of
// text before or after line i: i is a cell of a column of numbers.
func (p *parser) inColumn(i int) bool {
	for _, step := range []int{-1, 1} {
		for j, seen := i+step, 0; j >= 0 && j < len(p.lines) && seen < 4; j += step {
			if p.lines[j].blank() {
				continue
			}
			seen++
			if digitsOnly(p.lines[j].text) {
				return true
			}
		}
	}
	return false
}

// dateSigner reports whether s, a line over a date, signs a document: a
// government body's name (某区人民政府办公室, 某县发展和改革局) or its head's
// (市长 某某).
func dateSigner(s string) bool {
	return utf8.RuneCountInString(s) <= 40 && (bodyName.MatchString(s) || signer.MatchString(s) || deptLine.MatchString(s))
}

// deptLine is a department's name alone on a line.
var deptLine = regexp.MustCompile(`^` + deptName + `$`)

// topLines reports whether line prev, the line over a date, is the
// file's first line of text or the one after it (a title printed over two
// lines).
func (p *parser) topLines(first, prev int) bool {
	return first >= 0 && (prev == first || p.nonBlank(first+1, 1) == prev)
}

// isDate reports whether l is a date line: a date alone as dateLine reads
// it, or in digits alone where compactDates found one.
func (l line) isDate() bool {
	return l.date || dateLine.MatchString(l.text) || blankDate.MatchString(l.text)
}

// blankDate is a date line left to be filled in (2023年  月   日; the
// spaces may have been taken out with a line's spaced-out characters), as
// a draft for comment prints it under its signatures: the closing's date,
// though it says no date (check warns).
var blankDate = regexp.MustCompile(`^(?:[0-9０-９]{4}\s*)?年[\s\x{3000}]*月[\s\x{3000}]*日$`)

// signedDate is a signature and its date printed on one line, as a page
// prints a decree's (主席 某某某 2023年3月20日) or a notice's (某市人民政府
// 2023年3月20日).
var signedDate = regexp.MustCompile(`^(\S.*?)[\s\x{3000}]+(` + printedDate + `)$`)

// signedDateLine splits a line of signedDate into the signature and the
// date as printed; ok only where the signature is a body's or its head's
// name (dateSigner).
func signedDateLine(s string) (signature, date string, ok bool) {
	if !strings.HasSuffix(s, "日") {
		return "", "", false
	}
	m := signedDate.FindStringSubmatch(s)
	if m == nil || !dateSigner(squeezeSpace(m[1])) {
		return "", "", false
	}
	return m[1], m[2], true
}

// signedOnOneLine reports whether l is a signature and its date on one
// line.
func signedOnOneLine(l line) bool {
	_, _, ok := signedDateLine(l.text)
	return ok
}

// signedAndDated reports whether l is a signature and its date on one
// line, or a date line: either ends a notice.
func (l line) signedAndDated() bool {
	return l.isDate() || signedOnOneLine(l)
}
