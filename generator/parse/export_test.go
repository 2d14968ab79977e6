package parse

// Debris exports the pattern of removed word-processor debris, so the
// lossless tests remove exactly what the parser may remove.
var Debris = debris
