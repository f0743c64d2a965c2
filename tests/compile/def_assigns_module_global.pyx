# A `global` name assigned in a def is a store into the module dict.
# expect tir: target: Global "state"
state = 0

def set_state(v):
    global state
    state = v
    return state
