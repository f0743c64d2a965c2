from diffcase import Cases

C = Cases("readonly_buffer_args")
C.add("call_total")
C.add("call_bump", raises=ValueError, msg=True)
C.add("call_bump_writable")
C.add("call_fill", raises=ValueError, msg=True)
C.add("call_local_read")
C.add("call_local_write", raises=ValueError, msg=True)
