package bench

import (
	"fmt"

	"golang.org/x/sys/unix"
)

// fileSystems names the file systems a bench directory is likely on, by
// the magic number statfs(2) gives.
var fileSystems = map[int64]string{
	0xEF53:     "ext4", // ext2, ext3 and ext4 share it
	0x01021994: "tmpfs",
	0x58465342: "xfs",
	0x9123683E: "btrfs",
	0x794C7630: "overlay",
	0x6969:     "nfs",
	0x65735546: "fuse",
	0x2FC12FC1: "zfs",
	0x858458F6: "ramfs",
}

// FileSystem is the kind of file system dir is on (ext4, tmpfs …), or
// its magic number in hex where it is none of those fileSystems names.
// Creating files costs very different CPU on different file systems
// (README, Benchmarks), so the report says which one it measured.
func FileSystem(dir string) (string, error) {
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		return "", err
	}
	if name, ok := fileSystems[int64(st.Type)]; ok {
		return name, nil
	}
	return fmt.Sprintf("0x%X", st.Type), nil
}
