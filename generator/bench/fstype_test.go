package bench

import (
	"bytes"
	"runtime"
	"strings"
	"testing"
)

func TestFileSystem(t *testing.T) {
	got, err := FileSystem(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if got == "" {
		t.Error("FileSystem of a temporary directory: have \"\", want a name")
	}
	if runtime.GOOS != "linux" {
		return
	}
	shm, err := FileSystem("/dev/shm")
	if err != nil {
		t.Skip("no /dev/shm:", err)
	}
	if shm != "tmpfs" {
		t.Errorf("FileSystem(/dev/shm): have %q, want tmpfs", shm)
	}
}

func TestReportFileSystem(t *testing.T) {
	tests := []struct {
		name string
		rows []Row
		want string
	}{
		{"one", []Row{{Plans: 10, FS: "ext4"}, {Plans: 48, FS: "ext4"}}, "written on ext4\n"},
		{"several", []Row{{Plans: 10, FS: "tmpfs"}, {Plans: 48, FS: "ext4"}}, "written on tmpfs (10 plans), ext4 (48 plans)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			Report(&buf, tt.rows)
			if first, _, _ := strings.Cut(buf.String(), "\n"); first+"\n" != tt.want {
				t.Errorf("Report's first line: have %q, want %q", first, tt.want)
			}
		})
	}
}
