def f():
    with nogil:
        with nogil:
            pass
