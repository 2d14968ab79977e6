package plan

// Version is one act the note under a rule's or a regulation's title
// records of its text, in the order printed: its adoption by a people's
// congress (通过) or its issue by a government's decree (公布, 发布), an
// approval (批准), then each amendment (修改, 修正) and revision (修订).
// The text printed is the last amendment's or revision's, as a rule "as
// amended" is on legislation.gov.uk; the first act stays its origin.
type Version struct {
	Date string `json:"date"` // YYYY-MM-DD
	Act  string `json:"act"`  // one of the Act constants
}

// The acts a Version records.
const (
	ActAdopted  = "adopted"  // 通过: by a people's congress or its standing committee
	ActApproved = "approved" // 批准: an autonomous area's regulation by the province's standing committee
	ActIssued   = "issued"   // 公布, 发布: a government rule by its decree
	ActAmended  = "amended"  // 修改, 修正
	ActRevised  = "revised"  // 修订: the text adopted again as a whole
)

// DatedVersion returns the version Meta.Date is the date of: the last of
// Versions dated that day that is no approval (an approval does not make
// the text); nil where none is, and Date is a date of signing (成文日期).
func (m *Meta) DatedVersion() *Version {
	for i := len(m.Versions) - 1; i >= 0; i-- {
		if v := &m.Versions[i]; v.Date == m.Date && v.Act != ActApproved {
			return v
		}
	}
	return nil
}
