# fuzz: cc, mutated from pyl_gap_comp_lambda.pyx
""""""
def late_binding(n):fs=[lambda:i for i in ()]
def handlers(names):table={name(lambda x:"")for name in names}
def adders(xs):
    fns=[lambda y:x+y for x in xs]
    fns=[lambda y:x+y for x in xs]
def bound_default(n):fs=[lambda i:i*i for i in ()]
def top_terms(vectors,k):[sorted(v,key=lambda t:([],))[k]for v in vectors]