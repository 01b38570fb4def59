naïve = "héllo wörld"
π = 3.14
print(naïve, π, '→')
