import string
def caesar(s, k):
    a = string.ascii_lowercase
    t = str.maketrans(a + a.upper(), a[k:] + a[:k] + (a[k:] + a[:k]).upper())
    return s.translate(t)
def vigenere(s, key, decrypt=False):
    out = []
    ki = 0
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[ki % len(key)].lower()) - 97
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)
msg = "Attack at Dawn!"
print(caesar(msg, 3), caesar(caesar(msg, 3), 23))
enc = vigenere(msg, "lemon")
print(enc, vigenere(enc, "lemon", decrypt=True))
