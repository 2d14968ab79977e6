package parse

import "strings"

// simplifiedOf holds the traditional characters of the words that assign
// duties (牽頭單位, 負責, 配合, 參與, 按職責分工, 應當), that end a
// department's name (廳, 辦, 委員會, 指揮部, 專班) or a role's (部門,
// 機關) or a deadline (辦結,
// 落實, 持續推進), of the words that make a sentence of a name (將,
// 對, 為), and of the headings' words: the units of 第X編/節/條, the
// standing headings (總則, 附則, 結束語) and 規定, which makes 第一條 a
// reference: a plan in traditional characters, as a portal's big5 gateway
// prints it, is divided and assigns its tasks with them. Each maps to its
// simplified character, of the same length in UTF-8, so that an offset
// found in the simplified text is the same in the text as printed.
var simplifiedOf = map[rune]rune{
	'牽': '牵', '頭': '头', '責': '责', '單': '单', '負': '负', '門': '门', '參': '参', '與': '与',
	'協': '协', '辦': '办', '領': '领', '導': '导', '務': '务', '時': '时', '間': '间', '節': '节',
	'點': '点', '職': '职', '別': '别', '廳': '厅', '會': '会', '員': '员', '團': '团', '隊': '队',
	'館': '馆', '組': '组', '揮': '挥', '專': '专', '婦': '妇', '聯': '联', '殘': '残', '將': '将',
	'對': '对', '後': '后', '並': '并', '為': '为', '從': '从', '經': '经', '讓': '让', '濟': '济',
	'結': '结', '實': '实', '現': '现', '啟': '启', '動': '动', '見': '见', '線': '线', '續': '续',
	'進': '进', '長': '长', '堅': '坚', '態': '态', '開': '开', '優': '优', '內': '内', '據': '据',
	'條': '条', '編': '编', '總': '总', '則': '则', '語': '语', '規': '规', '機': '机', '關': '关',
	'應': '应', '當': '当',
}

// simplified writes the traditional characters of simplifiedOf in s as
// simplified ones; s is returned as it is when it has none, as a plan in
// simplified characters has none.
func simplified(s string) string {
	if strings.IndexFunc(s, traditional) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if t, ok := simplifiedOf[r]; ok {
			return t
		}
		return r
	}, s)
}

// Simplified is s with the traditional characters the parser reads duty
// words and the ends of departments' and roles' names in (simplifiedOf)
// written as simplified ones: 公安機關 → 公安机关. The parser keeps names as
// printed; the department registry keys a role by this form, so that a
// role printed in traditional characters is the role the registry names.
func Simplified(s string) string { return simplified(s) }

// simplifiedRune is r in simplified characters, if simplifiedOf has it.
func simplifiedRune(r rune) rune {
	if traditional(r) {
		return simplifiedOf[r]
	}
	return r
}

// traditional reports whether r is a character of simplifiedOf. It is
// asked of every character of a task's text, so it reads a bit set of the
// common ideographs rather than the map.
func traditional(r rune) bool {
	i := r - 0x4E00
	return i >= 0 && i < 0x5200 && traditionalSet[i/64]&(1<<(i%64)) != 0
}

// traditionalSet has a bit for each ideograph of U+4E00–U+9FFF that is a
// character of simplifiedOf.
var traditionalSet = func() (set [0x5200 / 64]uint64) {
	for r := range simplifiedOf {
		i := r - 0x4E00
		set[i/64] |= 1 << (i % 64)
	}
	return set
}()

// fold is simplified(s) in a text with traditional characters, s itself
// in any other, which need not be read again for them: it is asked of
// every node's whole text.
func (p *parser) fold(s string) string {
	if !p.traditional {
		return s
	}
	return simplified(s)
}

// cutSuffixFold is strings.CutSuffix where s may print suffix in
// traditional characters (牽頭 for 牵头); before is as printed.
func cutSuffixFold(s, suffix string) (before string, found bool) {
	if !strings.HasSuffix(simplified(s), suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}
