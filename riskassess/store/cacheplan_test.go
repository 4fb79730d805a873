package store

import (
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// refValue is the decoder of cached values that decode plans replaced:
// reflect on every value. The plans must accept exactly what it accepts
// and decode it to the same value.
func refValue(d *decoder2, v reflect.Value) {
	if d.err != nil {
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		switch d.uvarint() {
		case 0:
			v.SetBool(false)
		case 1:
			v.SetBool(true)
		default:
			d.fail()
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x := d.varint()
		if v.OverflowInt(x) {
			d.fail()
			return
		}
		v.SetInt(x)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		x := d.uvarint()
		if v.OverflowUint(x) {
			d.fail()
			return
		}
		v.SetUint(x)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(math.Float64frombits(d.uvarint()))
	case reflect.String:
		v.SetString(d.str())
	case reflect.Pointer:
		switch d.uvarint() {
		case 0:
		case 1:
			p := reflect.New(v.Type().Elem())
			refValue(d, p.Elem())
			v.Set(p)
		default:
			d.fail()
		}
	case reflect.Slice:
		n := d.count()
		if n == 0 {
			return
		}
		n--
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			refValue(d, s.Index(i))
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			refValue(d, v.Index(i))
		}
	case reflect.Map:
		n := d.count()
		if n == 0 {
			return
		}
		n--
		t := v.Type()
		m := reflect.MakeMapWithSize(t, n)
		k, x := reflect.New(t.Key()).Elem(), reflect.New(t.Elem()).Elem()
		for range n {
			k.SetZero()
			x.SetZero()
			refValue(d, k)
			refValue(d, x)
			m.SetMapIndex(k, x)
		}
		if m.Len() != n {
			d.fail() // a key twice
		}
		v.Set(m)
	case reflect.Struct:
		for i := range v.NumField() {
			refValue(d, v.Field(i))
		}
	default:
		d.fail()
	}
}

// refDecodeCached is decodeCached with refValue.
func refDecodeCached(j job, v []byte) (result, error) {
	d := &decoder2{b: v}
	e := newEntry(j.kind)
	refValue(d, reflect.ValueOf(e).Elem())
	refs := d.refs()
	if d.err != nil || d.i != len(d.b) {
		return result{}, errCorrupt
	}
	b := e.Base()
	if b.ID != j.id || b.Source != j.rel {
		return result{}, errCorrupt
	}
	return result{entry: e, refs: refs}, nil
}

// planSample has a field of every kind the encoding knows, itself
// through a pointer and a slice, and maps of both kinds of plan.
type planSample struct {
	B    bool
	I    int
	I8   int8
	I16  int16
	I32  int32
	I64  int64
	U    uint
	U8   uint8
	U16  uint16
	U32  uint32
	U64  uint64
	F32  float32
	F64  float64
	S    string
	Kind riskassess.Kind
	Date riskassess.Date
	A    [2]string
	P    *planSample
	L    []planSample
	Nil  []int
	Ints map[int][]string
	Ans  map[string]riskassess.Answer
	// End follows the maps: a length counts the bytes after it, so an
	// empty slice or map must not be the last thing of a value.
	End string
}

// wide has the layout of planSample with every integer 64 bits wide: its
// encoding holds values out of planSample's ranges.
type wide struct {
	B               uint64
	I, I8, I16, I32 int64
	I64             int64
	U, U8, U16, U32 uint64
	U64             uint64
	F32, F64        float64
	S, Kind         string
	Date            riskassess.Date
	A               [2]string
	P               *planSample
	L               []planSample
	Nil             []int
	Ints            map[int][]string
	Ans             map[string]riskassess.Answer
	End             string
}

func planDecode(v []byte, x any) error {
	d := &decoder2{b: v}
	rv := reflect.ValueOf(x)
	planOf(rv.Type().Elem())(d, rv.UnsafePointer())
	if d.err != nil || d.i != len(d.b) {
		return errCorrupt
	}
	return nil
}

func refDecode(v []byte, x any) error {
	d := &decoder2{b: v}
	refValue(d, reflect.ValueOf(x).Elem())
	if d.err != nil || d.i != len(d.b) {
		return errCorrupt
	}
	return nil
}

// TestDecodePlanKinds: a value of every kind decodes by its plan to what
// was encoded, and a value out of its field's range, a boolean or
// pointer marker other than 0 or 1, a map key twice or a length past the
// end fail, as they fail refValue.
func TestDecodePlanKinds(t *testing.T) {
	s := planSample{B: true, I: math.MinInt, I8: -128, I16: 32767, I32: -1 << 31, I64: math.MinInt64,
		U: math.MaxUint, U8: 255, U16: 65535, U32: 1<<32 - 1, U64: math.MaxUint64, F32: 1.5, F64: math.Inf(-1),
		S: "文字列", Kind: riskassess.KindService, Date: riskassess.NewDate(2026, 4, 1), A: [2]string{"", "a"},
		P: &planSample{S: "inner", P: &planSample{I: 3}}, L: []planSample{{S: "x", L: []planSample{}}, {}},
		Ints: map[int][]string{1: {"a"}, -2: nil, 3: {}}, Ans: map[string]riskassess.Answer{"Q1": {Value: "yes", Cell: "Q!D1"}, "Q2": {}}}
	enc := func(x any) []byte {
		e := &encoder{}
		if err := e.value(reflect.ValueOf(x).Elem()); err != nil {
			t.Fatal(err)
		}
		return e.b
	}
	for _, x := range []planSample{s, {}, {L: []planSample{}, Ans: map[string]riskassess.Answer{}}} {
		v := enc(&x)
		var got planSample
		if err := planDecode(v, &got); err != nil {
			t.Fatalf("%+v: %v", x, err)
		}
		if !reflect.DeepEqual(got, x) {
			t.Errorf("decoded back (-want +got):\n%s", cmp.Diff(x, got))
		}
	}
	w := wide{}
	for name, set := range map[string]func(*wide){
		"bool 2":     func(w *wide) { w.B = 2 },
		"int8 128":   func(w *wide) { w.I8 = 128 },
		"int8 -129":  func(w *wide) { w.I8 = -129 },
		"int16":      func(w *wide) { w.I16 = 1 << 15 },
		"int32":      func(w *wide) { w.I32 = -1<<31 - 1 },
		"uint8 256":  func(w *wide) { w.U8 = 256 },
		"uint16":     func(w *wide) { w.U16 = 1 << 16 },
		"uint32":     func(w *wide) { w.U32 = 1 << 32 },
		"ok at ends": func(w *wide) { w.I8, w.U8, w.I32, w.U32 = -128, 255, 1<<31-1, 1<<32-1 },
	} {
		x := w
		set(&x)
		v := enc(&x)
		var a, b planSample
		perr, rerr := planDecode(v, &a), refDecode(v, &b)
		if (perr == nil) != (name == "ok at ends") || (rerr == nil) != (perr == nil) {
			t.Errorf("%s: plan error %v, reflect error %v", name, perr, rerr)
		}
		if perr == nil && !reflect.DeepEqual(a, b) {
			t.Errorf("%s: plan and reflect differ:\n%s", name, cmp.Diff(b, a))
		}
	}
	v := enc(&s)
	for i := range v {
		var a planSample
		if planDecode(v[:i], &a) == nil {
			t.Errorf("truncated to %d of %d bytes: decoded", i, len(v))
		}
	}
	// A map key twice, a pointer marker 2.
	e := &encoder{}
	e.uvarint(3)
	for range 2 {
		e.str("Q1")
		e.value(reflect.ValueOf(riskassess.Answer{Value: "yes"}))
	}
	var m map[string]riskassess.Answer
	if planDecode(e.b, &m) == nil || refDecode(e.b, &m) == nil {
		t.Error("a map with a key twice decoded")
	}
	var p *int
	if planDecode([]byte{2, 0}, &p) == nil || refDecode([]byte{2, 0}, &p) == nil {
		t.Error("pointer marker 2 decoded")
	}
	var f func()
	if planDecode([]byte{0}, &f) == nil {
		t.Error("a func decoded")
	}
}

// TestDecodePlanEntries: the cached values of synthetic and example
// entries, whole and damaged (truncated, bytes changed), decode by plan
// exactly as refValue decodes them, to the same entry or to an error.
func TestDecodePlanEntries(t *testing.T) {
	dirs := []string{filepath.Join("..", "..", "examples", "chofu-gikai")}
	syn := filepath.Join(t.TempDir(), "syn")
	if err := synth.WriteDir(syn, synth.Generate(60, 7)); err != nil {
		t.Fatal(err)
	}
	dirs = append(dirs, syn)
	r := rand.New(rand.NewPCG(1, 2))
	n := 0
	for _, dir := range dirs {
		c := &memCache{m: map[[32]byte][]byte{}}
		if _, err := LoadWith(dir, Options{Cache: c}); err != nil {
			t.Fatal(err)
		}
		root, err := absRoot(dir)
		if err != nil {
			t.Fatal(err)
		}
		jobs, _ := diskSource(root).list()
		for _, j := range jobs {
			if j.list {
				continue
			}
			_, d, e := readDigest(diskSource(root), j.rel, nil)
			if e != nil {
				t.Fatal(e)
			}
			key := cacheKey(j, d)
			sv, ok := c.Get(key)
			if !ok {
				t.Fatalf("%s not cached", j.rel)
			}
			v, _ := checkSum(key, sv)
			check := func(what string, v []byte) {
				t.Helper()
				want, werr := refDecodeCached(j, v)
				got, gerr := decodeCached(j, v, nil)
				if (werr == nil) != (gerr == nil) {
					t.Fatalf("%s %s: plan error %v, reflect error %v", j.rel, what, gerr, werr)
				}
				if gerr == nil && (!reflect.DeepEqual(got.entry, want.entry) || !reflect.DeepEqual(got.refs, want.refs)) {
					t.Fatalf("%s %s: plan and reflect differ:\n%s", j.rel, what, cmp.Diff(want.entry, got.entry))
				}
			}
			check("whole", v)
			for range 40 {
				w := append([]byte(nil), v...)
				switch r.IntN(3) {
				case 0:
					w = w[:r.IntN(len(w))]
				case 1:
					w[r.IntN(len(w))] ^= byte(1 + r.IntN(255))
				default:
					i := r.IntN(len(w))
					w[i] = byte(r.IntN(3)) // small values: lengths, markers
				}
				check("damaged", w)
			}
			n++
		}
	}
	if n < 60 {
		t.Fatalf("only %d entries checked", n)
	}
}
