// Package cputime tells benchmarks the CPU time of their process, which
// they report per operation beside wall time: on a shared machine wall
// time mostly measures the neighbours.
package cputime

import "time"

// Used is the CPU time, user and system, this process has used so far; 0
// where the system does not say (outside Unix).
func Used() time.Duration { return time.Duration(used()) }
