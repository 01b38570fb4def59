stack = []
for ch in "([{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        top = stack.pop()
        print(top, ch, {"(": ")", "[": "]", "{": "}"}[top] == ch)
print(stack == [])
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
print([balanced(s) for s in ["()", "([)]", "{[()()]}", "((", "", "a(b)c"]])
from collections import deque
q = deque()
q.append(1); q.append(2); q.appendleft(0)
print(q.popleft(), q.pop(), list(q))
class MinStack:
    def __init__(self):
        self.s = []
    def push(self, v):
        self.s.append((v, min(v, self.s[-1][1]) if self.s else v))
    def pop(self):
        return self.s.pop()[0]
    def min(self):
        return self.s[-1][1]
ms = MinStack()
for v in [5, 3, 7, 2, 8]:
    ms.push(v)
print(ms.min(), ms.pop(), ms.pop(), ms.min(), ms.pop(), ms.min())
