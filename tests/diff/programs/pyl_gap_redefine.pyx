"""A module that defines the same def twice (a later version replaces an
earlier one, e.g. after copy-paste or in a compatibility section)."""


def describe():
    return "first"


def describe():
    return "second"


def version(x):
    return 1


if True:
    def version(x):
        return 2


def use():
    return describe(), version(0)
