class Node:
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
def insert(root, key):
    if root is None:
        return Node(key)
    if key < root.key:
        root.left = insert(root.left, key)
    else:
        root.right = insert(root.right, key)
    return root
def inorder(n):
    return inorder(n.left) + [n.key] + inorder(n.right) if n else []
def height(n):
    return 1 + max(height(n.left), height(n.right)) if n else 0
def level_order(root):
    out, level = [], [root]
    while level:
        out.append([n.key for n in level])
        level = [c for n in level for c in (n.left, n.right) if c]
    return out
root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print(inorder(root), height(root))
print(level_order(root))
def find(n, k):
    while n and n.key != k:
        n = n.left if k < n.key else n.right
    return n is not None
print([find(root, k) for k in (45, 55, 80)])
