import operator
OPS = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul), "/": (2, operator.truediv), "^": (3, operator.pow)}
def tokenize(s):
    tokens, num = [], ""
    for ch in s:
        if ch.isdigit() or ch == ".":
            num += ch
        else:
            if num:
                tokens.append(float(num) if "." in num else int(num))
                num = ""
            if ch in OPS or ch in "()":
                tokens.append(ch)
    if num:
        tokens.append(float(num) if "." in num else int(num))
    return tokens
def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            while stack and stack[-1] != "(" and (OPS[stack[-1]][0] > OPS[t][0] or (OPS[stack[-1]][0] == OPS[t][0] and t != "^")):
                out.append(stack.pop())
            stack.append(t)
    return out + stack[::-1]
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t in OPS:
            b, a = st.pop(), st.pop()
            st.append(OPS[t][1](a, b))
        else:
            st.append(t)
    return st[0]
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "((7))", "2 * (3 + 4) * 5 - 6 / 3"]:
    rpn = to_rpn(tokenize(e))
    print(e, "=>", " ".join(map(str, rpn)), "=", eval_rpn(rpn))
