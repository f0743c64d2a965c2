# try with a typed handler binding the exception, else and finally.
def f(x):
    try:
        y = 1 / x
    except (ZeroDivisionError, TypeError) as e:
        y = str(e)
    except:
        raise
    else:
        y = y + 1
    finally:
        x = None
    return y
