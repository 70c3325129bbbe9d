# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
## Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
`# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
`# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
;# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
`# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
`# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
## Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
3# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
1# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
1# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
+# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
Y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
H# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
?# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
=# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
3# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
?# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
=# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
=# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
## Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
W# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
w# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
f# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
`# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
`# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
;# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
X# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
R# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
?# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
=# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
w# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
## Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
x# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
x# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
j# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
`# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
`# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
`# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
`# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
C# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
U# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
## Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
`# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
`# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
C# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
U# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
L# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
X# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
R# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
?# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
=# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
w# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
w# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
q# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
=# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
=# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
?# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
=# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
L# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
H# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
=# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
w# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
H# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
Y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
@# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
@# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
x# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
f# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
f# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
+# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
+# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
@# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
@# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
Y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
H# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
'# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
;# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
x# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
0# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
f# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
f# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
># Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
=# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
3# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
1# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
1# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
3# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
1# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
1# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
w# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
f# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
+# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
[# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
0# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
]# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
'# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
@# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
Y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
H# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
|# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
|# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
{# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
f# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
;# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
Y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
H# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
;# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
}# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
|# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
|# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
{# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
\# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
'# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
U# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
3# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
># Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
&# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
2# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
;# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
\# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
x# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
1# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
;# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
}# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
q# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
## Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
w# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
,# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
`# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
`# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
q# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
f# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
j# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
|# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
q# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
'# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
[# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
X# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
R# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
]# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
'# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
@# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
j# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
|# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
q# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
'# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
[# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
X# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
R# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
]# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
'# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
@# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
@# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
@# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
R# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
@# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
'# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
w# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
K# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
'# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
f# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
@# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
g# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
v# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
d# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
b# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
1# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
2# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
7# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
0# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
0# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
.# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
1# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
8# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
0# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
0# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
0# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
"# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
u# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
f# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
f# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
L# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
H# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
S# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
T# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
A# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
P# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
I# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
/# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
o# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
q# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
i# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
k# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
p# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
y# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
t# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
c# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
e# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
n# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
:# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
	# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
r# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
f# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
N# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
V# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
w# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
a# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
l# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
 # Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
$# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
(# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
E# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
M# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
O# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
_# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
D# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
B# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
)# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
-# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
s# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
h# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
m# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.

# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
