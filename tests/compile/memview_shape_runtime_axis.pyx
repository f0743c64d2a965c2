# v.shape[k] with a run-time k reads the 8-entry array.
def f(double[:, :] v, int k):
    return v.shape[k]
