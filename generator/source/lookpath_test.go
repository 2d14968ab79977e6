package source_test

import "os/exec"

var execLookPath = exec.LookPath
