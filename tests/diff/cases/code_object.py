from diffcase import Cases

C = Cases("code_object")
C.add("decorated_facts")
C.add("plain_facts")
C.add("lambda_facts")
