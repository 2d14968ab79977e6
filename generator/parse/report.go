package parse

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// Counts is the generality report of one document: how much structure the
// parser found in it, and how much of its running text ends a sentence (a
// paragraph cut by a hard line wrap does not).
type Counts struct {
	Parts, Chapters, Sections, Articles, Items, Boxes int
	Paragraphs, Whole                                 int // paragraphs with text, and those that end a sentence
	Responsibilities, Deadlines, Tables, Warnings     int
}

// Count reports what the parser found in doc.
func Count(doc *plan.Document) Counts {
	var c Counts
	doc.Walk(func(n *plan.Node) bool {
		switch n.Kind {
		case plan.KindPart:
			c.Parts++
		case plan.KindChapter:
			c.Chapters++
		case plan.KindSection:
			c.Sections++
		case plan.KindArticle:
			c.Articles++
		case plan.KindItem, plan.KindSubitem:
			c.Items++
		case plan.KindBox:
			c.Boxes++
		case plan.KindTable:
			c.Tables++
		}
		// Every list: the one taken from the end of the text and those
		// printed inside it or read from a duty line's subject.
		c.Responsibilities += len(n.Responsibilities())
		if n.Deadline != nil {
			c.Deadlines++
		}
		if inBody(n) && strings.TrimSpace(n.Text) != "" && !listEntry(n.Text) {
			c.Paragraphs++
			if endsSentence(n.Text) {
				c.Whole++
			}
		}
		return true
	})
	c.Warnings = len(doc.Warnings)
	return c
}

// inBody reports whether n is running text of the plan, not of its wrapper.
func inBody(n *plan.Node) bool {
	for a := n; a != nil; a = a.Parent {
		switch a.Kind {
		case plan.KindNotice, plan.KindConclusions, plan.KindTable, plan.KindBox:
			return false
		}
	}
	return true
}

// listEntry reports whether text is an entry of a list rather than a
// sentence (a roster line "张　箭 省商务厅厅长"): short and unpunctuated, so
// it has no sentence to end.
func listEntry(text string) bool {
	return utf8.RuneCountInString(text) <= 30 && !strings.ContainsAny(text, "。，；,;、")
}

// endsSentence reports whether text ends as a complete paragraph does.
func endsSentence(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text))
	return strings.ContainsRune(sentenceEnds+"：:;", r)
}

// String prints the counts as one line.
func (c Counts) String() string {
	whole := 100.0
	if c.Paragraphs > 0 {
		whole = 100 * float64(c.Whole) / float64(c.Paragraphs)
	}
	return fmt.Sprintf("parts %d, chapters %d, sections %d, articles %d, items %d, boxes %d, responsibilities %d, deadlines %d, tables %d, warnings %d; %d paragraphs, %.0f%% end a sentence",
		c.Parts, c.Chapters, c.Sections, c.Articles, c.Items, c.Boxes, c.Responsibilities, c.Deadlines, c.Tables, c.Warnings, c.Paragraphs, whole)
}
