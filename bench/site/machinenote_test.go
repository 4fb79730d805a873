// Package site holds only this test: bench/site's scripts are shell, its
// programs are in the folders below.
package site

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMachineNote runs machine_note (machinenote.sh, sourced by
// speed.sh) on a fake /sys, under speed.sh's set -euo pipefail, and
// checks the note after the CPU count.
func TestMachineNote(t *testing.T) {
	const (
		balloon  = "sys/bus/virtio/drivers/virtio_balloon/virtio0/features"
		order    = "sys/module/page_reporting/parameters/page_reporting_order"
		hv       = "sys/bus/vmbus/drivers/hv_balloon/"
		hvDevice = hv + "1eccfd72-4b41-45ef-b73a-4a6e44c12924/"
		thp      = "sys/kernel/mm/transparent_hugepage/"
		madvise  = "always [madvise] never\n"
		// Bit 0 first, as Linux prints features: stats (1), deflate on
		// OOM (2), reporting (5).
		reporting   = "0110010100000000000000000000000010000000000000000000000000000000\n"
		noReporting = "0110000100000000000000000000000010000000000000000000000000000000\n"
		// Bits 4 (page poison) and 6, the neighbours of bit 5.
		neighbours = "0000101000000000000000000000000000000000000000000000000000000000\n"
	)
	for _, tc := range []struct {
		name string
		// files are paths under the root and their contents; a path
		// ending in "/" is a folder.
		files map[string]string
		want  string
	}{
		{"nothing", nil, "transparent huge pages: -; free page reporting: off"},
		{"virtio balloon reporting", map[string]string{balloon: reporting, order: "9\n"},
			"transparent huge pages: -; free page reporting: on (virtio balloon, order 9)"},
		{"virtio balloon without reporting", map[string]string{balloon: noReporting, order: "-1\n"},
			"transparent huge pages: -; free page reporting: off"},
		{"virtio balloon, bits 4 and 6 only", map[string]string{balloon: neighbours, order: "-1\n"},
			"transparent huge pages: -; free page reporting: off"},
		// hv_balloon registers reporting only when the host offers the
		// cold memory discard hint.
		{"Hyper-V balloon, nothing registered", map[string]string{hvDevice: "", order: "-1\n"},
			"transparent huge pages: -; free page reporting: off (Hyper-V balloon, no cold memory discard: page_reporting_order -1)"},
		{"Hyper-V balloon, an order", map[string]string{hvDevice: "", order: "9\n"},
			`transparent huge pages: -; free page reporting: unknown (Hyper-V balloon: on if the kernel logged "Cold memory discard hint enabled"; order 9)`},
		{"Hyper-V balloon, no order parameter", map[string]string{hvDevice: ""},
			`transparent huge pages: -; free page reporting: unknown (Hyper-V balloon: on if the kernel logged "Cold memory discard hint enabled"; order ?)`},
		{"Hyper-V balloon driver, no device", map[string]string{hv + "bind": "", hv + "new_id": "", order: "-1\n"},
			"transparent huge pages: -; free page reporting: off"},
		// The heap's huge page size has its own setting since Linux 6.8,
		// which decides unless "inherit" (internal/hugeheap): both shown.
		{"THP before Linux 6.8", map[string]string{thp + "enabled": madvise, thp + "hpage_pmd_size": "2097152\n"},
			"transparent huge pages: madvise; free page reporting: off"},
		{"THP size inherits", map[string]string{thp + "enabled": madvise, thp + "hpage_pmd_size": "2097152\n",
			thp + "hugepages-2048kB/enabled": "always [inherit] madvise never\n"},
			"transparent huge pages: madvise, hugepages-2048kB: inherit; free page reporting: off"},
		{"THP size never under madvise", map[string]string{thp + "enabled": madvise, thp + "hpage_pmd_size": "2097152\n",
			thp + "hugepages-2048kB/enabled": "always inherit madvise [never]\n"},
			"transparent huge pages: madvise, hugepages-2048kB: never; free page reporting: off"},
		{"THP size madvise under never", map[string]string{thp + "enabled": "always madvise [never]\n", thp + "hpage_pmd_size": "2097152\n",
			thp + "hugepages-2048kB/enabled": "always inherit [madvise] never\n"},
			"transparent huge pages: never, hugepages-2048kB: madvise; free page reporting: off"},
		{"THP size of 512 MiB (arm64, 64 KiB pages)", map[string]string{thp + "enabled": madvise, thp + "hpage_pmd_size": "536870912\n",
			thp + "hugepages-524288kB/enabled": "always inherit madvise [never]\n", thp + "hugepages-2048kB/enabled": "always inherit [madvise] never\n"},
			"transparent huge pages: madvise, hugepages-524288kB: never; free page reporting: off"},
		{"THP size not a number", map[string]string{thp + "enabled": madvise, thp + "hpage_pmd_size": "x\n",
			thp + "hugepages-2048kB/enabled": "always inherit madvise [never]\n"},
			"transparent huge pages: madvise, hpage_pmd_size not a size: x; free page reporting: off"},
		{"THP size setting unreadable", map[string]string{thp + "enabled": madvise, thp + "hpage_pmd_size": "2097152\n",
			thp + "hugepages-2048kB/enabled/": ""},
			"transparent huge pages: madvise, hugepages-2048kB: ?; free page reporting: off"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			for name, content := range tc.files {
				p := filepath.Join(root, name)
				if strings.HasSuffix(name, "/") {
					if err := os.MkdirAll(p, 0o755); err != nil {
						t.Fatal(err)
					}
					continue
				}
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			cmd := exec.Command("bash", "-c", `. ./machinenote.sh; set -euo pipefail; machine_note "$1"`, "-", root)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil || stderr.Len() > 0 {
				t.Fatalf("machine_note: %v, stderr:\n%s", err, stderr.Bytes())
			}
			_, got, ok := strings.Cut(strings.TrimSuffix(string(out), "\n"), " CPUs; ")
			if !ok || !strings.HasPrefix(string(out), "# ") {
				t.Fatalf("machine_note printed %q, want \"# N CPUs; …\"", out)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("note (-want +got):\n%s", diff)
			}
		})
	}
}
