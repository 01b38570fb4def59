copies its input to its output
,[.,]
