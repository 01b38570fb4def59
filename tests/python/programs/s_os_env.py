import os
os.environ["WEFT_DEMO"] = "1"
print(os.environ.get("WEFT_DEMO"), "WEFT_DEMO" in os.environ, os.getenv("WEFT_DEMO_MISSING", "none"))
os.environ.setdefault("WEFT_DEMO2", "two")
print(os.environ["WEFT_DEMO2"], os.environ.pop("WEFT_DEMO2"), os.environ.get("WEFT_DEMO2"))
print(type(os.environ["WEFT_DEMO"]).__name__, isinstance(os.getpid(), int), os.sep, os.path.sep, os.name)
cwd = os.getcwd()
print(os.path.isdir(cwd), os.path.isabs(cwd), os.path.basename(__file__))
here = os.path.dirname(os.path.abspath(__file__))
entries = os.listdir(here)
print(os.path.basename(__file__) in entries, all(isinstance(e, str) for e in entries))
st = os.stat(__file__)
print(st.st_size > 0, st.st_size == os.path.getsize(__file__), isinstance(st.st_mtime, float))
