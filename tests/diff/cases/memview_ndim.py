import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("memview_ndim")


def make(shape, order="C", kind="plain", ro=False, dtype="float64"):
    def build():
        n = int(np.prod(shape))
        a = np.arange(n, dtype=dtype).reshape(shape)
        if a.dtype.kind == "f":
            a = a * 0.5 - 3.0
        a = np.array(a, order=order)
        if kind == "strided":
            a = np.array(np.arange(n * 2 ** len(shape), dtype=dtype).reshape(tuple(s * 2 for s in shape)))[
                tuple(slice(None, None, 2) for _ in shape)]
        if kind == "reversed":
            a = a[tuple(slice(None, None, -1) for _ in shape)]
        if ro:
            a.setflags(write=False)
        return a
    return Lazy(build)


SHAPES = {1: (5,), 2: (3, 4), 3: (2, 3, 4), 4: (2, 3, 2, 2), 5: (2, 1, 3, 2, 2), 6: (1, 2, 2, 3, 1, 2),
          7: (2, 1, 2, 1, 2, 2, 1)}
for nd, shape in SHAPES.items():
    for layout in ("g", "c", "f"):
        if nd == 1 and layout == "f":
            continue
        f = f"sum{nd}{layout}"
        for order in ("C", "F"):
            ok = layout == "g" or (layout == "c" and (order == "C" or nd == 1)) or (layout == "f" and order == "F")
            if nd > 1 and min(shape) == 1 and layout != "g":
                ok = ANY  # numpy marks arrays with unit dimensions contiguous both ways
            C.add(f, make(shape, order), raises=None if ok is True else (ANY if ok is ANY else ValueError),
                  label=f"{f}_{order}")
        C.add(f, make(shape, kind="strided"), raises=None if layout == "g" else ValueError, label=f"{f}_strided")
        C.add(f, make(shape, kind="reversed"), raises=None if layout == "g" else ValueError, label=f"{f}_reversed")
        C.add(f, make(shape, ro=True), raises=BufferError if False else ValueError, msg=True, label=f"{f}_readonly")
    C.add(f"sum{nd}g", make(shape + (1,)), raises=ValueError, msg=True, label=f"sum{nd}g_wrong_ndim")
    C.add(f"sum{nd}g", make(shape, dtype="float32"), raises=ValueError, msg=True, label=f"sum{nd}g_wrong_dtype")
    C.add(f"corner{nd}", make(shape), show_args=True)
    C.add(f"corner{nd}", make(shape, kind="reversed"), show_args=True)
    C.add(f"const{nd}", make(shape, ro=True))
    C.add(f"const{nd}", make(shape, kind="strided"))
    C.add(f"copy{nd}", make(shape, "F"))
    C.add(f"copy{nd}", make(shape, kind="strided"))
    C.add(f"fill{nd}", make(shape, kind="strided"), 2.5)
C.add("int_views", make((3, 3, 3), dtype="intc"), make((2, 2), dtype="longlong"), make((2, 2), "F", dtype="uint8"))
C.add("int_views", make((3, 3, 3), dtype="intc"), make((2, 2), dtype="int32"), make((2, 2), "F", dtype="uint8"),
      raises=ValueError, msg=True)
