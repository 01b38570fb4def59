students = {"ann": {"math", "art"}, "bob": {"math", "cs", "bio"}, "cy": {"art", "cs"}, "di": {"bio"}}
all_courses = set().union(*students.values())
print(sorted(all_courses))
common = set.intersection(*[c for c in students.values() if len(c) > 1])
print(sorted(common))
for course in sorted(all_courses):
    print(course, sorted(s for s, cs in students.items() if course in cs))
print(sorted(students["bob"] - students["ann"]), sorted(students["ann"] ^ students["cy"]), students["di"] <= students["bob"])
pairs = {(a, b) for a in students for b in students if a < b and students[a] & students[b]}
print(sorted(pairs))
