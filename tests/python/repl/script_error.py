# the script fails; with -i the REPL starts anyway, with the names defined before the error
ready = "yes"
[][1]
