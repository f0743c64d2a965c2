def f(x):
    return x + undefined_thing
