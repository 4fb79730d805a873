package hugeheap

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

func TestOnRequest(t *testing.T) {
	for _, tc := range []struct {
		mode string
		want bool
	}{
		{"always [madvise] never\n", true},
		{"[always] madvise never\n", false},
		{"always madvise [never]\n", false},
		{"", false},
	} {
		if got := onRequest([]byte(tc.mode)); got != tc.want {
			t.Errorf("onRequest(%q) = %v, want %v", tc.mode, got, tc.want)
		}
	}
}

// TestTHPMode: the 2 MiB size's own setting (Linux 6.8 and later)
// decides when it says other than "inherit", either way; without it, or
// with "inherit", the main setting does.
func TestTHPMode(t *testing.T) {
	const (
		madvise  = "always [madvise] never\n"
		never    = "always madvise [never]\n"
		always   = "[always] madvise never\n"
		perNever = "always inherit madvise [never]\n"
		// unreadable puts a folder where the file should be: reading it
		// fails even for root, as a file without read permission does not.
		unreadable = "<folder>"
	)
	for _, tc := range []struct {
		name string
		// main, pmdSize and perSize are the files' contents; "" for no
		// file, unreadable for a folder in its place (read fails).
		main, pmdSize, perSize string
		want                   bool   // onRequest of the mode returned
		wantFile               string // the file the mode came from, under dir; "" for an error
	}{
		{"main only (older kernel)", madvise, "", "", true, "enabled"},
		{"main never, no per-size", never, "", "", false, "enabled"},
		{"per-size inherits madvise", madvise, "2097152\n", "always [inherit] madvise never\n", true, "enabled"},
		{"per-size inherits never", never, "2097152\n", "always [inherit] madvise never\n", false, "enabled"},
		{"per-size never under madvise", madvise, "2097152\n", perNever, false, "hugepages-2048kB/enabled"},
		{"per-size madvise under never", never, "2097152\n", "always inherit [madvise] never\n", true, "hugepages-2048kB/enabled"},
		{"per-size always under madvise", madvise, "2097152\n", "[always] inherit madvise never\n", false, "hugepages-2048kB/enabled"},
		{"main always", always, "2097152\n", "always [inherit] madvise never\n", false, "enabled"},
		{"size file names no per-size folder", madvise, "2097152\n", "", true, "enabled"},
		{"arm64 with 64 KiB pages: 512 MiB", madvise, "536870912\n", "", true, "enabled"},
		{"size with spaces around", never, " 2097152 \n", "always inherit [madvise] never", true, "hugepages-2048kB/enabled"},
		// The size's setting may override the main one, and it cannot be
		// read: an error, not the main setting.
		{"size file not a number", madvise, "x\n", perNever, false, ""},
		{"size file 0", madvise, "0\n", perNever, false, ""},
		{"size file empty", madvise, "\n", perNever, false, ""},
		{"size file unreadable", madvise, unreadable, perNever, false, ""},
		{"per-size setting unreadable", madvise, "2097152\n", unreadable, false, ""},
		// An empty setting is not madvise: not asked (a refusal).
		{"per-size setting empty", madvise, "2097152\n", "\n", false, "hugepages-2048kB/enabled"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			write := func(name, content string) {
				if content == "" {
					return
				}
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if content == unreadable {
					if err := os.Mkdir(p, 0o755); err != nil {
						t.Fatal(err)
					}
					return
				}
				if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			write("enabled", tc.main)
			write("hpage_pmd_size", tc.pmdSize)
			write("hugepages-2048kB/enabled", tc.perSize)
			mode, file, err := thpMode(dir)
			if tc.wantFile == "" {
				if err == nil {
					t.Fatalf("thpMode = %q from %s, want an error", mode, file)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := onRequest(mode); got != tc.want {
				t.Errorf("onRequest(%q) = %v, want %v", mode, got, tc.want)
			}
			if want := filepath.Join(dir, tc.wantFile); file != want {
				t.Errorf("read from %s, want %s", file, want)
			}
		})
	}
	if _, _, err := thpMode(filepath.Join(t.TempDir(), "none")); err == nil {
		t.Error("thpMode of a folder without enabled: no error")
	}
}

func TestStrictOvercommit(t *testing.T) {
	for _, tc := range []struct {
		mode string
		want bool
	}{
		{"0\n", false},
		{"1\n", false},
		{"2\n", true},
		{"", false},
	} {
		if got := strictOvercommit([]byte(tc.mode)); got != tc.want {
			t.Errorf("strictOvercommit(%q) = %v, want %v", tc.mode, got, tc.want)
		}
	}
}

func TestProcessTHP(t *testing.T) {
	for _, tc := range []struct {
		status string
		want   bool
	}{
		{"Name:\tx\nTHP_enabled:\t1\nThreads:\t4\n", true},
		{"Name:\tx\nTHP_enabled:\t0\nThreads:\t4\n", false},
		{"Name:\tx\nThreads:\t4\n", true}, // older kernels do not say
		{"THP_enabled:\t0", false},
	} {
		if got := processTHP([]byte(tc.status)); got != tc.want {
			t.Errorf("processTHP(%q) = %v, want %v", tc.status, got, tc.want)
		}
	}
}

func TestAdviceOff(t *testing.T) {
	for _, tc := range []struct {
		godebug string
		want    bool
	}{
		{"", false},
		{"disablethp=1", true},
		{"gctrace=1,disablethp=1", true},
		{"disablethp=2", true}, // any number but 0, as the runtime reads it
		{"disablethp=-1", true},
		{"disablethp=0", false},
		{"disablethp=1,disablethp=0", false},
		{"disablethp=0,disablethp=1", true},
		{"disablethp=1,disablethp=x", true}, // not a number: ignored
		{"disablethp=x", false},
		{"disablethp=", false},
		{"disablethp=4294967297", false},   // out of int32: ignored
		{"gctrace=1, disablethp=1", false}, // the runtime does not trim
		{"xdisablethp=1", false},
		// The runtime maps returned memory afresh, without the advice.
		{"harddecommit=1", true},
		{"harddecommit=0", false},
		{"harddecommit=1,harddecommit=0", false},
		{"disablethp=0,harddecommit=1", true},
		{"madvdontneed=0", false}, // the advice stays: the runtime clears the pages
	} {
		if got := adviceOff(tc.godebug); got != tc.want {
			t.Errorf("adviceOff(%q) = %v, want %v", tc.godebug, got, tc.want)
		}
	}
}

// TestAdviseBeyondMemory: Advise ignores n over half the machine's
// memory (a size read from a damaged file) instead of allocating it; the
// system refuses to map four times its memory, and the runtime dies.
func TestAdviseBeyondMemory(t *testing.T) {
	mem := physMem()
	if mem == 0 {
		t.Fatal("physMem = 0")
	}
	if why := notAsked(); why != "" {
		t.Skip("Advise does nothing here whatever n:", why)
	}
	for _, n := range []uint64{mem/2 + 1, 4 * mem} {
		if Advise(int64(n)) {
			t.Errorf("Advise(%d) = true with %d bytes of memory, want false", n, mem)
		}
	}
}

var sink [][]byte

// TestAdviseUnderAddressLimit: in a process whose address space (ulimit
// -v) or data (ulimit -d) is limited to 128 MiB above what it maps,
// Advise(512 MiB) returns false instead of allocating what the system
// refuses: the runtime used to die ("fatal error: out of memory", exit 2)
// in a run of validate that, without the advice, stays within the limit.
// The limit is set in a child process, the test binary run again.
func TestAdviseUnderAddressLimit(t *testing.T) {
	if res := os.Getenv(childEnv); res != "" {
		adviseUnderLimit(t, res)
		return
	}
	if why := notAsked(); why != "" {
		t.Skip("Advise does nothing here whatever the limits:", why)
	}
	for _, res := range []string{"as", "data"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestAdviseUnderAddressLimit$", "-test.v")
		cmd.Env = append(os.Environ(), childEnv+"="+res)
		out, err := cmd.CombinedOutput()
		if err != nil || !bytes.Contains(out, []byte("Advise(512 MiB) = false")) {
			t.Errorf("with RLIMIT_%s set: %v, output:\n%s", strings.ToUpper(res), err, out)
		}
	}
}

// childEnv names the limit TestAdviseUnderAddressLimit's child sets.
const childEnv = "HUGEHEAP_TEST_RLIMIT"

// adviseUnderLimit limits the process's address space ("as") or data
// ("data") to 128 MiB above what /proc/self/status says it holds (VmSize,
// VmData), then calls Advise(512 MiB) and logs what it returned.
func adviseUnderLimit(t *testing.T, res string) {
	r, field := syscall.RLIMIT_AS, "VmSize:"
	if res == "data" {
		r, field = syscall.RLIMIT_DATA, "VmData:"
	}
	st, err := os.ReadFile(statusFile)
	if err != nil {
		t.Fatal(err)
	}
	var kb uint64
	for line := range bytes.Lines(st) {
		if v, ok := bytes.CutPrefix(line, []byte(field)); ok {
			kb, err = strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(string(v)), " kB"), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	if kb == 0 {
		t.Fatalf("no %s in %s", field, statusFile)
	}
	var l syscall.Rlimit
	if err := syscall.Getrlimit(r, &l); err != nil {
		t.Fatal(err)
	}
	l.Cur = kb<<10 + 128<<20
	if err := syscall.Setrlimit(r, &l); err != nil {
		t.Fatal(err)
	}
	t.Logf("Advise(512 MiB) = %v", Advise(512<<20))
}

// TestAdviseHeapGrowsIntoAdvisedRange advises 256 MiB, then allocates 48
// MiB in small objects, as a run fills its heap, and checks that the
// mapping holding the last of them may have huge pages (THPeligible in
// /proc/self/smaps, set by the advice whatever memory is free): it
// fails when the advice is not given, or given to a range the heap does
// not grow into (the allocation not freed, or freed after the heap grew
// elsewhere).
func TestAdviseHeapGrowsIntoAdvisedRange(t *testing.T) {
	if why := notAsked(); why != "" {
		t.Skip("Advise does not ask here:", why)
	}
	if Advise(minBytes - 1) {
		t.Errorf("Advise(%d) = true, want false (under the minimum)", minBytes-1)
	}
	// adviseRange, not Advise: Advise also stays away from a machine that
	// reports free memory to its host (TestReportsFreeMemory), as the
	// machines of CI do, and the range is what is tested here.
	if !adviseRange(256 << 20) {
		t.Fatal("adviseRange(256 MiB) = false, want true")
	}
	for range 48 << 20 / 4096 {
		b := make([]byte, 4000)
		b[0] = 1
		sink = append(sink, b)
	}
	last := uintptr(unsafe.Pointer(&sink[len(sink)-1][0]))
	eligible, err := thpEligible(last)
	if err != nil {
		t.Fatal(err)
	}
	if !eligible {
		t.Errorf("the heap's last object at %#x is in a mapping without huge pages (THPeligible 0)", last)
	}
}

// thpEligible reads /proc/self/smaps and returns the THPeligible flag of
// the mapping holding address addr.
func thpEligible(addr uintptr) (bool, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return false, err
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if lo, hi, ok := mappingRange(line); ok {
			in = lo <= addr && addr < hi
			continue
		}
		if in && strings.HasPrefix(line, "THPeligible:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "THPeligible:")) == "1", nil
		}
	}
	if err := sc.Err(); err != nil {
		return false, err
	}
	return false, fmt.Errorf("no mapping with THPeligible holds %#x", addr)
}

// mappingRange parses the range of a mapping's first line in smaps
// ("c000000000-c004000000 rw-p …").
func mappingRange(line string) (lo, hi uintptr, ok bool) {
	r, _, found := strings.Cut(line, " ")
	a, b, dash := strings.Cut(r, "-")
	if !found || !dash {
		return 0, 0, false
	}
	l, err1 := strconv.ParseUint(a, 16, 64)
	h, err2 := strconv.ParseUint(b, 16, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return uintptr(l), uintptr(h), true
}

// TestReportsFreeMemory reads fake sysfs trees: a virtio balloon reports
// free memory when feature bit 5 (the sixth character) is 1, a Hyper-V
// balloon unless page_reporting_order says -1, and nothing else does.
func TestReportsFreeMemory(t *testing.T) {
	const (
		virtio  = "bus/virtio/drivers/virtio_balloon/virtio3/features"
		hv      = "bus/vmbus/drivers/hv_balloon/"
		hvDev   = hv + "1eccfd72-4b41-45ef-b73a-4a6e44c12924/uevent"
		hvBind  = hv + "bind"
		orderF  = "module/page_reporting/parameters/page_reporting_order"
		reports = true
	)
	tests := []struct {
		name  string
		files map[string]string
		want  bool
	}{
		{"no balloon", map[string]string{"kernel/mm/transparent_hugepage/enabled": "always [madvise] never\n"}, !reports},
		{"virtio balloon with reporting", map[string]string{virtio: "0000011000000000000000000000000011110000000000000000000000000000\n"}, reports},
		{"virtio balloon without reporting", map[string]string{virtio: "0000001000000000000000000000000011110000000000000000000000000000\n"}, !reports},
		{"virtio features cut short", map[string]string{virtio: "00001"}, !reports},
		{"Hyper-V balloon, reporting off", map[string]string{hvDev: "", hvBind: "", orderF: "-1\n"}, !reports},
		{"Hyper-V balloon, reporting order 9", map[string]string{hvDev: "", hvBind: "", orderF: "9\n"}, reports},
		{"Hyper-V balloon, order unknown (before Linux 6.2)", map[string]string{hvDev: ""}, reports},
		{"Hyper-V driver without a device", map[string]string{hvBind: "", orderF: "9\n"}, !reports},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			for name, body := range tt.files {
				p := filepath.Join(root, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			why := reportsFreeMemory(root)
			if got := why != ""; got != tt.want {
				t.Errorf("reportsFreeMemory = %q, want reporting %v", why, tt.want)
			}
		})
	}
}
