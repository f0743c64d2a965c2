import random

from diffcase import Cases

C = Cases("pyl_semver")
rng = random.Random(300)
VS = ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "0.9.9", "2.0.0", "1.10.0", "1.2.0", "v1.2.3"]
RAND = [f"{rng.randint(0, 3)}.{rng.randint(0, 12)}.{rng.randint(0, 5)}" + rng.choice(["", "", "-rc.1", "-alpha"]) for _ in range(25)]
C.each("parse", ["1.2.3", " v10.0.1 ", "1.0.0-alpha.1", "0.0.0-x.7.z"])
C.add("parse", "1.2", raises=ValueError, msg=True)
C.add("parse", "1.a.3", raises=ValueError, msg=True)
C.add("parse", "1.-2.3", raises=ValueError, msg=True)
C.each("compare", [("1.0.0", "1.0.0"), ("1.0.0-alpha", "1.0.0"), ("1.10.0", "1.2.0"), ("1.0.0-beta.11", "1.0.0-beta.2"), ("1.0.0-alpha.1", "1.0.0-alpha.beta")])
C.add("sort_versions", VS)
C.add("sort_versions", RAND)
C.each("satisfies", [("1.2.3", "^1.0.0"), ("2.0.0", "^1.0.0"), ("0.2.5", "^0.2.0"), ("0.3.0", "^0.2.0"), ("0.0.3", "^0.0.3"), ("0.0.4", "^0.0.3"),
                      ("1.2.9", "~1.2.0"), ("1.3.0", "~1.2.0"), ("1.5.0", ">=1.0.0, <2.0.0"), ("2.0.0", ">=1.0.0, <2.0.0"), ("1.0.0", "1.0.0"), ("1.0.1", "!=1.0.1")])
C.add("satisfies", "1.0.0", "^x", raises=ValueError, msg=True)
C.add("best_match", VS + RAND, "^1.0.0")
C.add("best_match", VS + RAND, ">=1.0.0-alpha, <1.0.0", True)
C.add("best_match", VS, ">=9.0.0")
C.each("bump", [("1.2.3", "major"), ("1.2.3", "minor"), ("1.2.3", "patch"), ("1.2.3-rc.1", "patch")])
C.add("bump", "1.2.3", "build", raises=ValueError, msg=True)
