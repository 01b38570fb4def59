import json
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False, "workers": 4, "ratio": 0.75, "tags": None}
text = json.dumps(config, sort_keys=True, indent=2)
print(text)
loaded = json.loads(text)
loaded["server"]["ports"].append(8080)
loaded["workers"] *= 2
print(json.dumps(loaded, sort_keys=True))
print(json.loads(json.dumps([1.0, 2.5e-10, 1e21, -0.0, 10**20])))
print(json.dumps({"s": "quote\" back\\ tab\t nl\n"}))
