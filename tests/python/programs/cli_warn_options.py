# -W options (cli_warn_options.flags): python3's filter syntax action:message:category:module,
# abbreviated actions, later options taking precedence; sys.warnoptions lists them
import sys
import warnings

print(sys.warnoptions)
warnings.warn("a deprecation", DeprecationWarning)  # ignored
for category in (UserWarning, RuntimeWarning, FutureWarning):
    try:
        warnings.warn("turned into an error", category)
        print(category.__name__, "not raised")
    except Warning as e:
        print(category.__name__, "raised:", e)
try:
    warnings.warn("skipped message here")
    print("message filter: ignored")
except UserWarning as e:
    print("message filter: raised", e)
