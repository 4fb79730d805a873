package store

import (
	"math"
	"reflect"
	"sync"
	"unsafe"

	"github.com/gikai-sec/riskregister/riskassess"
)

// A decode plan decodes a cached value (the encoding of encoder.value)
// into the memory of a value of its type: a function per type, built once
// from the type's reflection and then run on every value without asking
// reflect about each field again. A plan makes the same checks as the
// encoding demands (varints in range of their field, booleans and
// pointer markers 0 or 1, lengths within what is left, no map key twice)
// and fails the decoder on the first that does not hold; p always points
// to a zero value of the plan's type.
type decodePlan func(d *decoder2, p unsafe.Pointer)

// plans holds the plan of every type asked for (reflect.Type ->
// decodePlan); the types of the three entries are a few dozen.
var plans sync.Map

// planOf returns the plan of type t, building it the first time.
func planOf(t reflect.Type) decodePlan {
	if f, ok := plans.Load(t); ok {
		return f.(decodePlan)
	}
	b := planBuilder{done: map[reflect.Type]*decodePlan{}}
	f := b.plan(t)
	plans.Store(t, f)
	return f
}

// planBuilder builds the plans of a type and of the types it holds; done
// breaks the cycles of recursive types.
type planBuilder struct {
	done map[reflect.Type]*decodePlan
}

// sliceHeader is the layout of a slice.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

func (b *planBuilder) plan(t reflect.Type) decodePlan {
	if f, ok := b.done[t]; ok {
		// A type being built that holds itself (through a pointer, slice
		// or map): called through the slot it will be given.
		return func(d *decoder2, p unsafe.Pointer) { (*f)(d, p) }
	}
	slot := new(decodePlan)
	b.done[t] = slot
	*slot = b.build(t)
	return *slot
}

func fail(d *decoder2, _ unsafe.Pointer) { d.fail() }

func (b *planBuilder) build(t reflect.Type) decodePlan {
	switch t.Kind() {
	case reflect.Bool:
		return func(d *decoder2, p unsafe.Pointer) {
			switch d.uvarint() {
			case 0:
			case 1:
				*(*bool)(p) = true
			default:
				d.fail()
			}
		}
	case reflect.Int:
		return planInt[int]
	case reflect.Int8:
		return planInt[int8]
	case reflect.Int16:
		return planInt[int16]
	case reflect.Int32:
		return planInt[int32]
	case reflect.Int64:
		return planInt[int64]
	case reflect.Uint:
		return planUint[uint]
	case reflect.Uint8:
		return planUint[uint8]
	case reflect.Uint16:
		return planUint[uint16]
	case reflect.Uint32:
		return planUint[uint32]
	case reflect.Uint64:
		return planUint[uint64]
	case reflect.Uintptr:
		return planUint[uintptr]
	case reflect.Float32:
		return func(d *decoder2, p unsafe.Pointer) { *(*float32)(p) = float32(math.Float64frombits(d.uvarint())) }
	case reflect.Float64:
		return func(d *decoder2, p unsafe.Pointer) { *(*float64)(p) = math.Float64frombits(d.uvarint()) }
	case reflect.String:
		return func(d *decoder2, p unsafe.Pointer) { *(*string)(p) = d.str() }
	case reflect.Pointer:
		elem := t.Elem()
		f := b.plan(elem)
		return func(d *decoder2, p unsafe.Pointer) {
			switch d.uvarint() {
			case 0:
			case 1:
				q := reflect.New(elem).UnsafePointer()
				f(d, q)
				*(*unsafe.Pointer)(p) = q
			default:
				d.fail()
			}
		}
	case reflect.Slice:
		elem := t.Elem()
		f, size := b.plan(elem), elem.Size()
		return func(d *decoder2, p unsafe.Pointer) {
			n := d.count()
			if n == 0 {
				return
			}
			n--
			s := reflect.MakeSlice(t, n, n).UnsafePointer()
			for i := range n {
				f(d, unsafe.Add(s, uintptr(i)*size))
			}
			*(*sliceHeader)(p) = sliceHeader{s, n, n}
		}
	case reflect.Array:
		f, size, n := b.plan(t.Elem()), t.Elem().Size(), t.Len()
		return func(d *decoder2, p unsafe.Pointer) {
			for i := range n {
				f(d, unsafe.Add(p, uintptr(i)*size))
			}
		}
	case reflect.Map:
		if m, ok := stringMaps[t]; ok {
			return m(b.plan(t.Elem()))
		}
		return b.mapPlan(t)
	case reflect.Struct:
		type field struct {
			off uintptr
			f   decodePlan
		}
		fields := make([]field, t.NumField())
		for i := range fields {
			sf := t.Field(i)
			if !sf.IsExported() {
				return fail // never encoded (encoder.value)
			}
			fields[i] = field{sf.Offset, b.plan(sf.Type)}
		}
		return func(d *decoder2, p unsafe.Pointer) {
			for _, f := range fields {
				f.f(d, unsafe.Add(p, f.off))
			}
		}
	}
	return fail
}

// planInt decodes a signed integer of type T.
func planInt[T int | int8 | int16 | int32 | int64](d *decoder2, p unsafe.Pointer) {
	x := d.varint()
	if int64(T(x)) != x {
		d.fail()
		return
	}
	*(*T)(p) = T(x)
}

// planUint decodes an unsigned integer of type T.
func planUint[T uint | uint8 | uint16 | uint32 | uint64 | uintptr](d *decoder2, p unsafe.Pointer) {
	x := d.uvarint()
	if uint64(T(x)) != x {
		d.fail()
		return
	}
	*(*T)(p) = T(x)
}

// mapPlan decodes a map of type t through reflect, one key and value at a
// time.
func (b *planBuilder) mapPlan(t reflect.Type) decodePlan {
	kf, vf := b.plan(t.Key()), b.plan(t.Elem())
	return func(d *decoder2, p unsafe.Pointer) {
		n := d.count()
		if n == 0 {
			return
		}
		n--
		m := reflect.MakeMapWithSize(t, n)
		k, x := reflect.New(t.Key()).Elem(), reflect.New(t.Elem()).Elem()
		for range n {
			k.SetZero()
			x.SetZero()
			kf(d, k.Addr().UnsafePointer())
			vf(d, x.Addr().UnsafePointer())
			m.SetMapIndex(k, x)
		}
		if m.Len() != n {
			d.fail() // a key twice
		}
		reflect.NewAt(t, p).Elem().Set(m)
	}
}

// stringMaps are the maps of the entries, keyed by string, decoded
// without reflect: the answers of every entry and of its records.
var stringMaps = map[reflect.Type]func(decodePlan) decodePlan{
	reflect.TypeFor[map[string]riskassess.Answer]():       stringMap[riskassess.Answer],
	reflect.TypeFor[map[string]riskassess.AnswerChange](): stringMap[riskassess.AnswerChange],
}

// stringMap returns the plan of a map[string]V whose values decode by vf.
func stringMap[V any](vf decodePlan) decodePlan {
	return func(d *decoder2, p unsafe.Pointer) {
		n := d.count()
		if n == 0 {
			return
		}
		n--
		m := make(map[string]V, n)
		x := new(V) // one for all: a local would escape to the heap each time
		var zero V
		for range n {
			k := d.str()
			*x = zero
			vf(d, unsafe.Pointer(x))
			m[k] = *x
		}
		if len(m) != n {
			d.fail() // a key twice
		}
		*(*map[string]V)(p) = m
	}
}
