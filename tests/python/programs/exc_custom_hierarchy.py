class AppError(Exception):
    code = 1
    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")
class NotFound(AppError):
    code = 404
class Forbidden(AppError):
    code = 403
def handle(kind):
    if kind == "nf":
        raise NotFound("page missing", detail="/x")
    if kind == "fb":
        raise Forbidden("no access")
    raise AppError("generic")
for k in ("nf", "fb", "other"):
    try:
        handle(k)
    except (NotFound, Forbidden) as e:
        print("specific:", e, e.code, type(e).__name__, isinstance(e, AppError))
    except AppError as e:
        print("base:", e, repr(e), e.args)
try:
    try:
        handle("nf")
    except NotFound as e:
        raise Forbidden("escalated") from e
except AppError as e:
    print(e, "<-", e.__cause__)
errors = [NotFound("a"), Forbidden("b"), AppError("c")]
print(sorted(type(e).__name__ for e in errors), [e.code for e in errors])
