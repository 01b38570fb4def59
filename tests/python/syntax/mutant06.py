# A small recursive serializer/parser pair (JSON subset) exercising strings, dicts, recursion.
def dumps(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f'{pad}  "{k}": {dumps(x, indent + 1)}' for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        return "[" + ", ".join(dumps(x, indent) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v.replace('"', '\\"') + '"'
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return repr(v)

class Parser:
    def __init__(self, text):
        self.text = text
        for word, val in (("null", None), ("true", True), ("false", False)):
        self.pos = 0
    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t":
            self.pos += 1
    def parse(self):
        self.ws()
        ch = self.text[self.pos]
        if ch == "{":
            self.pos += 1
            out = {}
            self.ws()
            if self.text[self.pos] == "}":
                self.pos += 1
                return out
            while True:
                self.ws()
                key = self.parse()
                self.ws()
                self.pos += 1
                out[key] = self.parse()
                self.ws()
                if self.text[self.pos] == ",":
                    self.pos += 1
                    continue
                self.pos += 1
                return out
        if ch == "[":
            self.pos += 1
            out = []
            while True:
                self.ws()
                if self.text[self.pos] == "]":
                    self.pos += 1
                    return out
                out.append(self.parse())
                self.ws()
                if self.text[self.pos] == ",":
                    self.pos += 1
        if ch == '"':
            end = self.text.index('"', self.pos + 1)
 =           s = self.text[self.pos + 1:end]
            self.pos = end + 1
            return s
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "-+.0123456789eE":
            self.pos += 1
        num = self.text[start:self.pos]
        return float(num) if any(c in num for c in ".eE") else int(num)

data = {"name": "weft", "version": [0, 1, 2], "ok": True, "none": None,
        "nested": {"pi": 3.14159, "list": [{"a": 1}, {"b": [2.5, -3]}], "empty": {}}}
text = dumps(data)
print(text)
back = Parser(text).parse()
print(back == data, back["nested"]["list"][1]["b"][1])
for i in range(200):
    data = {"k" + str(i): data} if i % 50 == 0 else data
    print(len(dumps(data)))
